// The cheap half of the search: each rack's free slots and the draw of a server added there, and margins
// estimated from today's ledger, which only order the candidates; simulation (verify.ts) decides.
import { serverPowerFrom } from '../../model/serverPower.ts'
import { entryKey } from '../ledger/index.ts'
import { hallLines, rackLines, type LineShare } from './lines.ts'
import { freeRuns, slotsIn, type FreeRun } from './slots.ts'
import type { Baseline } from './verify.ts'

export interface Candidate {
  /** Index of the rack in the hall as of the date. */
  index: number
  rack: string
  runs: FreeRun[]
  /** Servers of the model its free runs hold. */
  slots: number
  /** One added server's draw at its rack's peak utilisation and inlet, × the load scale, W. */
  serverW: number
  lines: LineShare[]
}

/** Margin in W (design limit − used) and design limit of every W line of today's ledger, by key. */
export type Margins = Map<string, { marginW: number; designW: number }>

export function marginsOf(base: Baseline): Margins {
  const margins: Margins = new Map()
  for (const e of base.before[0].entries)
    if (e.unit === 'W') margins.set(entryKey(e), { marginW: e.margin, designW: e.designLimit })
  return margins
}

/** Every rack of the hall with its free runs (`taken` from occupiedFrom) and a new server's draw there. */
export function candidatesOf(base: Baseline, taken: Map<string, Uint8Array>): Candidate[] {
  const { hall, utilization, before, loadScale, point } = base
  const m = hall.serverModels.findIndex((s) => s.id === base.model)
  const power = serverPowerFrom(hall.serverModels[m])
  const uHeight = hall.serverModels[m].uHeight
  const hallMean = utilization.reduce((a, b) => a + b, 0) / Math.max(1, utilization.length)
  const shared = hallLines(before[0].entries)
  let s = 0
  return hall.racks.map((rack, index) => {
    const n = rack.servers.length
    const u = n > 0 ? utilization.subarray(s, s + n).reduce((a, b) => a + b, 0) / n : hallMean
    s += n
    const runs = freeRuns(taken.get(rack.id) ?? new Uint8Array(rack.uHeight + 1), rack.uHeight)
    return {
      index,
      rack: rack.id,
      runs,
      slots: slotsIn(runs, uHeight),
      serverW: power(u, before[0].inletC[index]) * loadScale,
      lines: [...rackLines(point.world, index), ...shared],
    }
  })
}

/** A rack's own lines: its budget, circuits and feed (what tells racks apart when a shared line binds). */
const isLocal = (key: string) => /^(rackPower|branchCircuit|abFeed):/.test(key)

/**
 * Estimated smallest margin %, over a candidate's lines (only its own with `local`), after adding `k` servers
 * to it, and that line's key.
 */
export function estimatedHeadroom(
  c: Candidate,
  k: number,
  margins: Margins,
  local = false,
): { pct: number; key: string } {
  let worst = { pct: Infinity, key: '' }
  for (const { key, share } of c.lines) {
    if (local && !isLocal(key)) continue
    const line = margins.get(key)
    const pct =
      line && line.designW > 0 ? (100 * (line.marginW - k * c.serverW * share)) / line.designW : Infinity
    if (pct < worst.pct) worst = { pct, key }
  }
  return worst
}

/** Servers a candidate takes before its free slots or, by estimate, one of its lines run out. */
function capOf(c: Candidate, margins: Margins, ignoreMargins: boolean): number {
  let k = c.slots
  if (ignoreMargins || c.serverW <= 0) return k
  for (const { key, share } of c.lines) {
    const line = margins.get(key)
    if (line) k = Math.min(k, Math.max(0, Math.floor(line.marginW / (c.serverW * share))))
  }
  return k
}

/**
 * Racks are taken until they could hold this many times the servers asked: room for the balanced fill to spread
 * load off the tightest lines (a set cut to exactly `count` would run every shared line it touches to its
 * margin), at the price of more racks, hence more deployments.
 */
const SPREAD = 2

/** Servers all candidates could take, each on its own against today's margins: an upper bound by estimate. */
export const capacityOf = (candidates: readonly Candidate[], margins: Margins): number =>
  candidates.reduce((n, c) => n + capOf(c, margins, false), 0)

/**
 * Greedy split: racks taken in the given order until their capacities (free slots and, by estimate, the
 * margins of their lines left by the racks taken before) add up to SPREAD × `count`, or all there are; then the servers go one at a time to the chosen rack whose
 * smallest estimated margin stays highest (shared lines drawn down as they fill), so the set keeps as much
 * headroom as those racks allow. With `ignoreMargins` only slots count, so a request the estimate says cannot
 * fit still gets one set simulated, which names the line that breaks.
 */
export function greedyFill(
  ordered: readonly Candidate[],
  count: number,
  margins: Margins,
  ignoreMargins = false,
): Map<Candidate, number> | null {
  // Each rack chosen draws its capacity from the margins of its lines, shared ones included, so the racks after
  // it on the same PDU, UPS or cooling see what is left and the set stays within every line by estimate.
  const pool: Margins = new Map([...margins].map(([key, line]) => [key, { ...line }]))
  const chosen: { c: Candidate; cap: number }[] = []
  let room = 0
  for (const c of ordered) {
    if (room >= SPREAD * count) break
    const cap = capOf(c, pool, ignoreMargins)
    if (cap <= 0) continue
    chosen.push({ c, cap })
    room += cap
    for (const { key, share } of c.lines) {
      const line = pool.get(key)
      if (line) line.marginW -= cap * c.serverW * share
    }
  }
  if (room < count) return null
  const left: Margins = new Map([...margins].map(([key, line]) => [key, { ...line }]))
  const fill = new Map<Candidate, number>()
  for (let placed = 0; placed < count; placed++) {
    let best: Candidate | null = null
    let bestPct = [-Infinity, -Infinity]
    for (const { c, cap } of chosen) {
      if ((fill.get(c) ?? 0) >= cap) continue
      const pct = [estimatedHeadroom(c, 1, left).pct, estimatedHeadroom(c, 1, left, true).pct]
      if (pct[0] > bestPct[0] || (pct[0] === bestPct[0] && pct[1] > bestPct[1])) [best, bestPct] = [c, pct]
    }
    fill.set(best!, (fill.get(best!) ?? 0) + 1)
    for (const { key, share } of best!.lines) {
      const line = left.get(key)
      if (line) line.marginW -= best!.serverW * share
    }
  }
  return fill
}
