// "Raise the supply setpoint": where every inlet keeps margin to its recommended limit on the p90 path for the
// whole horizon, warmer supply air saves cooling energy. Proposed only when the re-run keeps every inlet within
// the limit and uses less facility energy. docs/forecast.md#provisioning-advice
import type { Scenario } from '../../scenario/types.ts'
import type { ForecastSummary } from '../run/summarise.ts'
import { applyChanges } from './applyChanges.ts'
import { dayOf } from './context.ts'
import type { Recommendation, ScenarioChange } from './recommendation.ts'
import { lateShare, type Rerun } from './rerun.ts'

/** Inlet margin kept below the recommended limit, K: sensors, and the room not being a steady state. */
export const KEEP_MARGIN_K = 1
/** The largest raise proposed at once, K: a step an operator can watch before the next. */
export const MAX_RAISE_K = 3

const THERMAL = new Set(['cooling', 'inletRecommended', 'inletAllowable'])

/** The facility energy over the horizon, MWh, at p50 of each month. */
const facilityMwh = (s: ForecastSummary) =>
  s.monthly.reduce((sum, m) => sum + (m.facilityKwh.p50 ?? 0), 0) / 1000

/** All units raised by `raiseK` from the start, one change per setpoint the units share. */
function raiseChanges(scenario: Scenario, raiseK: number): ScenarioChange[] {
  const start = scenario.startEpochS
  const date = start % 86_400 === 0 ? dayOf(start) : new Date(start * 1000).toISOString()
  const groups = new Map<number, string[]>()
  for (const u of scenario.coolingUnits)
    groups.set(u.supplySetpointC, [...(groups.get(u.supplySetpointC) ?? []), u.id])
  return [...groups].map(([setpointC, units]) => ({
    into: 'deployments',
    spec:
      groups.size === 1
        ? { kind: 'supplySetpoint', date, supplySetpointC: setpointC + raiseK }
        : { kind: 'supplySetpoint', date, supplySetpointC: setpointC + raiseK, units },
  }))
}

/**
 * A raiseSetpoint recommendation, or null when no thermal line may be crossed, the inlets have less than
 * KEEP_MARGIN_K + 1 K of margin on the p90 path, or no raise that keeps them within saves energy.
 */
export function adviseSetpoint(
  scenario: Scenario,
  summary: ForecastSummary,
  before: Rerun,
  run: (s: Scenario) => Rerun,
  holdsBelow: number,
): Recommendation | null {
  const limit = summary.kindLimits.inletRecommended
  if (!limit) return null
  if (summary.resources.some((r) => THERMAL.has(r.kind) && r.firstCrossing.p10 !== null)) return null
  const hottestC = Math.max(...summary.monthly.map((m) => m.worstByKind.inletRecommended?.p90 ?? -Infinity))
  const inlets = summary.resources.filter((r) => r.kind === 'inletRecommended' || r.kind === 'inletAllowable')
  const hottestLine = summary.resources.find((r) => r.kind === 'inletRecommended' && r.limit === limit.limit)
  let raiseK = Math.min(MAX_RAISE_K, Math.floor(limit.limit - hottestC - KEEP_MARGIN_K))
  if (!hottestLine || !(raiseK >= 1)) return null
  for (; raiseK >= 1; raiseK--) {
    const changes = raiseChanges(scenario, raiseK)
    const after = run(applyChanges(scenario, changes))
    const held = inlets.every((line) => lateShare(after, line.id, 0) < holdsBelow)
    const savedMwh = facilityMwh(before.summary) - facilityMwh(after.summary)
    // Warmer supply saves at least as much as cooler: no saving at the largest raise, none at a smaller one.
    if (!(savedMwh > 0)) return null
    if (!held) continue
    const afterC = Math.max(
      ...after.summary.monthly.map((m) => m.worstByKind.inletRecommended?.p90 ?? -Infinity),
    )
    const from = [...new Set(scenario.coolingUnits.map((u) => u.supplySetpointC))].join('/')
    return {
      action: 'raiseSetpoint',
      target: scenario.coolingUnits.map((u) => u.id).join(', '),
      by: (changes[0].spec as { date: string }).date.slice(0, 10),
      byMonth: 0,
      resolves: hottestLine.id,
      reason:
        `every inlet stays at or below ${hottestC.toFixed(1)} °C at p90 over ${summary.months} months, ` +
        `${(limit.limit - hottestC).toFixed(1)} K under the ${limit.limit} °C recommended limit: the supply setpoint ` +
        `rises ${raiseK} K (${from} → ${scenario.coolingUnits
          .map((u) => u.supplySetpointC + raiseK)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join('/')} °C) from the start, keeping ${KEEP_MARGIN_K} K; re-run of ` +
        `${after.records.length} replica(s): the hottest inlet reaches ${afterC.toFixed(1)} °C at p90 and facility ` +
        `energy falls ${savedMwh.toFixed(1)} MWh (${((100 * savedMwh) / facilityMwh(before.summary)).toFixed(1)} %, sum of monthly p50)`,
      changes,
      verified: true,
      crossingBeforeMonth: hottestLine.firstCrossing.p50,
      crossingAfterMonth:
        after.summary.resources.find((r) => r.id === hottestLine.id)?.firstCrossing.p50 ?? null,
    }
  }
  return null
}
