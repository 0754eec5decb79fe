// What state a rack is in, read from one snapshot: running, tripped on inlet temperature, or without power;
// whether it is over a limit (pulses); and the sentence the tooltip and the Inspector show. Pure: the scene,
// the panels and the tests share it (docs/views.md#rack-states).
import { ASHRAE_CLASSES } from '../../../sim/index.ts'
import type { SceneLayout } from '../../../sim/index.ts'
import { fixed } from '../../ui/format.ts'

export type RackCondition = 'running' | 'tripped' | 'unpowered'

/**
 * 'unpowered' when no cord of the rack has a live PDU (a rack without a power chain always has power);
 * 'tripped' when its servers shut down on inlet temperature. No power wins: it is the cause to fix first.
 */
export function rackConditionOf(layout: SceneLayout, frame: Float64Array, i: number): RackCondition {
  const s = layout.snapshot
  if (layout.racks[i].pduA !== null && frame[s.rackLiveCords + i] === 0) return 'unpowered'
  return frame[s.rackTripped + i] === 1 ? 'tripped' : 'running'
}

/** The allowable maximum inlet of the rack's ASHRAE class, °C. */
export const allowableMaxC = (layout: SceneLayout, i: number): number =>
  ASHRAE_CLASSES[layout.racks[i].ashraeClass as keyof typeof ASHRAE_CLASSES]?.maxC ?? ASHRAE_CLASSES.A1.maxC

/** Over a limit: inlet above its class's allowable maximum, or drawing more than its power budget. */
export function overLimit(layout: SceneLayout, frame: Float64Array, i: number): boolean {
  const s = layout.snapshot
  return (
    frame[s.rackInletC + i] > allowableMaxC(layout, i) ||
    frame[s.rackPowerW + i] > layout.racks[i].powerBudgetKw * 1000
  )
}

/** Why a cord's PDU is dead: the PDU itself failed, or the UPS feeding it is down. */
function deadCordText(layout: SceneLayout, frame: Float64Array, pduId: string): string {
  const pdu = layout.power.pdus.findIndex((p) => p.id === pduId)
  const upsId = pdu >= 0 ? layout.power.pdus[pdu].upsId : ''
  const ups = layout.power.ups.findIndex((u) => u.id === upsId)
  const upsDown = ups >= 0 && frame[layout.snapshot.upsLive + ups] === 0
  return upsDown ? `${pduId} (${upsId} down)` : pduId
}

/**
 * One line on the rack's state, or null while it runs and is within its limits:
 * "No power: pdu-a1 and pdu-b1 failed", "Tripped: inlet reached 45 °C (now 41.2 °C, restarts below 35 °C)",
 * "Over limit: inlet 33.1 °C > 32 °C (A1)", "Over limit: 12.40 kW > 12 kW budget".
 */
export function rackStateText(layout: SceneLayout, frame: Float64Array, i: number): string | null {
  const s = layout.snapshot
  const rack = layout.racks[i]
  const inletC = frame[s.rackInletC + i]
  const condition = rackConditionOf(layout, frame, i)
  if (condition === 'unpowered') {
    const cords = [rack.pduA, rack.pduB].filter((id): id is string => id !== null)
    const dead = cords.map((id) => deadCordText(layout, frame, id))
    return `No power: ${dead.join(' and ')} failed`
  }
  if (condition === 'tripped') {
    const { tripInletC, resetInletC } = layout.protection
    return `Tripped: inlet reached ${tripInletC} °C (now ${fixed(inletC, 1)} °C, restarts below ${resetInletC} °C)`
  }
  const maxC = allowableMaxC(layout, i)
  if (inletC > maxC) return `Over limit: inlet ${fixed(inletC, 1)} °C > ${maxC} °C (${rack.ashraeClass})`
  const powerKw = frame[s.rackPowerW + i] / 1000
  if (powerKw > rack.powerBudgetKw)
    return `Over limit: ${fixed(powerKw, 2)} kW > ${rack.powerBudgetKw} kW budget`
  return null
}
