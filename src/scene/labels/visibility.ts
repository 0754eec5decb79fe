// Which labels are drawn: those near enough to read. A label h metres tall at distance d spans
// h · H / (2 d tan(fov/2)) pixels on a canvas H pixels high; below MIN_LABEL_PX its capitals are smaller than the
// 16 minutes of arc ISO 9241-3 sets as the least character height, so it is clutter, not text.
// docs/hall.md#reading-the-hall-labels-tooltips-views
import type { Vec3 } from '../framing.ts'

/**
 * The smallest label (its cell: text plus padding) worth drawing, px. 16′ of arc at 60 cm is 2.79 mm, 10.6 px at
 * 96 px per inch; capitals fill 0.54 of a cell (a 36 px font in a 48 px cell, capitals 0.72 of the font), so 20 px.
 */
export const MIN_LABEL_PX = 20

/** The farthest a label `heightM` tall is drawn from, m, on a canvas `canvasPx` high with vertical field `fovDeg`. */
export function readableWithinM(
  heightM: number,
  canvasPx: number,
  fovDeg: number,
  minPx = MIN_LABEL_PX,
): number {
  return (heightM * canvasPx) / (2 * Math.tan((fovDeg * Math.PI) / 360) * minPx)
}

/**
 * Marks in `out` (1 shown, 0 hidden) each label whose centre (xyz triples in `centers`) lies within
 * `heightsM[i] × reachPerM` of the camera (reachPerM: readableWithinM(1, …)); returns whether any mark changed,
 * so the caller rebuilds its draw list only then.
 */
export function markReadable(
  centers: Float32Array,
  heightsM: Float32Array,
  reachPerM: number,
  camera: Vec3,
  out: Uint8Array,
): boolean {
  let changed = false
  for (let i = 0; i < out.length; i++) {
    const within = heightsM[i] * reachPerM
    const dx = centers[3 * i] - camera[0]
    const dy = centers[3 * i + 1] - camera[1]
    const dz = centers[3 * i + 2] - camera[2]
    const shown = dx * dx + dy * dy + dz * dz <= within * within ? 1 : 0
    if (out[i] !== shown) changed = true
    out[i] = shown
  }
  return changed
}
