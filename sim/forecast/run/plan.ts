// What every replica of a forecast shares: the hall's inventory segments between dated changes, today's load of
// each, and the months (knots) at which a replica settles a steady operating point (Tier A).
// docs/forecast.md#forecast-runner-and-capacity-as-code
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import { allChanges, calendarMonthOf, MONTH_S, scenarioAt } from '../growth/index.ts'
import { createOperatingPoint, type OperatingPoint } from '../ledger/index.ts'
import { dayProfileOf, type DayProfile } from './dayProfile.ts'
import { DEFAULT_WORKLOAD_SEEDS, workloadSeedsOf } from './workloadSeeds.ts'
import { requireRacks } from '../requireRacks.ts'

/** The longest forecast, months: the growth schema's table reaches 1,200 months, planning rarely past 10 years. */
export const MAX_MONTHS = 120

/** A stretch of months with one inventory. */
export interface Segment {
  fromMonth: number
  toMonth: number
  /** The hall as of fromMonth (scenarioAt). */
  scenario: Scenario
  /** The start, s since the epoch: the change's instant (or the forecast's start). */
  fromEpochS: number
  /** Today's day of this inventory under the scenario's own seed (profiles[0]). */
  profile: DayProfile
  /** Its day under each of the plan's workload seeds, in their order. */
  profiles: DayProfile[]
  /**
   * The steady operating point every knot of the segment settles (at its own load scale), at `profile`'s peak;
   * one world per inventory, settled at another profile's utilisation by planOfWorkload.
   */
  point: OperatingPoint
}

/** A month at which a replica settles the ledger of its segment's inventory. */
export interface Knot {
  month: number
  segment: number
}

export interface PlanOptions {
  months: number
  trace?: TraceInput
  /** Days per inventory (default: the scenario's growth.workloadSeeds, else DEFAULT_WORKLOAD_SEEDS). */
  workloadSeeds?: number
  /** The days already simulated (planDaysOf's, by inventory then seed), e.g. on a pool; else simulated here. */
  days?: readonly (readonly DayProfile[])[]
}

export interface ForecastPlan {
  scenario: Scenario
  months: number
  /** Calendar position of the start (months since 1 January), for seasonal peaks. */
  calendarMonthAtStart: number
  segments: Segment[]
  /** In month order; a dated change gives two knots at its month, the old inventory's and the new one's. */
  knots: Knot[]
  /** The workload seeds each inventory's day was simulated under; [0] is the scenario's seed. */
  workloadSeeds: number[]
}

/**
 * The segments between the growth section's dated changes inside (0, months), each with today's load from one
 * simulated day of that inventory per workload seed (`workloadSeeds`, default the scenario's
 * growth.workloadSeeds, else DEFAULT_WORKLOAD_SEEDS; seeds from workloadSeedsOf(scenario.seed)), and the knots:
 * every whole month, and both sides of each change. A segment's plant sees the outdoor air of its first day's
 * peak: one world per inventory, since building a world is the plan's main cost after the days (1.3 s for the
 * large hall's 440 racks, against a 10 ms settle).
 * @throws RangeError for months outside 1…MAX_MONTHS or workload seeds outside 1…16; ScenarioError for a change
 * that does not apply
 */
export function planForecast(scenario: Scenario, options: PlanOptions): ForecastPlan {
  requireRacks(scenario, 'a forecast')
  const { months, trace, days } = options
  const { startS, edgesS, workloadSeeds } = inventoriesOf(scenario, options)
  if (days && days.length !== edgesS.length - 1)
    throw new RangeError(`days are given for ${days.length} inventories, the plan has ${edgesS.length - 1}`)
  const segments: Segment[] = []
  const knots: Knot[] = []
  for (let i = 0; i + 1 < edgesS.length; i++) {
    const fromMonth = (edgesS[i] - startS) / MONTH_S
    const toMonth = i + 2 === edgesS.length ? months : (edgesS[i + 1] - startS) / MONTH_S
    const asOf = scenarioAt(scenario, edgesS[i])
    const profiles = days ? [...days[i]] : workloadSeeds.map((seed) => dayProfileOf({ ...asOf, seed }, trace))
    if (profiles.length !== workloadSeeds.length)
      throw new RangeError(
        `inventory ${i} has ${profiles.length} days, the plan ${workloadSeeds.length} workload seeds`,
      )
    const profile = profiles[0]
    const point = createOperatingPoint(asOf, profile.utilization, edgesS[i] + profile.peakAtS)
    segments.push({ fromMonth, toMonth, scenario: asOf, fromEpochS: edgesS[i], profile, profiles, point })
    knots.push({ month: fromMonth, segment: i })
    for (let m = Math.floor(fromMonth) + 1; m < toMonth; m++) knots.push({ month: m, segment: i })
    knots.push({ month: toMonth, segment: i })
  }
  return { scenario, months, calendarMonthAtStart: calendarMonthOf(startS), segments, knots, workloadSeeds }
}

/**
 * The days a plan simulates, by inventory then workload seed: `dayProfileOf(day, trace)` of each is that day
 * wherever it runs, so a pool can simulate them side by side and hand them to planForecast as `days`.
 */
export function planDaysOf(scenario: Scenario, options: PlanOptions): Scenario[][] {
  const { edgesS, workloadSeeds } = inventoriesOf(scenario, options)
  return edgesS.slice(0, -1).map((epochS) => {
    const asOf = scenarioAt(scenario, epochS)
    return workloadSeeds.map((seed) => ({ ...asOf, seed }))
  })
}

/** The instants the inventories start at (and the horizon's end), and the workload seeds. */
function inventoriesOf(scenario: Scenario, options: PlanOptions) {
  const { months } = options
  if (!(Number.isInteger(months) && months >= 1 && months <= MAX_MONTHS))
    throw new RangeError(`months must be a whole number from 1 to ${MAX_MONTHS}, got ${months}`)
  const demand = scenario.growth?.demand
  if (demand?.kind === 'table' && demand.meanKw.length - 1 < months)
    throw new RangeError(
      `the growth table covers ${demand.meanKw.length - 1} months, the forecast asks for ${months}`,
    )
  const startS = scenario.startEpochS
  const endS = startS + months * MONTH_S
  const changeS = scenario.growth ? allChanges(scenario.growth).map((c) => c.epochS) : []
  const bounds = [...new Set(changeS.filter((s) => s > startS && s < endS))].sort((a, b) => a - b)
  const edgesS = [startS, ...bounds, endS]
  const count = options.workloadSeeds ?? scenario.growth?.workloadSeeds ?? DEFAULT_WORKLOAD_SEEDS
  return { startS, edgesS, workloadSeeds: workloadSeedsOf(scenario.seed, count) }
}
