// Pure camera framing: where to put a perspective camera so a whole room fills the view.
import type { SceneLayout } from '../../sim/index.ts'
import { sceneZ } from './layout.ts'

export type Vec3 = [number, number, number]

/** The hall camera's vertical field of view. */
export const CAMERA_FOV_DEG = 45

export interface Framing {
  target: Vec3
  position: Vec3
  distanceM: number
}

const normalize = (v: Vec3): Vec3 => {
  const n = Math.hypot(v[0], v[1], v[2])
  return [v[0] / n, v[1] / n, v[2] / n]
}
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const along = (p: Vec3, v: Vec3, s: number): Vec3 => [p[0] + v[0] * s, p[1] + v[1] * s, p[2] + v[2] * s]
const minus = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]

/**
 * Frames the room box x ∈ [0,w], y ∈ [0,h], z ∈ [sceneZ(d), 0] (floor y runs along three.js −z) seen from direction
 * `dir` (target → camera, any length) with vertical field of view `fovDeg` and the horizontal one implied by
 * `aspect`. The target stays on the floor; it slides until the box's projection is centred (perspective
 * makes the near edge look bigger, so the floor centre is not the picture centre), and the distance is the
 * smallest that keeps every corner in view, times `margin`.
 */
export function frameRoom(
  room: SceneLayout['room'],
  fovDeg: number,
  aspect: number,
  dir: Vec3 = [0.3, 1.7, 1],
  margin = 1.04,
): Framing {
  const back = normalize(dir)
  const right = normalize(cross([0, 1, 0], back))
  const up = cross(back, right)
  // Sliding the target along the floor towards the view moves the picture up by forward·up per metre.
  const forward = normalize([-back[0], 0, -back[2]])
  const tanV = Math.tan((fovDeg * Math.PI) / 360)
  const tanH = tanV * aspect
  const corners: Vec3[] = []
  for (const x of [0, room.widthM])
    for (const y of [0, room.heightM]) for (const z of [0, sceneZ(room.depthM)]) corners.push([x, y, z])

  let target: Vec3 = [room.widthM / 2, 0, sceneZ(room.depthM / 2)]
  let distanceM = 0
  for (let pass = 0; pass < 12; pass++) {
    // The smallest distance at which a frustum centred on `target` holds every corner:
    // a corner at depth D - p·back needs |p·right| ≤ depth·tanH and |p·up| ≤ depth·tanV.
    distanceM = 0
    for (const c of corners) {
      const p = minus(c, target)
      const need = Math.max(Math.abs(dot(p, right)) / tanH, Math.abs(dot(p, up)) / tanV) + dot(p, back)
      distanceM = Math.max(distanceM, need)
    }
    // Where the corners land on screen, as tangents; then slide the target to centre them.
    let [uMin, uMax, vMin, vMax] = [Infinity, -Infinity, Infinity, -Infinity]
    for (const c of corners) {
      const p = minus(c, target)
      const depth = distanceM - dot(p, back)
      const u = dot(p, right) / depth
      const v = dot(p, up) / depth
      ;[uMin, uMax, vMin, vMax] = [Math.min(uMin, u), Math.max(uMax, u), Math.min(vMin, v), Math.max(vMax, v)]
    }
    target = along(target, right, ((uMin + uMax) / 2) * distanceM)
    target = along(target, forward, (((vMin + vMax) / 2) * distanceM) / dot(forward, up))
  }
  distanceM *= margin
  return { target, position: along(target, back, distanceM), distanceM }
}
