// Per-rack figures the 'power' and 'headroom' colour modes paint, from one snapshot (docs/views.md#colour-modes).
import { ASHRAE_CLASSES } from '../../sim/index.ts'
import type { SceneLayout } from '../../sim/index.ts'
import { allowableMaxC } from './marks/rackState.ts'

/** What the rack draws now over its power budget: 0.8 = 80 % of the budget. */
export const powerShare = (layout: SceneLayout, frame: Float64Array, i: number): number =>
  frame[layout.snapshot.rackPowerW + i] / (layout.racks[i].powerBudgetKw * 1000)

/**
 * The hall's cooling headroom: 1 − heat the running units carry / their capacity (failed units count neither).
 * One figure for every rack: the units mix the room's air, so any rack's heat lands on all of them.
 */
export function coolingHeadroom(layout: SceneLayout, frame: Float64Array): number {
  const s = layout.snapshot
  let loadW = 0
  let capacityW = 0
  layout.units.forEach((u, j) => {
    if (frame[s.unitRunning + j] <= 0) return
    loadW += frame[s.unitLoadW + j]
    capacityW += u.capacityKw * 1000
  })
  return capacityW > 0 ? 1 - loadW / capacityW : 0
}

// The bottom of the recommended band: an inlet here has all of its range left.
const RECOMMENDED_MIN_C = ASHRAE_CLASSES.recommended.minC

/** Inlet headroom: the share of the span from 18 °C to the class's allowable maximum still left. */
export function inletHeadroom(layout: SceneLayout, frame: Float64Array, i: number): number {
  const maxC = allowableMaxC(layout, i)
  return (maxC - frame[layout.snapshot.rackInletC + i]) / (maxC - RECOMMENDED_MIN_C)
}

/**
 * The rack's headroom: the least of power (1 − powerShare), cooling and inlet headroom, each a share of its
 * own limit, capped at 1 (an inlet below 18 °C has no more than all of its range). Negative: over a limit.
 */
export function rackHeadroom(layout: SceneLayout, frame: Float64Array, i: number, cooling: number): number {
  return Math.min(1, 1 - powerShare(layout, frame, i), cooling, inletHeadroom(layout, frame, i))
}
