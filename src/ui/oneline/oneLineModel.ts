// The one-line diagram's structure and geometry from a hall's layout (pure, so a test can check it by hand):
// utility on top, one column per UPS system, then per feed (a pair of A and B PDUs) its PDUs, each under its
// UPS's column, and the racks it feeds as one strip per row (docs/views.md#the-one-line-diagram).
import type { SceneLayout } from '../../../sim/index.ts'

/** The diagram's width in SVG units; it scales to the panel (about 1:1 at the 320 px side panel). */
export const DIAGRAM_W = 300
export const BOX_H = 36
const GAP = 10
const LINK = 16
const ROW_LABEL_H = 15
export const CELL_H = 12
const CELL_GAP = 1
const ROW_H = ROW_LABEL_H + CELL_H + 6
// Buses of neighbouring UPS systems in one gutter stand this far apart.
const BUS_STEP = 4

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface RowStrip {
  rowId: string
  /** Rack indexes of the layout, in layout order. */
  racks: number[]
  /** The strip's left and top (label line, then cells `cellW` wide, `perLine` to a line). */
  x: number
  y: number
  cellW: number
  perLine: number
}

export interface FeedGroup {
  /** Indexes into layout.power.pdus (B: -1 for single-corded racks). */
  pduA: number
  pduB: number
  boxA: Box
  boxB: Box | null
  rows: RowStrip[]
  /** The strips' top: links run from the PDU boxes down to it. */
  stripsY: number
}

export interface OneLine {
  utility: Box
  ups: Box[]
  /** Per UPS the x of its bus: a vertical line in the left (even UPS) or right (odd) gutter its PDUs hang from. */
  busX: number[]
  /** Per UPS the lowest y its bus reaches (its last PDU's middle). */
  busEndY: number[]
  groups: FeedGroup[]
  /** Content (boxes, strips) spans [left, left + width]; the gutters either side carry the buses. */
  left: number
  width: number
  height: number
}

/** A row strip of racks `width` wide: cells of at least 6 units, wrapped when the row is longer than that. */
function strip(
  rowId: string,
  racks: number[],
  x: number,
  y: number,
  width: number,
): RowStrip & { h: number } {
  const perLine = Math.max(1, Math.min(racks.length, Math.floor((width + CELL_GAP) / (6 + CELL_GAP))))
  const cellW = Math.min(24, (width + CELL_GAP) / perLine - CELL_GAP)
  const lines = Math.ceil(racks.length / perLine)
  return { rowId, racks, x, y, cellW, perLine, h: ROW_H + (lines - 1) * (CELL_H + CELL_GAP) }
}

/** Cell k of a strip: its box. */
export function cellBox(s: RowStrip, k: number): Box {
  const line = Math.floor(k / s.perLine)
  const col = k % s.perLine
  const y = s.y + ROW_LABEL_H + line * (CELL_H + CELL_GAP)
  return { x: s.x + col * (s.cellW + CELL_GAP), y, w: s.cellW, h: CELL_H }
}

/** The diagram for `layout`; null without a power chain. */
export function oneLineOf(layout: SceneLayout): OneLine | null {
  const { ups, pdus } = layout.power
  if (ups.length === 0) return null
  const gutter = 4 + BUS_STEP * Math.ceil(ups.length / 2)
  const width = DIAGRAM_W - 2 * gutter
  const colW = width / ups.length
  const busX = ups.map((_, u) =>
    u % 2 === 0 ? 3 + BUS_STEP * (u / 2) : DIAGRAM_W - 3 - BUS_STEP * ((u - 1) / 2),
  )
  const busEndY = ups.map(() => 0)
  const utility: Box = { x: gutter, y: 0, w: width, h: BOX_H }
  let y = utility.h + LINK
  const upsBoxes = ups.map((_, u) => ({ x: gutter + u * colW + 3, y, w: colW - 6, h: BOX_H }))
  y += BOX_H + LINK
  const pduIndex = new Map(pdus.map((p, k) => [p.id, k]))
  const upsIndex = new Map(ups.map((u, k) => [u.id, k]))
  const pduBox = (p: number, y0: number, half: 'a' | 'b' | 'only'): Box => {
    const col = upsIndex.get(pdus[p].upsId) ?? 0
    busEndY[col] = y0 + BOX_H / 2
    const x0 = gutter + col * colW + 3
    const w = colW - 6
    // Two PDUs of one feed on the same UPS share its column, side by side.
    if (half === 'only') return { x: x0, y: y0, w, h: BOX_H }
    return { x: half === 'a' ? x0 : x0 + w / 2 + 2, y: y0, w: w / 2 - 2, h: BOX_H }
  }

  // Feed groups in the order their first rack appears; within one, racks by row in layout order.
  const byFeed = new Map<string, { a: number; b: number; rows: Map<string, number[]> }>()
  layout.racks.forEach((r, i) => {
    if (r.pduA === null) return
    const key = `${r.pduA}|${r.pduB ?? ''}`
    let g = byFeed.get(key)
    if (!g) {
      g = { a: pduIndex.get(r.pduA) ?? -1, b: r.pduB ? (pduIndex.get(r.pduB) ?? -1) : -1, rows: new Map() }
      byFeed.set(key, g)
    }
    const row = g.rows.get(r.rowId) ?? []
    row.push(i)
    g.rows.set(r.rowId, row)
  })
  const groups: FeedGroup[] = []
  for (const g of byFeed.values()) {
    if (g.a < 0) continue
    const sameColumn = g.b >= 0 && pdus[g.a].upsId === pdus[g.b].upsId
    const boxA = pduBox(g.a, y, sameColumn ? 'a' : 'only')
    const boxB = g.b >= 0 ? pduBox(g.b, y, sameColumn ? 'b' : 'only') : null
    y += BOX_H + LINK
    const stripsY = y
    const rows: RowStrip[] = []
    for (const [rowId, racks] of g.rows) {
      const s = strip(rowId, racks, gutter, y, width)
      rows.push(s)
      y += s.h
    }
    groups.push({ pduA: g.a, pduB: g.b, boxA, boxB, rows, stripsY })
    y += GAP
  }
  return { utility, ups: upsBoxes, busX, busEndY, groups, left: gutter, width, height: y }
}
