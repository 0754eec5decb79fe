// The air side of every cooling unit at the end of a run: fan heat, coil load and the air temperatures around them.
import type { World } from '../model/world.ts'
import { airTemperatureRiseK } from '../model/air.ts'

/**
 * Per unit and summed (docs/physics.md#fan-heat-and-the-air-side-first-law): the fan's heat and its rise
 * ΔT_fan = P_fan/(ρ·c_p·V̇), the coil load (what the plant carries), the net heat the unit takes from the room
 * (coil load − fan heat), and return, coil-leaving and supply air. A failed unit moves no air: all zero but
 * its temperatures, which read the room air.
 */
export function airSideOf(world: Readonly<World>) {
  const units = world.scenario.coolingUnits.map((unit, j) => ({
    id: unit.id,
    fanPosition: unit.fanPosition,
    supplySensor: unit.supplySensor,
    fanHeatKw: world.unitFanW[j] / 1000,
    fanRiseK: airTemperatureRiseK(world.unitFanW[j], unit.airflowM3s * world.unitFlowFraction[j]),
    coilLoadKw: world.unitLoadW[j] / 1000,
    netRemovalKw: (world.unitLoadW[j] - world.unitFanW[j]) / 1000,
    returnC: world.unitReturnC[j],
    coilLeavingC: world.unitCoilLeavingC[j],
    supplyC: world.unitSupplyC[j],
  }))
  const total = (key: 'fanHeatKw' | 'coilLoadKw' | 'netRemovalKw') =>
    units.reduce((sum, u) => sum + u[key], 0)
  return {
    units,
    fanHeatKw: total('fanHeatKw'),
    coilLoadKw: total('coilLoadKw'),
    netRemovalKw: total('netRemovalKw'),
    /** IT + fans + lighting + PDU losses, kW: what the coils remove at steady state. */
    heatInKw: world.heatInW / 1000,
  }
}

export type AirSideReport = ReturnType<typeof airSideOf>
