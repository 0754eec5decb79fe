// Where the state marks stand for one snapshot: over each rack that is off (tripped or without power) and each
// failed cooling unit, a little above its top. Pure and allocation-free per frame (docs/views.md#rack-states).
import type { SceneLayout } from '../../../sim/index.ts'
import { sceneZ } from '../layout.ts'
import { iconIndex } from './markAtlas.ts'
import { rackConditionOf } from './rackState.ts'

/** Height of a mark's centre above the box it marks, m: clear of the lid labels. */
export const MARK_LIFT_M = 0.45

export interface MarkBuffers {
  /** xyz per mark, three.js space. */
  positions: Float32Array
  /** Index into MARK_ICONS per mark. */
  icons: Float32Array
}

/** Buffers for the most marks `layout` can show: one per rack and one per unit. */
export function markBuffers(layout: SceneLayout): MarkBuffers {
  const most = layout.racks.length + layout.units.length
  return { positions: new Float32Array(most * 3), icons: new Float32Array(most) }
}

const TRIPPED = iconIndex('tripped')
const UNPOWERED = iconIndex('unpowered')
const UNIT_FAILED = iconIndex('unitFailed')

/** Writes the marks of `frame` into `out` and returns how many there are. */
export function placeMarks(layout: SceneLayout, frame: Float64Array, out: MarkBuffers): number {
  let n = 0
  const put = (x: number, topM: number, floorYM: number, icon: number) => {
    out.positions[n * 3] = x
    out.positions[n * 3 + 1] = topM + MARK_LIFT_M
    out.positions[n * 3 + 2] = sceneZ(floorYM)
    out.icons[n++] = icon
  }
  layout.racks.forEach((r, i) => {
    const condition = rackConditionOf(layout, frame, i)
    if (condition !== 'running') put(r.xM, r.heightM, r.yM, condition === 'tripped' ? TRIPPED : UNPOWERED)
  })
  const running = layout.snapshot.unitRunning
  layout.units.forEach((u, j) => {
    if (frame[running + j] <= 0) put(u.xM, u.heightM, u.yM, UNIT_FAILED)
  })
  return n
}
