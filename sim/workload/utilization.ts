// Utilisation workloads (constant, diurnal, synthetic profile): each update sets every server's utilisation.
import type { WorkloadSpec } from '../scenario/schema.ts'
import type { Scenario } from '../scenario/types.ts'
import type { Rng, RandomStream } from '../core/rng.ts'
import type { World } from '../model/world.ts'
import { createLoadProfile, sampleUtilization } from './profile.ts'
import { cos } from '../math/portable.ts'

const DAY_S = 86_400

/** Mean utilisation (0..1, before noise and load scale) of the constant and diurnal kinds at Unix `epochS`. */
export function meanUtilization(
  spec: Extract<WorkloadSpec, { kind: 'constant' | 'diurnal' }>,
  epochS: number,
): number {
  if (spec.kind === 'constant') return spec.utilization
  const hourUtc = (((epochS % DAY_S) + DAY_S) % DAY_S) / 3600
  return spec.meanUtilization + spec.amplitude * cos((2 * Math.PI * (hourUtc - spec.peakHourUtc)) / 24)
}

/** One workload update at simulated time tS: writes world.serverUtilization. */
export type WorkloadUpdate = (world: World, tS: number) => void

/**
 * The update for a utilisation workload. Constant and diurnal draw one normal per rack (rack order) shared by
 * its servers; the synthetic profile (seasonality, trend, bursts, launches) draws one per server. Both scale by
 * world.loadScale and clamp to [0, 1]. Streams: 'workload' for noise, 'workload-profile' for bursts.
 */
export function utilizationWorkload(
  scenario: Scenario,
  spec: Exclude<WorkloadSpec, { kind: 'jobs' }>,
  rng: Rng,
): WorkloadUpdate {
  const noise: RandomStream = rng.stream('workload')
  if (spec.kind === 'synthetic') {
    const profile = createLoadProfile(spec, scenario.startEpochS, rng.stream('workload-profile'))
    return (world, tS) => {
      sampleUtilization(world.serverUtilization, profile.levelAt(tS) * world.loadScale, spec.noiseSd, noise)
    }
  }
  return (world, tS) => {
    const mean = meanUtilization(spec, scenario.startEpochS + tS)
    const rackU = world.rackUtilization
    for (let i = 0; i < world.rackCount; i++) {
      const u = (mean + (spec.noiseSd > 0 ? noise.normal(0, spec.noiseSd) : 0)) * world.loadScale
      rackU[i] = u < 0 ? 0 : u > 1 ? 1 : u
    }
    for (let s = 0; s < world.serverCount; s++) world.serverUtilization[s] = rackU[world.serverRack[s]]
  }
}
