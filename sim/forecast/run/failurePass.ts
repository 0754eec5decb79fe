// A replica's sampled equipment failures through the ledger: every stretch during which one set of assets is
// down is settled at its load with those assets failed, and a line past what the running equipment carries
// is crossed by the failure. docs/forecast.md#forecast-runner-and-capacity-as-code
import { MONTH_S } from '../growth/index.ts'
import { entryKey, ledgerOf, type LedgerEntry } from '../ledger/index.ts'
import { chillerPlantOf, failingAssetsOf, failureTimeline, reliabilityOf } from '../montecarlo/failures.ts'
import type { ChillerPlant, FailingAsset } from '../montecarlo/failures.ts'
import { failureCommandsOf } from '../montecarlo/failureCommands.ts'
import { outagesOf } from '../montecarlo/outages.ts'
import { crossingMonth } from './crossing.ts'
import type { ForecastPlan } from './plan.ts'

/** Where a failure first put a line past what was running. */
export interface FailureCrossing {
  month: number
  /** The line's margin share then, % (to rank lines crossed at the same moment). */
  marginPct: number
}

export interface FailurePass {
  /** Failures starting within the horizon. */
  outages: number
  /** Hours within the horizon during which some line not yet crossed by growth was over through failures. */
  breachHours: number
  /** By line id, the start of the first outage that put it over; lines never so crossed are absent. */
  crossings: Map<string, FailureCrossing>
  /** The chiller plant sampled (reliability.chillers, chillerSpares); null when no inventory has a CRAH. */
  chillerPlant: ChillerPlant | null
}

/** The entry judged against what is installed and running (over) instead of its design limit. */
const againstLimit = (e: LedgerEntry): LedgerEntry => ({ ...e, designLimit: e.limit })

/** Every asset any segment's inventory holds, once (timelines are keyed by asset id, so order is free). */
function assetsOf(plan: ForecastPlan): FailingAsset[] {
  const byId = new Map<string, FailingAsset>()
  for (const segment of plan.segments)
    for (const asset of failingAssetsOf(segment.scenario)) if (!byId.has(asset.id)) byId.set(asset.id, asset)
  return [...byId.values()]
}

// A failure crossing this close after growth's (months) is growth's: for an N+1 design the limit left with one
// unit out is the design limit, so the two crossings are the same moment computed by two bisections.
const SAME_MONTH = 1e-9

/**
 * Samples the replica's outages (failureTimeline keyed by (seed, replica, asset)) and settles each stretch of
 * one down set in the segment it lies in, at the higher of the growth scale at its start and end (the day's peak
 * is assumed met however short the outage: conservative). A line crosses by failure when it is 'over' (beyond
 * the installed capacity still running, or an inlet beyond its limit) while not yet crossed by growth
 * (`growthMonth`): at the stretch's start when it is over at the start's scale too, else where growth within
 * the stretch takes it past the limit (crossing.ts, against `limit` instead of `designLimit`).
 */
export function failurePass(
  plan: ForecastPlan,
  options: { seed: number; replica: number; scaleAt: (month: number) => number },
  growthMonth: (id: string) => number | null,
): FailurePass {
  const horizonH = (plan.months * MONTH_S) / 3600
  const assets = assetsOf(plan)
  const windows = failureTimeline(assets, reliabilityOf(plan.scenario), {
    scenarioSeed: options.seed,
    replicaIndex: options.replica,
    horizonH,
  })
  const monthOfH = (h: number) => (h * 3600) / MONTH_S
  const cutsH = plan.segments.slice(1).map((s) => (s.fromMonth * MONTH_S) / 3600)
  const crossings = new Map<string, FailureCrossing>()
  let breachHours = 0
  let segment = 0
  for (const outage of outagesOf(windows, horizonH, cutsH)) {
    const fromMonth = monthOfH(outage.fromH)
    // Segment k + 1 starts at cutsH[k]: compared in the hours the sweep cut at, so a boundary is exact.
    while (segment < cutsH.length && cutsH[segment] <= outage.fromH) segment++
    const { scenario, point, profile } = plan.segments[segment]
    const commands = failureCommandsOf(scenario, outage.down)
    if (commands.length === 0) continue
    const toMonth = monthOfH(outage.toH)
    const fromScale = options.scaleAt(fromMonth)
    const toScale = options.scaleAt(toMonth)
    // Outdoor air of the outage's first day at the day's peak hour, as the knots take theirs.
    const at = {
      epochS: plan.scenario.startEpochS + Math.floor(outage.fromH / 24) * 86_400 + profile.peakAtS,
    }
    // Settled at the higher scale first: most stretches breach nothing there, and then one settle is enough.
    const over = ledgerOf(point.settle(Math.max(fromScale, toScale), commands, at)).filter(
      (e) => e.state === 'over',
    )
    if (over.length === 0) continue
    // Growing within the stretch: where was each line at its start?
    const atStart =
      toScale > fromScale
        ? new Map(ledgerOf(point.settle(fromScale, commands, at)).map((e) => [entryKey(e), e]))
        : null
    let breachFrom = Infinity
    for (const entry of over) {
      const id = entryKey(entry)
      const start = atStart?.get(id)
      const month =
        !start || start.state === 'over'
          ? fromMonth
          : crossingMonth(
              { month: fromMonth, scale: fromScale, entry: againstLimit(start) },
              { month: toMonth, scale: toScale, entry: againstLimit(entry) },
              options.scaleAt,
            )
      const grown = growthMonth(id)
      if (grown !== null && grown <= month + SAME_MONTH) continue
      breachFrom = Math.min(breachFrom, month)
      const before = crossings.get(id)
      if (!before || month < before.month) crossings.set(id, { month, marginPct: entry.marginPct })
    }
    if (breachFrom < Infinity)
      breachHours += outage.toH - Math.max(outage.fromH, (breachFrom * MONTH_S) / 3600)
  }
  const chillerPlant = assets.some((a) => a.kind === 'chiller') ? chillerPlantOf(plan.scenario) : null
  return { outages: windows.length, breachHours, crossings, chillerPlant }
}
