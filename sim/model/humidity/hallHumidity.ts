// The hall's moisture at one instant: outdoor air, room (return) air, each unit's supply and each rack's inlet
// (docs/physics.md#humidity-and-ashrae-classes).
import type { World } from '../world.ts'
import { apparatusDewPointC, coilLeavingHumidityRatio } from './coil.ts'
import {
  dewPointFromHumidityRatio,
  humidityRatioFromDewPoint,
  humidityRatioFromWetBulb,
  relativeHumidityPct,
} from './psychrometrics.ts'
import { economiserKind } from '../plant/plantSpec.ts'

export interface HallHumidity {
  /** Outdoor air now: humidity ratio, kg/kg, and dew point, °C. */
  outdoorRatio: number
  outdoorDewPointC: number
  /** True while an air-side economiser lets outdoor air into the CRAHs (chiller share below 1). */
  outdoorAirIn: boolean
  /** Room (return) air humidity ratio, kg/kg: the humidity control's, or the outdoor air's while it comes in. */
  roomRatio: number
  /** The coils' apparatus dew point, °C. */
  apparatusDewPointC: number
  /** Per unit: supply air humidity ratio, kg/kg, and dew point, °C (a failed unit: the room's). */
  readonly unitSupplyRatio: Float64Array
  readonly unitSupplyDewPointC: Float64Array
  /** Per rack: inlet humidity ratio, kg/kg, dew point, °C, and relative humidity at the inlet dry bulb, %. */
  readonly rackInletRatio: Float64Array
  readonly rackInletDewPointC: Float64Array
  readonly rackInletRhPct: Float64Array
}

export function createHallHumidity(world: World): HallHumidity {
  return {
    outdoorRatio: NaN,
    outdoorDewPointC: NaN,
    outdoorAirIn: false,
    roomRatio: NaN,
    apparatusDewPointC: NaN,
    unitSupplyRatio: new Float64Array(world.unitCount),
    unitSupplyDewPointC: new Float64Array(world.unitCount),
    rackInletRatio: new Float64Array(world.rackCount),
    rackInletDewPointC: new Float64Array(world.rackCount),
    rackInletRhPct: new Float64Array(world.rackCount),
  }
}

/**
 * Recomputes `h` from the world's current temperatures and plant point. Moisture is taken at its steady state
 * (racks add none; the humidity control or the outdoor air sets the room's), so nothing is integrated:
 * - room air: the dew point the humidity control holds (room.indoorDewPointC), or, while an air-side economiser
 *   brings outdoor air in, the outdoor air's humidity ratio (the supply follows it and the room follows the supply);
 * - each running unit's supply: its coil process (coil.ts) from the air it takes in (the room's at its return
 *   temperature; a CRAH on partial economiser takes 100 % outdoor air) to its supply temperature; a CRAH on
 *   full economiser mixes outdoor and return air to the setpoint with its coil idle, so W follows the outdoor air;
 * - each rack's inlet: its units' supply weighted as rackTemperatures weights their temperatures, plus the room
 *   share drawn in when the units move less air than the racks (recirculated exhaust carries the inlet's own W).
 */
export function humidityStep(h: HallHumidity, world: World): void {
  const { scenario, plantPoint } = world
  const plant = scenario.plant
  h.outdoorRatio = humidityRatioFromWetBulb(plantPoint.dryBulbC, plantPoint.wetBulbC)
  h.outdoorDewPointC = dewPointFromHumidityRatio(h.outdoorRatio)
  h.outdoorAirIn = economiserKind(plant) === 'airSide' && plantPoint.chillerFraction < 1
  h.roomRatio = h.outdoorAirIn ? h.outdoorRatio : humidityRatioFromDewPoint(scenario.room.indoorDewPointC)
  h.apparatusDewPointC = apparatusDewPointC(plant.chilledWaterC, plant.chilledWaterReturnC)
  let flowM3s = 0
  for (let j = 0; j < world.unitCount; j++) {
    const unit = scenario.coolingUnits[j]
    let ratio = h.roomRatio
    if (world.unitRunning[j]) {
      flowM3s += unit.airflowM3s * world.unitFlowFraction[j]
      const outdoorIn = h.outdoorAirIn && unit.type === 'crah'
      const partial = outdoorIn && plantPoint.chillerFraction > 0
      if (!outdoorIn || partial) {
        const enterC = partial ? plantPoint.dryBulbC : world.unitReturnC[j]
        const enterRatio = partial ? h.outdoorRatio : h.roomRatio
        ratio = coilLeavingHumidityRatio(enterC, enterRatio, world.unitSupplyC[j], h.apparatusDewPointC)
      }
    }
    h.unitSupplyRatio[j] = ratio
    h.unitSupplyDewPointC[j] = dewPointFromHumidityRatio(ratio)
  }
  inletRatios(h, world, flowM3s)
  // Inlets mostly share one humidity ratio: the last dew point is reused for an equal ratio (same result).
  let lastRatio = NaN
  let lastDewC = NaN
  for (let i = 0; i < world.rackCount; i++) {
    const ratio = h.rackInletRatio[i]
    if (ratio !== lastRatio) [lastRatio, lastDewC] = [ratio, dewPointFromHumidityRatio(ratio)]
    h.rackInletDewPointC[i] = lastDewC
    h.rackInletRhPct[i] = relativeHumidityPct(world.rackInletC[i], h.rackInletRatio[i])
  }
}

/** Each rack's inlet W: influence-weighted unit supplies, and the room's share when the units move too little. */
function inletRatios(h: HallHumidity, world: World, coolingFlowM3s: number): void {
  const { rackCount, unitCount, influence, unitRunning } = world
  let rackFlowM3s = 0
  for (let i = 0; i < rackCount; i++) rackFlowM3s += world.rackAirflowM3s[i]
  const roomShare = rackFlowM3s > coolingFlowM3s ? 1 - coolingFlowM3s / rackFlowM3s : 0
  let uniformRatio: number | undefined
  for (let j = 0; j < unitCount; j++)
    if (unitRunning[j]) {
      if (uniformRatio === undefined) uniformRatio = h.unitSupplyRatio[j]
      else if (uniformRatio !== h.unitSupplyRatio[j]) {
        uniformRatio = undefined
        break
      }
    }
  for (let i = 0; i < rackCount; i++) {
    let weight = 0
    let weighted = 0
    for (let j = 0; j < unitCount; j++)
      if (unitRunning[j]) {
        weight += influence[i * unitCount + j]
        weighted += influence[i * unitCount + j] * h.unitSupplyRatio[j]
      }
    // Equal supplies give exactly their ratio, not a weighted mean a rounding away from it.
    const unitsRatio = weight === 0 ? h.roomRatio : (uniformRatio ?? weighted / weight)
    h.rackInletRatio[i] =
      roomShare === 0 ? unitsRatio : (1 - roomShare) * unitsRatio + roomShare * h.roomRatio
  }
}
