// The run report's thermal.zones section: each cooling unit's zone now, and every failure's per-rack time to a limit
// (docs/physics.md#zones-of-influence).
import type { Simulation } from '../simulation.ts'
import { FAILURE_LIMITS_C } from './ashrae.ts'

export type ZonesReport = ReturnType<typeof zonesOf>

/** One rack's seconds from a failure to each limit (keyed by the limit in °C; null: not within a day). */
export interface RackTimeToLimit {
  rackId: string
  timeToLimitS: Record<string, number | null>
}

const byFirstLimit = (a: RackTimeToLimit, b: RackTimeToLimit) => {
  for (const limitC of FAILURE_LIMITS_C) {
    const sa = a.timeToLimitS[String(limitC)] ?? Infinity
    const sb = b.timeToLimitS[String(limitC)] ?? Infinity
    if (sa !== sb) return sa - sb
  }
  return 0
}

/**
 * `airZones` ('single' | 'perUnit'); per zone (perUnit only) its unit, air and equipment temperatures now, °C,
 * and its share of the room's air; per failure every rack's time to 27/32/35 °C, soonest first (in either
 * mode; in 'single' the racks differ only by their supply mix and recirculation).
 */
export function zonesOf(sim: Simulation) {
  const { world, scenario } = sim
  const zones = world.zones
  return {
    airZones: scenario.room.airZones,
    zones: zones
      ? scenario.coolingUnits.map((unit, j) => ({
          unitId: unit.id,
          running: world.unitRunning[j] === 1,
          airC: zones.state.airC[j],
          equipmentC: zones.state.massC[j],
          volumeShare: zones.layout.volumeShare[j],
        }))
      : [],
    failures: sim.failures.map((f) => ({
      atS: f.atS,
      command: { ...f.command },
      racks: scenario.racks
        .map((rack, i): RackTimeToLimit => ({
          rackId: rack.id,
          timeToLimitS: Object.fromEntries(
            FAILURE_LIMITS_C.map((c, k) => [String(c), f.rackTimeToLimitS[k][i]]),
          ),
        }))
        .sort(byFirstLimit),
    })),
  }
}
