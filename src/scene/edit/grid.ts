// The floor grid edits snap to: 0.6 m raised-floor tiles from the room's origin corner (docs/hall.md#editing-in-3d),
// the same tiles Room.tsx draws. Positions are kept to the millimetre so snapped numbers stay short in the JSON.
import type { Facing } from '../../../sim/edit/edit.ts'

/** One raised-floor tile, m (600 × 600 mm panels: docs/hall.md#editing-in-3d). */
export const TILE_M = 0.6
const TILE_MM = 600

/** A rectangle on the floor plan, m: x from x0 to x1, y from y0 to y1. */
export interface FloorRect {
  x0: number
  y0: number
  x1: number
  y1: number
}

const mm = (vM: number): number => Math.round(vM * 1000) / 1000

/** The `k`th tile line from the origin, m (k × 600 mm, exact in millimetres). */
export const tiles = (k: number): number => (k * TILE_MM) / 1000

/** The nearest tile line to `vM` (in whole millimetres, so 3 tiles is 1.8, not 1.7999999999999998). */
export const toTile = (vM: number): number => tiles(Math.round(vM / TILE_M))

/** Floor extents (along x, along y) of a box `widthM` wide and `depthM` deep whose front faces `facing`. */
export function extentsOf(widthM: number, depthM: number, facing: string): { xM: number; yM: number } {
  return facing === '+y' || facing === '-y' ? { xM: widthM, yM: depthM } : { xM: depthM, yM: widthM }
}

/**
 * The centre nearest (xM, yM) at which a box of floor extents `ext` has its corner on a tile corner: racks and
 * units stand on whole tiles, their edges on the tile seams.
 */
export function snapCentre(
  xM: number,
  yM: number,
  ext: { xM: number; yM: number },
): { xM: number; yM: number } {
  return {
    xM: mm(toTile(xM - ext.xM / 2) + ext.xM / 2),
    yM: mm(toTile(yM - ext.yM / 2) + ext.yM / 2),
  }
}

/** The rectangle a box of extents `ext` centred on (xM, yM) covers. */
export function rectAround(xM: number, yM: number, ext: { xM: number; yM: number }): FloorRect {
  return { x0: xM - ext.xM / 2, y0: yM - ext.yM / 2, x1: xM + ext.xM / 2, y1: yM + ext.yM / 2 }
}

/** Whether two rectangles share area (touching edges do not count: racks stand side by side). */
export function overlaps(a: FloorRect, b: FloorRect, eps = 1e-6): boolean {
  return a.x0 < b.x1 - eps && b.x0 < a.x1 - eps && a.y0 < b.y1 - eps && b.y0 < a.y1 - eps
}

const TURN: Record<Facing, Facing> = { '+y': '+x', '+x': '-y', '-y': '-x', '-x': '+y' }

/** A quarter turn clockwise seen from above: north → east → south → west → north. */
export const quarterTurn = (facing: Facing): Facing => TURN[facing]
