// Shared scratch objects and the one helper that turns an InstanceTransform into a Matrix4.
import { Matrix4, Quaternion, Vector3 } from 'three'
import type { Color, InstancedMesh } from 'three'
import type { InstanceTransform } from './layout.ts'

const position = new Vector3()
const rotation = new Quaternion()
const scale = new Vector3()
const UP = new Vector3(0, 1, 0)

/** Writes `t` into `out` (allocation-free, so it can run for thousands of instances). */
export function composeTransform(t: InstanceTransform, out: Matrix4, grow = 0): Matrix4 {
  position.set(t.x, t.y, t.z)
  rotation.setFromAxisAngle(UP, t.yawRad)
  scale.set(t.sx + grow, t.sy + grow, t.sz + grow)
  return out.compose(position, rotation, scale)
}

const scratchMatrix = new Matrix4()

/**
 * Places every instance once (matrices from `transforms`, a starting colour) and refreshes the bounds:
 * raycasting culls on them, and computed lazily they would miss matrices set after the first query.
 */
export function placeInstances(mesh: InstancedMesh, transforms: InstanceTransform[], colour: Color): void {
  transforms.forEach((t, i) => {
    mesh.setMatrixAt(i, composeTransform(t, scratchMatrix))
    mesh.setColorAt(i, colour)
  })
  mesh.instanceMatrix.needsUpdate = true
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
  mesh.computeBoundingBox()
  mesh.computeBoundingSphere()
}
