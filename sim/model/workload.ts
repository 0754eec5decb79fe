// Synthetic workload v1: constant or diurnal utilisation per rack, with seeded per-rack noise.
import type { WorkloadSpec } from '../scenario/schema.ts'
import type { RandomStream } from '../core/rng.ts'
import type { World } from './world.ts'

const DAY_S = 86_400

/** Mean utilisation (0..1, before noise and load scale) at Unix time `epochS`. */
export function meanUtilization(spec: WorkloadSpec, epochS: number): number {
  if (spec.kind === 'constant') return spec.utilization
  const hourUtc = (((epochS % DAY_S) + DAY_S) % DAY_S) / 3600
  return spec.meanUtilization + spec.amplitude * Math.cos((2 * Math.PI * (hourUtc - spec.peakHourUtc)) / 24)
}

/**
 * Sets every server's utilisation: clamp((mean + N(0, noiseSd)) · loadScale, 0, 1), one draw per rack shared
 * by its servers (racks, not servers, are what the noise stands for). Draws rackCount normals in rack order.
 */
export function workloadStep(world: World, epochS: number, noise: RandomStream): void {
  const spec = world.scenario.workload
  const mean = meanUtilization(spec, epochS)
  const rackU = world.rackUtilization
  for (let i = 0; i < world.rackCount; i++) {
    const u = (mean + (spec.noiseSd > 0 ? noise.normal(0, spec.noiseSd) : 0)) * world.loadScale
    rackU[i] = u < 0 ? 0 : u > 1 ? 1 : u
  }
  for (let s = 0; s < world.serverCount; s++) world.serverUtilization[s] = rackU[world.serverRack[s]]
}
