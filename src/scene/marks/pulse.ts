// The pulse of racks over a limit: which racks pulse (running and over their inlet class or power budget) and
// their colour at time t, brightened toward white and back (docs/views.md#rack-states).
import { Color } from 'three'
import type { InstancedMesh } from 'three'
import type { SceneLayout } from '../../../sim/index.ts'
import { overLimit, rackConditionOf } from './rackState.ts'

/** One brighten-and-fade cycle, s: about a heartbeat, noticeable without strobing (WCAG 2.3.1: < 3 flashes/s). */
export const PULSE_PERIOD_S = 1.2
/** How far toward white a pulsing rack goes at the top of a cycle. */
export const PULSE_DEPTH = 0.4

const WHITE = new Color(1, 1, 1)
const scratch = new Color()

export interface PulseSet {
  index: Int32Array
  /** Linear RGB per rack index (3 per rack), the colour painted before the pulse. */
  base: Float32Array
}

/** Records the racks of `frame` that pulse and their painted colours; returns how many. */
export function findPulsing(
  layout: SceneLayout,
  frame: Float64Array,
  mesh: InstancedMesh,
  out: PulseSet,
): number {
  let n = 0
  for (let i = 0; i < layout.racks.length; i++) {
    if (rackConditionOf(layout, frame, i) !== 'running' || !overLimit(layout, frame, i)) continue
    mesh.getColorAt(i, scratch)
    out.base[i * 3] = scratch.r
    out.base[i * 3 + 1] = scratch.g
    out.base[i * 3 + 2] = scratch.b
    out.index[n++] = i
  }
  return n
}

/** Rack i's colour at time `tS`: its base colour mixed toward white by 0..PULSE_DEPTH on a sine. */
export function pulseColour(base: Float32Array, i: number, tS: number, out: Color): Color {
  const k = PULSE_DEPTH * (0.5 - 0.5 * Math.cos((2 * Math.PI * tS) / PULSE_PERIOD_S))
  return out.setRGB(base[i * 3], base[i * 3 + 1], base[i * 3 + 2]).lerp(WHITE, k)
}
