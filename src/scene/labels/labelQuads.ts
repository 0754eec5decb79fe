// Where each label lies: flat on the lid of its rack or unit (reading west to east, north up, as the plan view reads)
// and on a rack's front face near the top (what someone in the cold aisle sees). Pure geometry in three.js space.
import type { FloorBox } from '../../../sim/index.ts'
import type { Vec3 } from '../framing.ts'
import { sceneZ, yawFor } from '../layout.ts'
import { footprint } from '../rows.ts'

/** A flat rectangle: centre, unit vectors along its text (right) and up the glyphs (up), and its size, m. */
export interface Quad {
  center: Vec3
  right: Vec3
  up: Vec3
  widthM: number
  heightM: number
}

// The racks are drawn this much narrower than their footprint (Racks.tsx GAP_M): labels fit the drawn box.
const GAP_M = 0.05
// Off the surface, so the label never fights the lid or face for the same depth.
const LIFT_M = 0.004
/** Largest label height on a lid (racks, units) and on a rack's front, m. */
export const MAX_LID_LABEL_M = { rack: 0.24, unit: 0.4 } as const
export const MAX_FRONT_LABEL_M = 0.14
export const MAX_UNIT_FRONT_LABEL_M = 0.35

/** The height at which a label of `aspect` (width ÷ height) fits `lengthM` × `depthM` with a margin. */
const fit = (aspect: number, lengthM: number, depthM: number, maxM: number) =>
  Math.min(maxM, (0.92 * lengthM) / aspect, 0.8 * depthM)

/** On the lid: text along +x, glyphs pointing north (three.js −z), as large as the lid allows up to `maxM`. */
export function lidQuad(box: FloorBox, aspect: number, maxM: number): Quad {
  const f = footprint(box)
  const heightM = fit(aspect, f.x1 - f.x0 - GAP_M, f.y1 - f.y0 - GAP_M, maxM)
  return {
    center: [box.xM, box.heightM + LIFT_M, sceneZ(box.yM)],
    right: [1, 0, 0],
    up: [0, 0, -1],
    widthM: heightM * aspect,
    heightM,
  }
}

/** On the front face, just under the top, reading left to right for someone facing the rack. */
export function frontQuad(box: FloorBox, aspect: number, maxM = MAX_FRONT_LABEL_M): Quad {
  // The front's outward normal in three.js space (layout.ts: yaw turns local +z to the facing).
  const yaw = yawFor(box.facing)
  const n: Vec3 = [Math.sin(yaw), 0, Math.cos(yaw)]
  const heightM = fit(aspect, box.widthM - GAP_M, box.heightM, maxM)
  const out = (box.depthM - GAP_M) / 2 + LIFT_M
  const y = box.heightM - 0.06 - heightM / 2
  // The viewer looks along −n with +y up; their right hand points along (−n) × up = (n.z, 0, −n.x).
  return {
    center: [box.xM + n[0] * out, y, sceneZ(box.yM) + n[2] * out],
    right: [n[2] + 0, 0, -n[0] + 0],
    up: [0, 1, 0],
    widthM: heightM * aspect,
    heightM,
  }
}

/** The four corners of `q`: bottom-left, bottom-right, top-right, top-left (counter-clockwise seen from its front). */
export function corners(q: Quad): Vec3[] {
  const at = (sx: number, sy: number): Vec3 =>
    [0, 1, 2].map(
      (k) => q.center[k] + q.right[k] * sx * (q.widthM / 2) + q.up[k] * sy * (q.heightM / 2),
    ) as Vec3
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)]
}
