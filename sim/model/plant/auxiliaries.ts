// What the plant draws besides chillers and CRAH fans: pumps, tower fans, UPS-room cooling; their energy book.
// Derivation: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import type { PlantSpec } from './plantSpec.ts'
import { pumpDesign, pumpPoint, waterFlowM3s } from './pumps.ts'
import type { PumpDesign } from './pumps.ts'
import { towerFanW } from './tower.ts'

/** The auxiliaries sized for the chiller's reference capacity. */
export interface AuxiliaryDesign {
  readonly chilledWaterPump: PumpDesign
  /** Undefined with an air-cooled condenser: no condenser water, no tower. */
  readonly condenserWaterPump: PumpDesign | undefined
  /** Heat the tower rejects at design, Q_ref·(1 + 1/COP_ref), W. */
  readonly designHeatRejectedW: number
}

/**
 * Design flows from the design loads: chilled water carries Q_ref at the design ΔT (return − supply); the
 * condenser water carries Q_ref plus the chiller's input, Q_ref/COP_ref, at the tower range.
 */
export function auxiliaryDesign(spec: PlantSpec, refCapacityW: number, refCop: number): AuxiliaryDesign {
  const chwFlowM3s = waterFlowM3s(refCapacityW, spec.chilledWaterReturnC - spec.chilledWaterC)
  const designHeatRejectedW = refCapacityW * (1 + 1 / refCop)
  const cwFlowM3s = waterFlowM3s(designHeatRejectedW, spec.tower.rangeK)
  return {
    chilledWaterPump: pumpDesign(spec.chilledWaterPump, chwFlowM3s),
    condenserWaterPump:
      spec.condenser === 'water' ? pumpDesign(spec.condenserWaterPump, cwFlowM3s) : undefined,
    designHeatRejectedW,
  }
}

/** The auxiliaries' operating point (W, m³/s) and energy since the start (J). */
export interface AuxiliaryDraw {
  /** Heat the chilled water carries away: CRAH coils, plus the UPS room when the plant cools it, W. */
  chilledWaterLoadW: number
  chilledWaterFlowM3s: number
  chilledWaterPumpW: number
  condenserWaterFlowM3s: number
  condenserWaterPumpW: number
  /** Heat the tower rejects: chilled-water load + chiller input (economiser share included), W. */
  heatRejectedW: number
  towerFanW: number
  /** UPS losses released in the UPS room, W, and the power drawn to remove them (DX unit or chiller share). */
  upsRoomHeatW: number
  upsRoomCoolingW: number
  /** Sum of the four draws above, W: what the plant adds to cooling power beyond CRAH fans and compressors. */
  totalW: number
  chilledWaterPumpJ: number
  condenserWaterPumpJ: number
  towerFanJ: number
  upsRoomCoolingJ: number
}

export const createAuxiliaryDraw = (): AuxiliaryDraw => ({
  chilledWaterLoadW: 0,
  chilledWaterFlowM3s: 0,
  chilledWaterPumpW: 0,
  condenserWaterFlowM3s: 0,
  condenserWaterPumpW: 0,
  heatRejectedW: 0,
  towerFanW: 0,
  upsRoomHeatW: 0,
  upsRoomCoolingW: 0,
  totalW: 0,
  chilledWaterPumpJ: 0,
  condenserWaterPumpJ: 0,
  towerFanJ: 0,
  upsRoomCoolingJ: 0,
})

/**
 * Sets `draw` for a chilled-water load `chwLoadW` met by the economiser and a chiller drawing `chillerW`.
 * `upsRoomCoolingW` is the DX unit's draw, or the chiller's share by load when the UPS room is on chilled water.
 */
export function auxiliaryStep(
  draw: AuxiliaryDraw,
  spec: PlantSpec,
  design: AuxiliaryDesign,
  loads: { chwLoadW: number; chillerW: number; upsRoomHeatW: number; upsRoomCoolingW: number },
): void {
  const { chwLoadW, chillerW } = loads
  const chwDeltaTK = spec.chilledWaterReturnC - spec.chilledWaterC
  const chw = pumpPoint(design.chilledWaterPump, waterFlowM3s(chwLoadW, chwDeltaTK))
  const heatRejectedW = chwLoadW > 0 ? chwLoadW + chillerW : 0
  const cw = design.condenserWaterPump
    ? pumpPoint(design.condenserWaterPump, waterFlowM3s(heatRejectedW, spec.tower.rangeK))
    : { flowM3s: 0, powerW: 0 }
  draw.chilledWaterLoadW = chwLoadW
  draw.chilledWaterFlowM3s = chw.flowM3s
  draw.chilledWaterPumpW = chw.powerW
  draw.condenserWaterFlowM3s = cw.flowM3s
  draw.condenserWaterPumpW = cw.powerW
  draw.heatRejectedW = heatRejectedW
  draw.towerFanW = design.condenserWaterPump
    ? towerFanW(spec.tower, heatRejectedW, design.designHeatRejectedW)
    : 0
  draw.upsRoomHeatW = loads.upsRoomHeatW
  draw.upsRoomCoolingW = loads.upsRoomCoolingW
  draw.totalW = chw.powerW + cw.powerW + draw.towerFanW + loads.upsRoomCoolingW
}

/** Books `dtS` seconds at the current draws; returns the energy booked, J (rates are held between ticks). */
export function bookAuxiliaries(draw: AuxiliaryDraw, dtS: number): number {
  draw.chilledWaterPumpJ += draw.chilledWaterPumpW * dtS
  draw.condenserWaterPumpJ += draw.condenserWaterPumpW * dtS
  draw.towerFanJ += draw.towerFanW * dtS
  draw.upsRoomCoolingJ += draw.upsRoomCoolingW * dtS
  return draw.totalW * dtS
}
