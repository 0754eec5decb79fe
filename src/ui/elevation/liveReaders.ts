// Per-frame readers for the elevation's numbers: a rack found by id in whatever layout the frame belongs to,
// its servers' watts from their models (serverWatts.ts), written into text by useLiveText.
import type { SceneLayout } from '../../../sim/index.ts'
import type { ServerPowerModel } from '../../../sim/model/serverPower.ts'
import { fixed } from '../format.ts'
import type { LiveReader } from '../useLiveText.ts'
import { addsUp, rackNow, serverWatts } from './serverWatts.ts'

const indexCache = new WeakMap<SceneLayout, Map<string, number>>()

/** The layout index of rack `rackId`, or -1 (a frame of the hall before an edit removed it). */
export function rackIndexIn(layout: SceneLayout, rackId: string): number {
  let ids = indexCache.get(layout)
  if (!ids) {
    ids = new Map(layout.racks.map((r, i) => [r.id, i]))
    indexCache.set(layout, ids)
  }
  return ids.get(rackId) ?? -1
}

/** One server's power now, "312 W". */
export function serverPowerReader(rackId: string, power: ServerPowerModel): LiveReader {
  return (f, layout) => {
    const i = rackIndexIn(layout, rackId)
    if (i < 0) return '—'
    const [w] = serverWatts([power], [0], rackNow(f, layout, i))
    return `${fixed(w, 0)} W`
  }
}

/** A rack value now, scaled and rounded ("24.1"). */
export function rackValueReader(
  rackId: string,
  block: 'rackInletC' | 'rackPowerW' | 'rackUtilization',
  scale: number,
  decimals: number,
): LiveReader {
  return (f, layout) => {
    const i = rackIndexIn(layout, rackId)
    return i < 0 ? '—' : fixed(f[layout.snapshot[block] + i] * scale, decimals)
  }
}

/** The sum of the rack's server watts now, W (NaN without the rack). */
export function serversSumW(
  f: Float64Array,
  layout: SceneLayout,
  rackId: string,
  powers: readonly ServerPowerModel[],
  modelIndexOf: readonly number[],
): number {
  const i = rackIndexIn(layout, rackId)
  if (i < 0) return NaN
  return serverWatts(powers, modelIndexOf, rackNow(f, layout, i)).reduce((a, b) => a + b, 0)
}

/**
 * Why the servers' figures may not add up to the rack's power now, or '' when they do: under jobs or a replayed
 * trace each server carries its own load, and the elevation shows every one at the rack's mean.
 */
export function mismatchReader(
  rackId: string,
  powers: readonly ServerPowerModel[],
  modelIndexOf: readonly number[],
): LiveReader {
  return (f, layout) => {
    const i = rackIndexIn(layout, rackId)
    if (i < 0) return ''
    const now = rackNow(f, layout, i)
    if (addsUp(serverWatts(powers, modelIndexOf, now), now.powerW)) return ''
    return 'Servers here carry different loads (jobs or a trace), each shown at the rack’s mean utilisation, so they do not add up to the rack’s power exactly.'
  }
}
