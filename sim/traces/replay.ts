// Replays recorded utilisation series onto servers: which series drives which server, and its value at t.
import { seriesEndS, valueAt } from './resample.ts'
import type { Interpolation } from './resample.ts'
import type { UtilizationSeries } from './series.ts'

/**
 * Which series drives which servers: an explicit `{ seriesId: serverIndex[] }`, 'roundRobin' (series i →
 * server i mod n) or 'spread' (series i → the i-th server of a rack-interleaved order: the first server of
 * every rack, then the second of every rack, …, so a few series warm every rack a little instead of
 * filling the first racks).
 */
export type SeriesMapping = 'roundRobin' | 'spread' | Readonly<Record<string, readonly number[]>>

export interface ReplayOptions {
  serverCount: number
  /** Each server's rack index (World.serverRack); 'spread' needs it. */
  serverRack?: ArrayLike<number>
  /** Default 'roundRobin'. */
  mapping?: SeriesMapping
  /**
   * How several series on one server combine (default 'mean'): 'mean' treats them as k equal VMs each given
   * 1/k of the server; 'sum' as VMs each sized like the whole server, overcommitted (then clamped to 1).
   */
  combine?: 'mean' | 'sum'
  interpolation?: Interpolation
  /** Overrides every series' gap limit, s (resample.ts defaultMaxHoldS otherwise). */
  maxHoldS?: number
  /** 'start' (default): every series starts at simulation t = 0; 'absolute': offsets by `startS` kept. */
  align?: 'start' | 'absolute'
  /** Trace time at simulation t = 0, s (default 0). */
  offsetS?: number
  /** Start over after `durationS` (default false: past the end every series is missing). */
  loop?: boolean
}

/** Writes every mapped server's utilisation (0..1) at simulation time `tS` into `out`; others untouched. */
export type UtilizationAt = (tS: number, out: Float64Array) => void

export interface Replay {
  utilizationAt: UtilizationAt
  /** Trace length, s: from the earliest start to the latest series end (under the chosen alignment). */
  durationS: number
  /** For each server, the indices of the series that drive it (empty: not driven by the trace). */
  serverSeries: readonly (readonly number[])[]
}

/**
 * Builds the replay. A missing sample (a gap, before a series starts, after it ends) counts as 0: an absent
 * VM uses no CPU, and a NaN must never reach the power model. The result is clamped to 0..1.
 */
export function createReplay(series: readonly UtilizationSeries[], options: ReplayOptions): Replay {
  const { serverCount, combine = 'mean', offsetS = 0, loop = false } = options
  const serverSeries = assignServers(series, options)
  const firstStartS = series.reduce((min, s) => Math.min(min, s.startS), Infinity)
  const shiftS = series.map((s) => (options.align === 'absolute' ? s.startS - firstStartS : 0))
  const durationS = series.reduce((max, s, i) => Math.max(max, shiftS[i] + seriesEndS(s)), 0)
  const sampling = { interpolation: options.interpolation, maxHoldS: options.maxHoldS }
  const values = new Float64Array(series.length)
  const driven = serverSeries.flatMap((list, server) => (list.length > 0 ? [server] : []))

  const utilizationAt: UtilizationAt = (tS, out) => {
    if (out.length < serverCount)
      throw new Error(`utilizationAt: out holds ${out.length} < ${serverCount} servers`)
    let traceS = tS + offsetS
    if (loop && durationS > 0) traceS = ((traceS % durationS) + durationS) % durationS
    for (let i = 0; i < series.length; i++) {
      const u = valueAt(series[i], traceS - shiftS[i], sampling)
      values[i] = Number.isNaN(u) ? 0 : u
    }
    for (const server of driven) {
      const list = serverSeries[server]
      let sum = 0
      for (const i of list) sum += values[i]
      const u = combine === 'mean' ? sum / list.length : sum
      out[server] = u < 0 ? 0 : u > 1 ? 1 : u
    }
  }
  return { utilizationAt, durationS, serverSeries }
}

/** Server → series indices under `options.mapping`; throws on unknown series ids or server indices. */
export function assignServers(
  series: readonly Pick<UtilizationSeries, 'id'>[],
  options: Pick<ReplayOptions, 'serverCount' | 'serverRack' | 'mapping'>,
): number[][] {
  const { serverCount, mapping = 'roundRobin' } = options
  const out: number[][] = Array.from({ length: serverCount }, () => [])
  if (typeof mapping === 'object') {
    const index = new Map(series.map((s, i) => [s.id, i]))
    for (const [id, servers] of Object.entries(mapping)) {
      const i = index.get(id)
      if (i === undefined) throw new Error(`replay mapping names unknown series "${id}"`)
      for (const server of servers) {
        if (!Number.isInteger(server) || server < 0 || server >= serverCount)
          throw new Error(`replay mapping sends "${id}" to server ${server}, not in 0..${serverCount - 1}`)
        out[server].push(i)
      }
    }
    return out
  }
  if (serverCount === 0) return out
  const order = mapping === 'spread' ? rackInterleaved(serverCount, options.serverRack) : undefined
  for (let i = 0; i < series.length; i++) out[order ? order[i % serverCount] : i % serverCount].push(i)
  return out
}

/** Servers ordered first of each rack, second of each rack, …; racks and servers in index order. */
function rackInterleaved(serverCount: number, serverRack: ArrayLike<number> | undefined): number[] {
  if (!serverRack || serverRack.length < serverCount)
    throw new Error("replay mapping 'spread' needs serverRack")
  const racks = new Map<number, number[]>()
  for (let s = 0; s < serverCount; s++) {
    const list = racks.get(serverRack[s]) ?? []
    if (list.length === 0) racks.set(serverRack[s], list)
    list.push(s)
  }
  const byRack = [...racks.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list)
  const order: number[] = []
  for (let k = 0; order.length < serverCount; k++)
    for (const list of byRack) if (k < list.length) order.push(list[k])
  return order
}
