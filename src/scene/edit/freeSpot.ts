// Where an added row or cooling unit goes when the user has not said: the first place on whole tiles that keeps an
// aisle clear around what already stands (docs/hall.md#editing-in-3d). Pure, so the rules are tested by hand.
import type { Facing } from '../../../sim/edit/edit.ts'
import type { SceneLayout } from '../../../sim/index.ts'
import { extentsOf, overlaps, rectAround, TILE_M, tiles } from './grid.ts'
import type { FloorRect } from './grid.ts'

/** Clear floor kept in front of and behind a new row: two tiles, the 1.2 m aisle (docs/hall.md#editing-in-3d). */
export const AISLE_M = 1.2

type Room = { widthM: number; depthM: number }

/** The floor every rack and cooling unit of `layout` stands on. */
export function takenRects(layout: Pick<SceneLayout, 'racks' | 'units'>): FloorRect[] {
  return [...layout.racks, ...layout.units].map((b) =>
    rectAround(b.xM, b.yM, extentsOf(b.widthM, b.depthM, b.facing)),
  )
}

const grow = (r: FloorRect, xM: number, yM: number): FloorRect => ({
  x0: r.x0 - xM,
  y0: r.y0 - yM,
  x1: r.x1 + xM,
  y1: r.y1 + yM,
})
const isFree = (r: FloorRect, taken: FloorRect[]) => !taken.some((t) => overlaps(r, t))

/**
 * The origin (first rack's corner) and facing of a new row `lengthM` long (along x) and `depthM` deep: centred
 * across the room, at the southmost tile line that leaves an aisle on both sides and a tile at both ends. Rows
 * alternate facing +y / −y so that neighbours share a cold aisle, then a hot one. Null: the room is full.
 */
export function nextRowSpot(
  room: Room,
  taken: FloorRect[],
  lengthM: number,
  depthM: number,
  rowsBefore: number,
): { xM: number; yM: number; facing: Facing } | null {
  if (lengthM > room.widthM + 1e-9) return null
  const xM = floorTile((room.widthM - lengthM) / 2)
  const facing: Facing = rowsBefore % 2 === 0 ? '+y' : '-y'
  for (let k = Math.round(AISLE_M / TILE_M); ; k++) {
    const yM = tiles(k)
    if (yM + depthM > room.depthM + 1e-9) return null
    const rect = { x0: xM, y0: yM, x1: xM + lengthM, y1: yM + depthM }
    if (isFree(grow(rect, TILE_M, AISLE_M), taken)) return { xM, yM, facing }
  }
}

/**
 * The centre and facing of a new perimeter cooling unit `widthM` × `depthM`: against the west wall blowing east,
 * then the east wall, the south wall and the north wall, on the first tile line with a tile clear all round.
 */
export function nextUnitSpot(
  room: Room,
  taken: FloorRect[],
  widthM: number,
  depthM: number,
): { xM: number; yM: number; facing: Facing } | null {
  const walls: {
    facing: Facing
    corner: (along: number, ext: { xM: number; yM: number }) => [number, number]
  }[] = [
    { facing: '+x', corner: (a) => [0, a] },
    { facing: '-x', corner: (a, e) => [floorTile(room.widthM - e.xM), a] },
    { facing: '+y', corner: (a) => [a, 0] },
    { facing: '-y', corner: (a, e) => [a, floorTile(room.depthM - e.yM)] },
  ]
  for (const wall of walls) {
    const ext = extentsOf(widthM, depthM, wall.facing)
    const alongM = wall.facing === '+x' || wall.facing === '-x' ? room.depthM : room.widthM
    for (let k = 0; k * TILE_M <= alongM; k++) {
      const [x0, y0] = wall.corner(tiles(k), ext)
      const rect = { x0, y0, x1: x0 + ext.xM, y1: y0 + ext.yM }
      if (x0 < 0 || y0 < 0 || rect.x1 > room.widthM + 1e-9 || rect.y1 > room.depthM + 1e-9) continue
      if (isFree(grow(rect, TILE_M, TILE_M), taken))
        return { xM: round(x0 + ext.xM / 2), yM: round(y0 + ext.yM / 2), facing: wall.facing }
    }
  }
  return null
}

const round = (vM: number) => Math.round(vM * 1000) / 1000
const floorTile = (vM: number) => tiles(Math.floor(vM / TILE_M + 1e-9))

/** The first free id of `prefix` + n (n = 1, 2, …) among `ids`. */
export function freeId(prefix: string, ids: readonly string[]): string {
  const used = new Set(ids)
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`
}
