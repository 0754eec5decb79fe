// The recirculation model of the last halls built, reused while their racks and room stay as they were.
import type { Scenario } from '../scenario/types.ts'
import { buildRecirculation } from './recirculation.ts'
import type { Recirculation } from './recirculation.ts'

/**
 * Reloading a hall whose racks, room and rack airflows are unchanged (a cooling unit dragged or turned, a
 * setpoint, a restart of the same hall, a fork) would invert the same racks × racks matrix again: 0.1–0.2 s at
 * 440 racks (docs/hall.md#reload-cost). Two entries: the committed hall and the one a drag previews.
 */
const KEEP = 2
const recent: { key: string; built: Recirculation }[] = []

/**
 * buildRecirculation(scenario, rackAirflowM3s), or the same matrices built for an earlier call with equal
 * racks (all their fields, servers included), room and airflows. The key is everything the build could read, not
 * a list of the fields it reads today, so a field it reads later cannot be missed. The matrices are shared and
 * never written after the build; the per-run scratch arrays are fresh for every caller.
 */
export function sharedRecirculation(scenario: Scenario, rackAirflowM3s: Float64Array): Recirculation {
  const key = JSON.stringify([scenario.racks, scenario.room, Array.from(rackAirflowM3s)])
  const hit = recent.findIndex((entry) => entry.key === key)
  const built = hit >= 0 ? recent.splice(hit, 1)[0].built : buildRecirculation(scenario, rackAirflowM3s)
  recent.unshift({ key, built })
  recent.length = Math.min(recent.length, KEEP)
  const n = built.n
  return {
    ...built,
    lastPowerW: new Float64Array(n).fill(NaN),
    powerRiseK: new Float64Array(n),
    scratch: new Float64Array(n),
  }
}
