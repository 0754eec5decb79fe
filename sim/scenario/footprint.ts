// A rack's or cooling unit's rectangle on the floor plan, from its centre, size and facing.
import type { Facing } from './schema.ts'

/** An axis-aligned rectangle on the floor, m. */
export interface Footprint {
  minXM: number
  minYM: number
  maxXM: number
  maxYM: number
}

/**
 * The floor rectangle of a box centred at (xM, yM): its width runs across its facing, its depth along it (a unit
 * facing +x is `depthM` long in x and `widthM` in y), as the scene draws it (src/scene/layout.ts).
 */
export function footprintOf(box: {
  xM: number
  yM: number
  widthM: number
  depthM: number
  facing: Facing
}): Footprint {
  const sideways = box.facing === '+x' || box.facing === '-x'
  const halfXM = (sideways ? box.depthM : box.widthM) / 2
  const halfYM = (sideways ? box.widthM : box.depthM) / 2
  return {
    minXM: box.xM - halfXM,
    minYM: box.yM - halfYM,
    maxXM: box.xM + halfXM,
    maxYM: box.yM + halfYM,
  }
}

/** How far two footprints overlap in x and y, m (either ≤ 0: they do not). */
export function overlapM(a: Footprint, b: Footprint): { xM: number; yM: number } {
  return {
    xM: Math.min(a.maxXM, b.maxXM) - Math.max(a.minXM, b.minXM),
    yM: Math.min(a.maxYM, b.maxYM) - Math.max(a.minYM, b.minYM),
  }
}
