// `npm run sim -- <scenario> --ledger [--json]`: the capacity ledger at the day's peak, what breaks first,
// stranded capacity per rack and the breaking point, all equipment in and under the worst single failure.
import type { Scenario, TraceInput } from '../sim/index.ts'
import {
  breakingPoints,
  createOperatingPoint,
  crossingsOf,
  ledgerOf,
  ledgersOverScale,
  peakOfSpan,
  strandedByRack,
  strandedTotals,
  type BreakingPoint,
  type Crossing,
  type LedgerEntry,
  type RackStranding,
  type StrandedTotal,
} from '../sim/forecast/ledger/index.ts'
import { requireRacks } from '../sim/forecast/requireRacks.ts'

/** Everything `--ledger` prints; it depends only on the scenario, its seed and the trace (no wall time). */
export interface LedgerReport {
  scenario: string
  seed: number
  /** The moment of the first day (or the horizon, if shorter) with the highest IT power: the load judged. */
  peak: { atS: number; itW: number }
  entries: LedgerEntry[]
  /**
   * Lines that grow with the load in the order they cross as it grows 5 % a step from today's (firstCrossed
   * names the step, "×1.216"), up to 8×; those never crossed by then follow, smallest margin share first.
   */
  breaksFirst: Crossing[]
  strandedByRack: RackStranding[]
  /** The same summed per row and for the room ("room" last). */
  strandedTotals: StrandedTotal[]
  breakingPoint: {
    allIn: BreakingPoint
    worstSingleFailure: BreakingPoint | null
    /** Every single failure tried, lowest breaking scale first. */
    singleFailures: Pick<BreakingPoint, 'failure' | 'scale' | 'breaks'>[]
    /** Steady-state settles the searches took in all. */
    settles: number
  }
}

/** Runs the first day for its peak, settles there and searches the breaking points. */
export function ledgerReport(
  scenario: Scenario,
  options: { trace?: TraceInput; queueTargetS?: number } = {},
): LedgerReport {
  requireRacks(scenario, 'the capacity ledger')
  const peak = peakOfSpan(scenario, { trace: options.trace })
  const point = createOperatingPoint(scenario, peak.utilization, scenario.startEpochS + peak.atS)
  const ledgerOptions = { jobMetrics: peak.jobMetrics, queueWaitTargetS: options.queueTargetS }
  const world = point.settle(1)
  const entries = ledgerOf(world, ledgerOptions)
  const stranded = strandedByRack(world)
  const fixed = new Set(['rackSpace', 'queueWait'])
  const breaksFirst = crossingsOf(
    ledgersOverScale(point, { ...ledgerOptions, keep: (e) => !fixed.has(e.kind) }),
  )
  const points = breakingPoints(point, ledgerOptions)
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    peak: { atS: peak.atS, itW: peak.itW },
    entries,
    breaksFirst,
    strandedByRack: stranded,
    strandedTotals: strandedTotals(scenario, stranded),
    breakingPoint: {
      allIn: points.allIn,
      worstSingleFailure: points.worstSingleFailure,
      singleFailures: points.singleFailures.map(({ failure, scale, breaks }) => ({ failure, scale, breaks })),
      settles: point.settles - 1,
    },
  }
}
