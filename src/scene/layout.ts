// Pure mapping from the engine's floor plan (SceneLayout) to three.js instance transforms.
import type { FloorBox, Rack, SceneLayout } from '../../sim/index.ts'

/**
 * Floor plan → three.js: x stays x, height is +y and floor y is three.js −z. The default camera looks
 * from +z, so north (+y) points away from the viewer with x to the right, as on a drawn floor plan;
 * mapping y → +z would show the plan mirrored.
 */
// 0 − y rather than −y, so the origin stays +0 and does not leak −0 into tests and buffers.
export const sceneZ = (floorYM: number): number => 0 - floorYM

/** One instance in three.js space (see sceneZ); yaw turns the box's local +z (its front) to its facing. */
export interface InstanceTransform {
  x: number
  y: number
  z: number
  yawRad: number
  sx: number
  sy: number
  sz: number
}

// A yaw θ about +y turns local +z into (sin θ, 0, cos θ): north (+y, three.js −z) is θ = π, south is 0.
const YAW_RAD: Record<Rack['facing'], number> = {
  '+y': Math.PI,
  '-y': 0,
  '+x': Math.PI / 2,
  '-x': -Math.PI / 2,
}

/** Yaw about three.js +y that points a unit box's local +z (its front) along `facing`. */
export function yawFor(facing: string): number {
  const yaw = YAW_RAD[facing as Rack['facing']]
  if (yaw === undefined) throw new Error(`unknown facing "${facing}"`)
  return yaw
}

/**
 * Transforms for a unit box (1 m cube centred on the origin) standing on the floor.
 * Local x is the width, local z the depth; `gapM` is taken off both so neighbours in a row read as separate boxes.
 */
export function instanceTransform(box: FloorBox, gapM = 0): InstanceTransform {
  return {
    x: box.xM,
    y: box.heightM / 2,
    z: sceneZ(box.yM),
    yawRad: yawFor(box.facing),
    sx: Math.max(box.widthM - gapM, 0.01),
    sy: box.heightM,
    sz: Math.max(box.depthM - gapM, 0.01),
  }
}

/**
 * The least height the camera frames, m: a 42 U rack's. An empty hall is framed as it will look once racks stand in
 * it (the first rack added does not change the view); framed flat, its floor filled the canvas edge to edge and the
 * 0.4 m walls, outside and above the floor, ran off the top and under the view buttons.
 * docs/hall.md#reading-the-hall-labels-tooltips-views
 */
export const MIN_FRAMED_HEIGHT_M = 2

/**
 * The box the camera frames: the floor and what stands on it, at least MIN_FRAMED_HEIGHT_M tall. The ceiling
 * height would only add empty space above the racks.
 */
export function roomBox(layout: SceneLayout): SceneLayout['room'] {
  const tallestM = Math.max(
    MIN_FRAMED_HEIGHT_M,
    ...layout.racks.map((r) => r.heightM),
    ...layout.units.map((u) => u.heightM),
  )
  return { widthM: layout.room.widthM, depthM: layout.room.depthM, heightM: tallestM }
}

/** Transforms for every rack, index i = rack i of the snapshot. */
export function rackTransforms(layout: SceneLayout, gapM = 0): InstanceTransform[] {
  return layout.racks.map((r) => instanceTransform(r, gapM))
}

/** Transforms for every cooling unit, index j = unit j of the snapshot. */
export function unitTransforms(layout: SceneLayout, gapM = 0): InstanceTransform[] {
  return layout.units.map((u) => instanceTransform(u, gapM))
}

/** Floor-grid line segments (x0,y,z0, x1,y,z1 …) every `tileM` across a room, at height `yM`, in three.js space. */
export function gridSegments(widthM: number, depthM: number, tileM: number, yM = 0): Float32Array {
  // Multiples of the tile (not a running sum, which drifts); the epsilon keeps a line on the far wall
  // when the room is a whole number of tiles.
  const ticks = (lengthM: number) =>
    Array.from({ length: Math.floor(lengthM / tileM + 1e-9) + 1 }, (_, i) => i * tileM)
  const xs = ticks(widthM)
  const ys = ticks(depthM)
  const out = new Float32Array((xs.length + ys.length) * 6)
  let k = 0
  for (const x of xs) out.set([x, yM, 0, x, yM, sceneZ(depthM)], k++ * 6)
  for (const fy of ys) out.set([0, yM, sceneZ(fy), widthM, yM, sceneZ(fy)], k++ * 6)
  return out
}
