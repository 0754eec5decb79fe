// Today's load of one inventory: the day's peak (the ledger's operating point) and its mean IT power by UTC hour
// of day (what a month's energy is built from), from one simulated day.
import { createSimulation } from '../../simulation.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'

export interface DayProfile {
  /** Seconds after the start at which IT power peaked. */
  peakAtS: number
  peakItW: number
  /** Each server's utilisation at the peak: the operating point's load. */
  utilization: Float64Array
  /** Mean IT power of each UTC hour of day 0–23 over the simulated day, W (24 entries). */
  hourlyItW: Float64Array
}

const DAY_S = 86_400

/**
 * Runs the scenario for one day, sampling IT power every max(stepS, 60) s: the highest sample is the peak (as the
 * ledger's `peakOfSpan` judges it), and each sample counts towards the mean of its UTC hour of day.
 */
export function dayProfileOf(scenario: Scenario, trace?: TraceInput): DayProfile {
  const sampleS = Math.max(scenario.stepS, 60)
  const sim = createSimulation(scenario, trace)
  sim.runUntil(0)
  let peakAtS = 0
  let peakItW = sim.world.totals.itW
  let utilization = Float64Array.from(sim.world.serverUtilization)
  const sumW = new Float64Array(24)
  const count = new Float64Array(24)
  const hourOf = (tS: number) => new Date((scenario.startEpochS + tS) * 1000).getUTCHours()
  // Sample i stands for [t_i, t_i + sampleS): the day's samples are 0 … DAY_S − sampleS.
  for (let tS = 0; tS < DAY_S; tS += sampleS) {
    if (tS > 0) sim.runUntil(tS)
    const itW = sim.world.totals.itW
    const hour = hourOf(tS)
    sumW[hour] += itW
    count[hour]++
    if (itW > peakItW) {
      peakAtS = tS
      peakItW = itW
      utilization = Float64Array.from(sim.world.serverUtilization)
    }
  }
  const hourlyItW = sumW.map((w, h) => (count[h] > 0 ? w / count[h] : peakItW))
  return { peakAtS, peakItW, utilization, hourlyItW }
}
