// Rows as the floor plan holds them: each row's racks grouped by rowId, its footprint and the side its fronts face.
import type { FloorBox, SceneLayout } from '../../sim/index.ts'
import { footprintOf } from '../../sim/scenario/footprint.ts'

/** A box's footprint on the floor plan (the engine's footprintOf, as the scene draws it), as x0…x1 × y0…y1, m. */
export function footprint(box: FloorBox): { x0: number; x1: number; y0: number; y1: number } {
  const f = footprintOf(box)
  return { x0: f.minXM, x1: f.maxXM, y0: f.minYM, y1: f.maxYM }
}

export interface RowExtent {
  id: string
  /** The facing of its first rack: a row faces one way (expandRow gives every rack the row's facing). */
  facing: FloorBox['facing']
  /** The union of its racks' footprints, m. */
  x0: number
  x1: number
  y0: number
  y1: number
  /** Its tallest rack, m. */
  heightM: number
  rackCount: number
}

/** Every row of `layout`, in the order its first rack appears. */
export function rowsOf(layout: Pick<SceneLayout, 'racks'>): RowExtent[] {
  const rows = new Map<string, RowExtent>()
  for (const rack of layout.racks) {
    const f = footprint(rack)
    const row = rows.get(rack.rowId)
    if (!row) {
      rows.set(rack.rowId, { id: rack.rowId, facing: rack.facing, ...f, heightM: rack.heightM, rackCount: 1 })
      continue
    }
    row.x0 = Math.min(row.x0, f.x0)
    row.x1 = Math.max(row.x1, f.x1)
    row.y0 = Math.min(row.y0, f.y0)
    row.y1 = Math.max(row.y1, f.y1)
    row.heightM = Math.max(row.heightM, rack.heightM)
    row.rackCount++
  }
  return [...rows.values()]
}

/** A rectangle on the floor plan, m. */
export interface FloorRect {
  x0: number
  x1: number
  y0: number
  y1: number
}

// Narrower than this is two rows back to back, not an aisle anyone walks down.
const MIN_AISLE_M = 0.6

/**
 * The first cold aisle: the scenario's first aisle of kind "cold", else the space between the first two rows whose
 * fronts face each other across a gap (a row facing +y with one facing −y north of it, or +x with −x east of it),
 * over the stretch both rows share. Null when the hall has neither.
 */
export function coldAisleOf(layout: Pick<SceneLayout, 'racks' | 'aisles'>): FloorRect | null {
  const aisle = layout.aisles.find((a) => a.kind === 'cold')
  if (aisle) return { x0: aisle.xM, x1: aisle.xM + aisle.widthM, y0: aisle.yM, y1: aisle.yM + aisle.depthM }
  const rows = rowsOf(layout)
  for (const a of rows) {
    let best: FloorRect | null = null
    for (const b of rows) {
      if (a.facing === '+y' && b.facing === '-y' && b.y0 - a.y1 >= MIN_AISLE_M) {
        const r = { x0: Math.max(a.x0, b.x0), x1: Math.min(a.x1, b.x1), y0: a.y1, y1: b.y0 }
        if (r.x1 > r.x0 && (!best || r.y1 - r.y0 < best.y1 - best.y0)) best = r
      }
      if (a.facing === '+x' && b.facing === '-x' && b.x0 - a.x1 >= MIN_AISLE_M) {
        const r = { x0: a.x1, x1: b.x0, y0: Math.max(a.y0, b.y0), y1: Math.min(a.y1, b.y1) }
        if (r.y1 > r.y0 && (!best || r.x1 - r.x0 < best.x1 - best.x0)) best = r
      }
    }
    if (best) return best
  }
  return null
}
