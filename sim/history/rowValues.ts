// One history row's hall-wide values, read from the settled world (definitions: docs/history.md#channels).
import { pueOf } from '../metrics/kpis.ts'
import type { World } from '../model/world.ts'
import { HISTORY_CHANNELS, type HistoryChannel } from './types.ts'
import { coolingHeadroom, powerHeadroom, thermalHeadroomK } from './headroom.ts'

/** Index of each channel in HISTORY_CHANNELS, so a row is written without a lookup per value. */
export const CHANNEL_INDEX = Object.fromEntries(HISTORY_CHANNELS.map((c, k) => [c, k])) as Record<
  HistoryChannel,
  number
>

/** Writes the row's values into `out` (one per HISTORY_CHANNELS entry, in that order). */
export function writeRowValues(world: Readonly<World>, out: Float64Array): void {
  const t = world.totals
  let maxInletC = -Infinity
  for (let i = 0; i < world.rackCount; i++)
    if (world.rackInletC[i] > maxInletC) maxInletC = world.rackInletC[i]
  let utilization = 0
  for (let s = 0; s < world.serverCount; s++) utilization += world.serverUtilization[s]
  out[CHANNEL_INDEX.itW] = t.itW
  out[CHANNEL_INDEX.coolingW] = t.coolingW
  out[CHANNEL_INDEX.facilityW] = t.facilityW
  out[CHANNEL_INDEX.pue] = pueOf(t.facilityW, t.itW)
  out[CHANNEL_INDEX.maxInletC] = maxInletC
  out[CHANNEL_INDEX.roomAirC] = world.zone.airC
  out[CHANNEL_INDEX.utilization] = world.serverCount > 0 ? utilization / world.serverCount : NaN
  out[CHANNEL_INDEX.powerHeadroom] = powerHeadroom(world)
  out[CHANNEL_INDEX.coolingHeadroom] = coolingHeadroom(world)
  out[CHANNEL_INDEX.thermalHeadroomK] = thermalHeadroomK(maxInletC)
}
