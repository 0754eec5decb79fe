// What every action proposer reads (the hall with the advice accepted so far, its plan, the line and the date it
// must be fixed by) and what it returns: a proposal to verify, or the reason no action of its kind applies.
import type { Scenario } from '../../scenario/types.ts'
import { MONTH_S } from '../growth/calendar.ts'
import type { ForecastPlan } from '../run/plan.ts'
import type { ForecastResource } from '../run/summarise.ts'
import type { RecommendationAction, ScenarioChange } from './recommendation.ts'

export interface ActionContext {
  /** The scenario with every recommendation accepted so far applied. */
  scenario: Scenario
  /** Its forecast plan (segments settle the hall as of any month). */
  plan: ForecastPlan
  line: ForecastResource
  /** The in-service date of the changes, YYYY-MM-DD (UTC), and the same in months from the start. */
  date: string
  month: number
  /** 0 for the first proposal; one more after each proposal the re-run did not verify (size up). */
  attempt: number
}

export interface Proposal {
  action: RecommendationAction
  target: string
  changes: ScenarioChange[]
  /** What is done and how it was sized, with the numbers. */
  detail: string
}

export type Outcome = Proposal | { unresolved: string }

/** Unix seconds of a month from the plan's start. */
export const epochOfMonth = (plan: ForecastPlan, month: number) => plan.scenario.startEpochS + month * MONTH_S

/** The UTC day (YYYY-MM-DD) holding `epochS`. */
export const dayOf = (epochS: number) => new Date(epochS * 1000).toISOString().slice(0, 10)

/** kW with at most one decimal, for reasons. */
export const kw = (w: number) => `${(Math.round(w / 100) / 10).toLocaleString('en-US')} kW`

/** Ids of cooling units, UPS systems and PDUs in the scenario or deployed by its growth section at any date. */
export function facilityIds(scenario: Scenario): Set<string> {
  const ids = new Set(scenario.coolingUnits.map((u) => u.id))
  for (const u of scenario.powerChain?.upsSystems ?? []) ids.add(u.id)
  for (const p of scenario.powerChain?.pdus ?? []) ids.add(p.id)
  for (const d of scenario.growth?.deployments ?? [])
    if (d.kind === 'coolingUnit') ids.add(d.unit.id)
    else if (d.kind === 'pdu') ids.add(d.pdu.id)
  return ids
}
