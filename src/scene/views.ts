// The camera presets, as pure numbers: the overview (the whole hall at an angle), the plan (straight down, north
// up) and the walk down the first cold aisle at eye height. docs/hall.md#reading-the-hall-labels-tooltips-views
import type { SceneLayout } from '../../sim/index.ts'
import { frameRoom } from './framing.ts'
import type { Framing, Vec3 } from './framing.ts'
import { roomBox, sceneZ } from './layout.ts'
import { coldAisleOf } from './rows.ts'
import type { FloorRect } from './rows.ts'

export type ViewName = 'overview' | 'aisle' | 'plan'

// Straight down would leave OrbitControls no azimuth (and lookAt no "up"): a millimetre south per metre keeps north
// at the top of the screen.
const PLAN_DIR: Vec3 = [0, 1, 1e-3]
/** Eye height of a person standing in the aisle, m. */
export const EYE_M = 1.7
// Standing two steps before the aisle's end (the first racks in view), looking a few degrees down at the floor tint.
const STEP_BACK_M = 2
const LOOK_DOWN_RAD = (6 * Math.PI) / 180
// The camera stays this far inside the walls.
const WALL_CLEARANCE_M = 0.3

/** The whole hall from the south-east, above: the view the hall opens with. */
export function overviewView(layout: SceneLayout, fovDeg: number, aspect: number): Framing {
  return frameRoom(roomBox(layout), fovDeg, aspect)
}

/**
 * Screen width the plan keeps clear at the canvas's left edge, px: the legend card (legend.css: 290 px wide, 12 px
 * from the edge) and a gap. The plan is the one view that fills the canvas's bottom-left corner.
 */
export const PLAN_CLEAR_LEFT_PX = 310
// A canvas narrower than this share left over keeps the whole width (the room would shrink too far).
const MIN_PLAN_SHARE = 0.6

/**
 * Straight down on the room, north up, from the height where the room and its racks just fit a canvas `widthPx` ×
 * `heightPx` less PLAN_CLEAR_LEFT_PX on the left, centred in what is left: the camera slides west until the room's
 * top edges (the nearest to the camera, so the widest on screen) sit evenly between that strip and the right edge.
 */
export function planView(layout: SceneLayout, fovDeg: number, widthPx: number, heightPx: number): Framing {
  const clearPx = widthPx - PLAN_CLEAR_LEFT_PX >= MIN_PLAN_SHARE * widthPx ? PLAN_CLEAR_LEFT_PX : 0
  const room = roomBox(layout)
  const f = frameRoom(room, fovDeg, (widthPx - clearPx) / heightPx, PLAN_DIR)
  // Metres per pixel at the height of the tallest rack or unit, which stands position[1] − heightM below the camera.
  const mPerPx = (2 * (f.position[1] - room.heightM) * Math.tan((fovDeg * Math.PI) / 360)) / heightPx
  const sparePx = widthPx - clearPx - room.widthM / mPerPx
  // Screen x of floor x is widthPx/2 + (x − targetX)/mPerPx: x = 0 goes to clearPx + sparePx/2.
  const targetX = (widthPx / 2 - clearPx - sparePx / 2) * mPerPx
  const dx = targetX - f.target[0]
  return {
    ...f,
    position: [f.position[0] + dx, f.position[1], f.position[2]],
    target: [targetX, f.target[1], f.target[2]],
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi)

/**
 * At eye height on the centre line of `aisle`, two steps (2 m) before its west (or south) end, looking along it towards its
 * centre: an aisle longer east-west than north-south is walked eastwards, else northwards.
 */
export function aisleFraming(aisle: FloorRect, room: SceneLayout['room']): Framing {
  const alongX = aisle.x1 - aisle.x0 >= aisle.y1 - aisle.y0
  const [cx, cy] = [(aisle.x0 + aisle.x1) / 2, (aisle.y0 + aisle.y1) / 2]
  const [ex, ey] = alongX
    ? [clamp(aisle.x0 - STEP_BACK_M, WALL_CLEARANCE_M, room.widthM), cy]
    : [cx, clamp(aisle.y0 - STEP_BACK_M, WALL_CLEARANCE_M, room.depthM)]
  const distanceM = Math.hypot(cx - ex, cy - ey)
  const targetY = Math.max(EYE_M - distanceM * Math.tan(LOOK_DOWN_RAD), 0)
  return {
    position: [ex, EYE_M, sceneZ(ey)],
    target: [cx, targetY, sceneZ(cy)],
    distanceM: Math.hypot(distanceM, EYE_M - targetY),
  }
}

/** Down the first cold aisle (rows.ts coldAisleOf), or null when the hall has no aisle to walk. */
export function aisleView(layout: SceneLayout): Framing | null {
  const aisle = coldAisleOf(layout)
  return aisle && aisleFraming(aisle, layout.room)
}

/** The preset `name` for `layout` on a canvas `widthPx` × `heightPx`; null for an aisle view of a hall without one. */
export function viewOf(
  name: ViewName,
  layout: SceneLayout,
  fovDeg: number,
  widthPx: number,
  heightPx: number,
): Framing | null {
  if (name === 'plan') return planView(layout, fovDeg, widthPx, heightPx)
  if (name === 'aisle') return aisleView(layout)
  return overviewView(layout, fovDeg, widthPx / heightPx)
}
