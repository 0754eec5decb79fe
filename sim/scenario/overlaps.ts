// Nothing on the floor may overlap: a rack another rack or a cooling unit, a unit another unit, and a unit must
// stand inside the walls (racks are checked inside as they are laid out). docs/hall.md#edits-validation-and-undo
import type { CoolingUnitSpec } from './schema.ts'
import type { Rack } from './types.ts'
import { footprintOf, overlapM, type Footprint } from './footprint.ts'
import { jsonPath } from './jsonPath.ts'

type Report = (path: PropertyKey[], message: string) => void

/** Racks side by side share an edge; only an overlap deeper than this (1 µm) is one. */
const TOUCH_M = 1e-6

interface Item {
  what: string
  path: PropertyKey[]
  box: Footprint
}

/**
 * Reports every overlapping pair once, at the later item's path, naming both ids and the other's path. A sweep
 * along x: sorted by left edge, each item meets only those that start before it ends (460 racks: a few thousand
 * pairs, not 100,000).
 */
export function checkOverlaps(
  racks: readonly Rack[],
  rackPaths: ReadonlyMap<string, PropertyKey[]>,
  units: readonly CoolingUnitSpec[],
  report: Report,
): void {
  const items: Item[] = [
    ...racks.map((r) => ({ what: `rack "${r.id}"`, path: rackPaths.get(r.id) ?? [], box: footprintOf(r) })),
    ...units.map((u, j) => ({
      what: `cooling unit "${u.id}"`,
      path: ['coolingUnits', j],
      box: footprintOf(u),
    })),
  ]
  const order = items.map((_, i) => i).sort((a, b) => items[a].box.minXM - items[b].box.minXM || a - b)
  for (let s = 0; s < order.length; s++) {
    const a = items[order[s]]
    for (let t = s + 1; t < order.length; t++) {
      const b = items[order[t]]
      if (b.box.minXM >= a.box.maxXM - TOUCH_M) break
      const over = overlapM(a.box, b.box)
      if (over.xM <= TOUCH_M || over.yM <= TOUCH_M) continue
      const [first, later] = order[s] < order[t] ? [a, b] : [b, a]
      report(
        later.path,
        `${later.what} overlaps ${first.what} (${jsonPath(first.path)}) by ${over.xM.toFixed(2)} × ${over.yM.toFixed(2)} m`,
      )
    }
  }
}

/** A cooling unit's whole footprint must be inside the room, not only its centre. */
export function checkUnitsInsideRoom(
  units: readonly CoolingUnitSpec[],
  room: { widthM: number; depthM: number },
  report: Report,
): void {
  units.forEach((unit, j) => {
    const box = footprintOf(unit)
    if (
      box.minXM < -TOUCH_M ||
      box.minYM < -TOUCH_M ||
      box.maxXM > room.widthM + TOUCH_M ||
      box.maxYM > room.depthM + TOUCH_M
    )
      report(
        ['coolingUnits', j],
        `unit "${unit.id}" at (${unit.xM}, ${unit.yM}) m reaches (${box.minXM.toFixed(2)}…${box.maxXM.toFixed(2)}, ` +
          `${box.minYM.toFixed(2)}…${box.maxYM.toFixed(2)}) m, through the wall of the ${room.widthM} × ${room.depthM} m room`,
      )
  })
}
