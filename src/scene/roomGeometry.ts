// The hall's static surfaces merged into one geometry each, so the tinted aisles and the four walls cost one draw
// call apiece however many aisles a hall has (the large hall's 22 aisles, transparent and double-sided, were 44 of
// its 72 calls a frame): docs/performance.md#draw-calls.
import { BoxGeometry, BufferAttribute, Color, PlaneGeometry } from 'three'
import type { BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { SceneLayout } from '../../sim/index.ts'
import { sceneZ } from './layout.ts'
import { AISLE_HEX } from './palette.ts'

/** How strongly each kind of aisle tints the floor. */
export const AISLE_OPACITY = { cold: 0.32, hot: 0.2 } as const
/** Height of the aisle tint above the floor, m: clear of the floor and of its grid lines (0.002 m). */
const AISLE_LIFT_M = 0.004

/** Every aisle as a flat quad facing up, coloured (RGBA per vertex) by its kind; null when the hall has none. */
export function aisleGeometry(aisles: SceneLayout['aisles']): BufferGeometry | null {
  if (aisles.length === 0) return null
  const colour = new Color()
  const quads = aisles.map((a) => {
    const quad = new PlaneGeometry(a.widthM, a.depthM)
    quad.rotateX(-Math.PI / 2)
    quad.translate(a.xM + a.widthM / 2, AISLE_LIFT_M, sceneZ(a.yM + a.depthM / 2))
    // Color converts the sRGB hex to the linear working space, as a material's `color` would.
    colour.set(AISLE_HEX[a.kind])
    const n = quad.getAttribute('position').count
    const rgba = new Float32Array(4 * n)
    for (let i = 0; i < n; i++) rgba.set([colour.r, colour.g, colour.b, AISLE_OPACITY[a.kind]], 4 * i)
    quad.setAttribute('color', new BufferAttribute(rgba, 4))
    return quad
  })
  return merged(quads, 'aisles')
}

/** Four low walls just outside a `widthM` × `depthM` room, `heightM` tall and `thicknessM` thick. */
export function wallGeometry(
  widthM: number,
  depthM: number,
  heightM: number,
  thicknessM: number,
): BufferGeometry {
  const [w, d, t] = [widthM, depthM, thicknessM]
  // Walls sit outside the room so the floor plan coordinates stay exact; [x, floor y, size x, size y].
  const walls: [number, number, number, number][] = [
    [w / 2, -t / 2, w + 2 * t, t],
    [w / 2, d + t / 2, w + 2 * t, t],
    [-t / 2, d / 2, t, d],
    [w + t / 2, d / 2, t, d],
  ]
  const boxes = walls.map(([x, fy, sx, sz]) =>
    new BoxGeometry(sx, heightM, sz).translate(x, heightM / 2, sceneZ(fy)),
  )
  return merged(boxes, 'walls')
}

function merged(parts: BufferGeometry[], what: string): BufferGeometry {
  const geometry = mergeGeometries(parts)
  for (const p of parts) p.dispose()
  if (!geometry) throw new Error(`could not merge the ${what}' geometries`)
  return geometry
}
