// Run-long observations fed after every settle: per-rack hottest inlet, ASHRAE compliance, per-unit cooling energy.
import type { World } from '../model/world.ts'
import { CHANGE_LIMITS, createComplianceTracker } from './ashrae.ts'
import { createClimateWatch, type ClimateWatch } from './climateWatch.ts'
import type { ComplianceTracker } from './ashrae.ts'
import { createUtilizationStats } from './utilizationStats.ts'
import type { UtilizationStats } from './utilizationStats.ts'

export interface Tracking {
  readonly rackMaxInletC: Float64Array
  readonly compliance: ComplianceTracker
  /** Humidity, envelope states and inlet conditions per rack (docs/physics.md#humidity-and-ashrae-classes). */
  readonly climate: ClimateWatch
  /** Per unit: heat removed, fan and compressor (or chiller share) energy, J. */
  readonly unitRemovedJ: Float64Array
  readonly unitFanJ: Float64Array
  readonly unitCompressorJ: Float64Array
  /** Server utilisation over servers and time (the workload report's mean and p95). */
  readonly utilization: UtilizationStats
  /** Server utilisation as of the last settle: workloads write the new values before settling. */
  readonly lastUtilization: Float64Array
  lastS: number
}

export function createTracking(world: World): Tracking {
  return {
    rackMaxInletC: new Float64Array(world.rackCount).fill(-Infinity),
    compliance: createComplianceTracker(
      world.scenario.room.ashraeClass,
      world.rackCount,
      world.scenario.racks.map((rack) => CHANGE_LIMITS[rack.tapeStorage ? 'tape' : 'general']),
    ),
    climate: createClimateWatch(world),
    unitRemovedJ: new Float64Array(world.unitCount),
    unitFanJ: new Float64Array(world.unitCount),
    unitCompressorJ: new Float64Array(world.unitCount),
    utilization: createUtilizationStats(),
    lastUtilization: new Float64Array(world.serverCount),
    lastS: NaN,
  }
}

/**
 * Books the interval since the last sample at the rates that held over it (call before the world changes
 * them), then records the new state. Compliance holds each reading until the next, as the tracker documents.
 */
export function bookInterval(tracking: Tracking, world: World, nowS: number): void {
  if (!Number.isNaN(tracking.lastS) && nowS > tracking.lastS) {
    const dtS = nowS - tracking.lastS
    tracking.utilization.add(tracking.lastUtilization, dtS)
    for (let j = 0; j < world.unitCount; j++) {
      tracking.unitRemovedJ[j] += world.unitLoadW[j] * dtS
      tracking.unitFanJ[j] += world.unitFanW[j] * dtS
      tracking.unitCompressorJ[j] += world.unitCompressorW[j] * dtS
    }
    // Booked up to now: a command carries the books to its time before the settle after it books again.
    tracking.lastS = nowS
  }
}

/** Records the state just settled at `nowS`; hottest inlets at every settle. */
export function recordSample(tracking: Tracking, world: World, nowS: number): void {
  for (let i = 0; i < world.rackCount; i++)
    if (world.rackInletC[i] > tracking.rackMaxInletC[i]) tracking.rackMaxInletC[i] = world.rackInletC[i]
  tracking.lastUtilization.set(world.serverUtilization)
  tracking.lastS = nowS
}

/** Feeds the ASHRAE tracker, like a monitoring system polling every inlet sensor once per physics tick. */
export function pollSensors(tracking: Tracking, world: World, nowS: number): void {
  tracking.compliance.sample(nowS, world.rackInletC)
  tracking.climate.poll(world, tracking.compliance, nowS)
}
