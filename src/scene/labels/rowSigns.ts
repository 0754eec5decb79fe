// Where a row's name sign goes (pure): hanging over the row's end when the hall is seen at a slant, beside it when
// seen from straight above. docs/hall.md#reading-the-hall-labels-tooltips-views
import type { RowExtent } from '../rows.ts'

// Above the rack tops, so the sign never covers the row's own lids; or this far off the row's end.
const ABOVE_M = 0.45
const BESIDE_M = 0.2

/** The hanging sign's text: "Row A", or the row's own name when it already says so (NetBox's "Row-1", not "Row Row-1"). */
export const signText = (rowId: string): string => (/^row\b/i.test(rowId) ? rowId : `Row ${rowId}`)

/** A sign's place: floor position, height, and which point of the sign sits there (three's Sprite.center). */
export interface SignSpot {
  xM: number
  yM: number
  liftM: number
  center: [number, number]
}

/**
 * Where a row's sign goes. Seen at a slant it hangs above the middle of the row's west-end rack (south end for a row
 * along y), clear of the lids; seen from straight above, hanging there would cover the first racks, so it lies
 * beside the row instead, just west (or south) of its end.
 */
export function rowSignSpots(row: RowExtent): { hanging: SignSpot; beside: SignSpot } {
  // A square row (two 0.6 m racks 1.2 m deep) runs across its racks' facing: one facing ±y runs along x.
  const [dx, dy] = [row.x1 - row.x0, row.y1 - row.y0]
  const alongX = Math.abs(dx - dy) > 0.01 ? dx > dy : row.facing === '+y' || row.facing === '-y'
  const across = alongX ? row.y1 - row.y0 : row.x1 - row.x0
  const [xc, yc] = [(row.x0 + row.x1) / 2, (row.y0 + row.y1) / 2]
  const liftM = row.heightM + ABOVE_M
  // At the racks' lid height: nothing standing beside the row (a unit at the wall, the next block) hides it.
  const besideLiftM = row.heightM + 0.05
  return alongX
    ? {
        hanging: { xM: row.x0 + across / 4, yM: yc, liftM, center: [0.5, 0] },
        beside: { xM: row.x0 - BESIDE_M, yM: yc, liftM: besideLiftM, center: [1, 0.5] },
      }
    : {
        hanging: { xM: xc, yM: row.y0 + across / 4, liftM, center: [0.5, 0] },
        beside: { xM: xc, yM: row.y0 - BESIDE_M, liftM: besideLiftM, center: [0.5, 1] },
      }
}
