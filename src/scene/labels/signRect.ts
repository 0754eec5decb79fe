// Where a screen-sized sign shows on the canvas: its anchor projected by the camera, then its plate laid around
// that point as three's Sprite.center says. docs/hall.md#reading-the-hall-labels-tooltips-views
import { Vector3 } from 'three'
import type { Camera } from 'three'
import type { ScreenRect } from './declutter.ts'

const ndc = new Vector3()

/**
 * The rectangle, CSS px on a canvas `canvasW` × `canvasH`, of a sign `widthPx` × `heightPx` on screen whose point
 * `center` (0…1 from its bottom-left, as Sprite.center) sits at `at` in the scene; null when `at` is behind the
 * camera or past its far plane. The camera's world matrices must be current (camera.updateMatrixWorld()).
 */
export function signRect(
  at: { x: number; y: number; z: number },
  center: readonly [number, number],
  widthPx: number,
  heightPx: number,
  camera: Camera,
  canvasW: number,
  canvasH: number,
): ScreenRect | null {
  ndc.set(at.x, at.y, at.z).project(camera)
  if (ndc.z < -1 || ndc.z > 1) return null
  const [sx, sy] = [((ndc.x + 1) / 2) * canvasW, ((1 - ndc.y) / 2) * canvasH]
  const x0 = sx - center[0] * widthPx
  const y1 = sy + center[1] * heightPx
  return { x0, y0: y1 - heightPx, x1: x0 + widthPx, y1 }
}
