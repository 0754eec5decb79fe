// Reading a planned hall at one month on one growth path: the settled world of the month's inventory segment at
// that month's load, and its ledger. Sizing an action (how many units, modules, kW) reads the worst month of the
// p90 path from the in-service date to the horizon. docs/forecast.md#provisioning-advice
import type { World } from '../../model/world.ts'
import { demandAt } from '../growth/demand.ts'
import { entryKey, ledgerOf, type LedgerEntry } from '../ledger/index.ts'
import type { ForecastPlan } from '../run/plan.ts'

/** The p90 growth path, in standard deviations: provisioning against it leaves one future in ten short. */
export const P90_SIGMAS = 1.2815515655446004

/** The plan's load scale at `month` on the path `sigmas` standard deviations above the mean. */
export function scaleOf(plan: ForecastPlan, month: number, sigmas = P90_SIGMAS): number {
  const growth = plan.scenario.growth
  if (!growth) return 1
  return demandAt(growth, month, { calendarMonthAtStart: plan.calendarMonthAtStart, sigmas })
}

/** The segment in force at `month` (the later one at a change's own month). */
export function segmentAt(plan: ForecastPlan, month: number) {
  const i = plan.segments.findIndex((s) => month >= s.fromMonth && month < s.toMonth)
  return plan.segments[i < 0 ? plan.segments.length - 1 : i]
}

/** The settled world at `month`: read it before the next settle of the same segment. */
export function worldAt(plan: ForecastPlan, month: number, sigmas = P90_SIGMAS): World {
  return segmentAt(plan, month).point.settle(scaleOf(plan, month, sigmas))
}

/** The whole months from `fromMonth` (itself included) to the horizon. */
export function monthsFrom(plan: ForecastPlan, fromMonth: number): number[] {
  const out = [Math.min(fromMonth, plan.months)]
  for (let m = Math.floor(fromMonth) + 1; m <= plan.months; m++) out.push(m)
  return out
}

/**
 * The line's entry in the month where it is furthest over its design limit (least margin) on the p90 path, from
 * `fromMonth` to the horizon, with that month; null when the line is in no ledger of those months.
 */
export function worstEntry(
  plan: ForecastPlan,
  lineId: string,
  fromMonth: number,
): { entry: LedgerEntry; month: number } | null {
  let worst: { entry: LedgerEntry; month: number } | null = null
  for (const month of monthsFrom(plan, fromMonth)) {
    const entry = ledgerOf(worldAt(plan, month)).find((e) => entryKey(e) === lineId)
    if (entry && (worst === null || entry.margin < worst.entry.margin)) worst = { entry, month }
  }
  return worst
}
