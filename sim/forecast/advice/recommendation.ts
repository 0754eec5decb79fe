// A provisioning recommendation: one concrete action, the dated scenario change that makes it, the date it is
// needed by, and whether re-running the forecast with the change applied removed the breach it was made for.
// docs/forecast.md#provisioning-advice
import type { z } from 'zod'
import type { growthSchema } from '../../scenario/growthSchema.ts'

type GrowthInput = z.input<typeof growthSchema>

/** What a recommendation does, in the terms a planner orders it. */
export type RecommendationAction =
  | 'addCoolingUnit'
  | 'addUpsModules'
  | 'addPdu'
  | 'rebalanceFeeds'
  | 'moveLoad'
  | 'addRacks'
  | 'raiseRackBudget'
  | 'raiseSetpoint'

/**
 * A dated change to the scenario's growth section, exactly as a user would write it there: `spec` is appended to
 * `growth[into]` (and validated by growthSchema when the scenario is parsed), so applying a recommendation in the
 * product or by hand is the same edit.
 */
export type ScenarioChange =
  | { into: 'deployments'; spec: NonNullable<GrowthInput['deployments']>[number] }
  | { into: 'decommissions'; spec: NonNullable<GrowthInput['decommissions']>[number] }
  | { into: 'refreshes'; spec: NonNullable<GrowthInput['refreshes']>[number] }

export interface Recommendation {
  action: RecommendationAction
  /** The asset or place it acts on: a cooling unit's new id, a UPS, a PDU, a rack or a row id. */
  target: string
  /** The date it must be in service by, YYYY-MM-DD (UTC). */
  by: string
  /** The same as months from the forecast start (fractional). */
  byMonth: number
  /** Id of the forecast line (ForecastResource.id, `kind:asset`) it was made for. */
  resolves: string
  /** Why, in words with the numbers: the line, its limit and when it is crossed. */
  reason: string
  /** The dated changes that apply it (moving load is a decommission and a deployment). */
  changes: ScenarioChange[]
  /** True when the forecast re-run with `changes` applied no longer crosses `resolves` within the horizon. */
  verified: boolean
  /** `resolves`' p50 first crossing, months, before and after the change; null: not within the horizon. */
  crossingBeforeMonth: number | null
  crossingAfterMonth: number | null
}
