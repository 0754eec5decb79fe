// Workload seeds in the Monte Carlo: the plan simulates each inventory's day under K workload seeds, and every
// replica draws one of them from its own Philox stream, so the day's peak and hourly shape vary between replicas
// as the workload's noise does. docs/forecast.md#replicas-and-seeds
import type { OperatingPoint } from '../ledger/index.ts'
import { replicaStream } from '../montecarlo/stream.ts'
import type { ForecastPlan, Segment } from './plan.ts'

/**
 * Days per inventory when the scenario does not say (growth.workloadSeeds). Each costs one simulated day per
 * inventory in every process that plans (about 2 s for the large hall, 0.1 s for growth.json's default hall);
 * four already spread the crossing months by the workload's noise, docs/forecast.md#replicas-and-seeds.
 */
export const DEFAULT_WORKLOAD_SEEDS = 4

/** The most the schema allows: a plan of 16 days per inventory is 30 s of the large hall before any replica. */
export const MAX_WORKLOAD_SEEDS = 16

const TWO_POW_32 = 4_294_967_296

/**
 * The K workload seeds of a forecast with seed `seed`: the first is the seed itself (so K = 1 is the forecast
 * without workload sampling, and the plan's first profile is today's as the scenario runs), the others are
 * 32-bit words of the stream (seed, k, 'workload-seed'), so forecasts whose seeds differ by one do not share
 * their days.
 * @throws RangeError for a count outside 1…MAX_WORKLOAD_SEEDS
 */
export function workloadSeedsOf(seed: number, count: number): number[] {
  if (!(Number.isInteger(count) && count >= 1 && count <= MAX_WORKLOAD_SEEDS))
    throw new RangeError(
      `workload seeds must be a whole number from 1 to ${MAX_WORKLOAD_SEEDS}, got ${count}`,
    )
  const seeds = [seed]
  for (let k = 1; k < count; k++) {
    const u = replicaStream({ scenarioSeed: seed, replicaIndex: k, streamName: 'workload-seed', assetId: '' })
    seeds.push(Math.floor(u.uniform() * TWO_POW_32))
  }
  return seeds
}

/**
 * Which of the plan's `count` workload seeds replica `replica` runs: ⌊u·count⌋ for one uniform u of the stream
 * (seed, replica, 'workload'), so it depends on those alone, not on the worker, shard or replicas run before.
 */
export function workloadPickOf(seed: number, replica: number, count: number): number {
  if (count === 1) return 0
  const u = replicaStream({ scenarioSeed: seed, replicaIndex: replica, streamName: 'workload', assetId: '' })
  return Math.floor(u.uniform() * count)
}

/**
 * The same operating point settled at another profile's utilisation, with that profile's peak hour as its
 * default moment: no second world is built (the point restarts every settle from the built room, so the result
 * is the one a point built with that utilisation gives, bit for bit).
 */
function pointOfProfile(segment: Segment, k: number): OperatingPoint {
  const { point } = segment
  const { utilization, peakAtS } = segment.profiles[k]
  const epochS = segment.fromEpochS + peakAtS
  const settle: OperatingPoint['settle'] = (scale, failure, options) =>
    point.settle(scale, failure, { epochS: options?.epochS ?? epochS, utilization })
  const view = {
    world: point.world,
    epochS,
    get settles() {
      return point.settles
    },
    settle,
  }
  return view
}

/**
 * The plan as replica-side code reads it for workload seed k: every segment's `profile` and `point` are those
 * of its k-th day. k = 0 is the plan itself.
 */
export function planOfWorkload(plan: ForecastPlan, k: number): ForecastPlan {
  if (!(Number.isInteger(k) && k >= 0 && k < plan.workloadSeeds.length))
    throw new RangeError(`workload seed ${k} is not one of the plan's ${plan.workloadSeeds.length}`)
  if (k === 0) return plan
  const segments = plan.segments.map((s) => ({ ...s, profile: s.profiles[k], point: pointOfProfile(s, k) }))
  return { ...plan, segments }
}
