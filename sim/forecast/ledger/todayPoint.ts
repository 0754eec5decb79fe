// Today's operating point: the moment of a simulated span at which IT power peaks, as the ledger's load.
import { createSimulation } from '../../simulation.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import type { SchedulerMetrics } from '../../placement/scheduler.ts'

export interface TodayPoint {
  /** Seconds after the start at which IT power peaked (sampled every `sampleS`). */
  atS: number
  itW: number
  /** Each server's utilisation at that moment. */
  utilization: Float64Array
  /** The scheduler's counters at the end of the span, for a jobs workload. */
  jobMetrics?: SchedulerMetrics
}

/**
 * Runs the scenario for `spanS` (default one day, or its horizon if shorter) and keeps the servers'
 * utilisation at the sample with the highest IT power: capacity is judged at the peak, not the mean.
 */
export function peakOfSpan(
  scenario: Scenario,
  options: { spanS?: number; sampleS?: number; trace?: TraceInput } = {},
): TodayPoint {
  const spanS = options.spanS ?? Math.min(86_400, scenario.horizonS)
  const sampleS = options.sampleS ?? Math.max(scenario.stepS, 60)
  const sim = createSimulation(scenario, options.trace)
  sim.runUntil(0)
  let best: TodayPoint = {
    atS: 0,
    itW: sim.world.totals.itW,
    utilization: Float64Array.from(sim.world.serverUtilization),
  }
  for (let tS = sampleS; tS <= spanS; tS += sampleS) {
    sim.runUntil(tS)
    if (sim.world.totals.itW > best.itW)
      best = {
        atS: tS,
        itW: sim.world.totals.itW,
        utilization: Float64Array.from(sim.world.serverUtilization),
      }
  }
  return { ...best, jobMetrics: sim.jobMetrics() }
}
