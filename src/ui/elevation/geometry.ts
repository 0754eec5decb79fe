// Rack elevation geometry: which rack unit each server covers, which units are free, and whether servers fit.
// U numbering as NetBox draws it: U1 at the bottom, a device at `position` spans position … position + uHeight − 1
// (docs/hall.md#rack-elevation).

/** One server as the expanded scenario places it: its model (index into serverModels) and lowest U. */
export interface PlacedServer {
  modelIndex: number
  uPosition: number
}

/** A server drawn on the elevation: U span (both ends inclusive) and where it sits in the rack's server list. */
export interface ServerSpan {
  /** Index into the rack's servers (the order the simulation numbers them in). */
  serverIndex: number
  modelIndex: number
  uBottom: number
  uTop: number
}

/** A rack's units from the top down: each server once over its span, and every free unit on its own. */
export type ElevationSlot = { kind: 'server'; span: ServerSpan } | { kind: 'empty'; u: number }

/** Each server's U span, lowest first; `modelUHeights[m]` is the U height of serverModels[m]. */
export function serverSpans(
  servers: readonly PlacedServer[],
  modelUHeights: readonly number[],
): ServerSpan[] {
  return servers
    .map((s, serverIndex) => ({
      serverIndex,
      modelIndex: s.modelIndex,
      uBottom: s.uPosition,
      uTop: s.uPosition + modelUHeights[s.modelIndex] - 1,
    }))
    .sort((a, b) => a.uBottom - b.uBottom)
}

/**
 * `taken[u]` = the server index covering U u (1-based), or -1 when the unit is free; index 0 is unused.
 * Throws when two servers share a unit or one leaves the rack: the scenario parser refuses such racks, so
 * that would mean the elevation was handed a document the run never loaded.
 */
export function occupancy(uHeight: number, spans: readonly ServerSpan[]): Int32Array {
  const taken = new Int32Array(uHeight + 1).fill(-1)
  for (const span of spans)
    for (let u = span.uBottom; u <= span.uTop; u++) {
      if (u < 1 || u > uHeight)
        throw new Error(`server ${span.serverIndex} reaches U${u}, outside U1–U${uHeight}`)
      if (taken[u] >= 0) throw new Error(`U${u} holds servers ${taken[u]} and ${span.serverIndex}`)
      taken[u] = span.serverIndex
    }
  return taken
}

/** The rack's slots from the top unit down, as the elevation draws them. */
export function elevationSlots(uHeight: number, spans: readonly ServerSpan[]): ElevationSlot[] {
  const taken = occupancy(uHeight, spans)
  const byIndex = new Map(spans.map((s) => [s.serverIndex, s]))
  const slots: ElevationSlot[] = []
  for (let u = uHeight; u >= 1;) {
    const at = taken[u]
    if (at < 0) {
      slots.push({ kind: 'empty', u })
      u--
    } else {
      const span = byIndex.get(at) as ServerSpan
      slots.push({ kind: 'server', span })
      u = span.uBottom - 1
    }
  }
  return slots
}

/** Free units in a row upward from U `u` (0 when `u` is taken or outside the rack). */
export function freeRunFrom(taken: Int32Array, u: number): number {
  let run = 0
  while (u + run < taken.length && u + run >= 1 && taken[u + run] < 0) run++
  return run
}

/** The lowest free unit, or 1 when the rack is full (the form then says there is no room). */
export function lowestFree(taken: Int32Array): number {
  for (let u = 1; u < taken.length; u++) if (taken[u] < 0) return u
  return 1
}

/** How many servers of `modelUHeight` U fit stacked upward from U `u`. */
export function fitCount(taken: Int32Array, u: number, modelUHeight: number): number {
  return Math.floor(freeRunFrom(taken, u) / modelUHeight)
}

/**
 * Why `count` servers of `modelUHeight` U cannot go upward from U `uPosition`, or null when they fit. Names the
 * first unit in the way, so the user sees where to move to; `nameOf(serverIndex)` labels the server found there.
 */
export function fitProblem(
  taken: Int32Array,
  uPosition: number,
  modelUHeight: number,
  count: number,
  nameOf: (serverIndex: number) => string,
): string | null {
  const uHeight = taken.length - 1
  if (!Number.isInteger(count) || count < 1) return `the count must be a whole number from 1, got ${count}`
  if (!Number.isInteger(uPosition) || uPosition < 1 || uPosition > uHeight)
    return `U${uPosition} is not in this rack (U1–U${uHeight})`
  const top = uPosition + count * modelUHeight - 1
  for (let u = uPosition; u <= Math.min(top, uHeight); u++)
    if (taken[u] >= 0) return `U${u} is taken by ${nameOf(taken[u])}`
  if (top > uHeight)
    return `${count} × ${modelUHeight} U from U${uPosition} would reach U${top}, above the rack's ${uHeight} U`
  return null
}
