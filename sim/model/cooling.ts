// coolingStep: cooling units against the room air: fan speeds, coil loads, supply temperatures, fan and plant power.
import type { World } from './world.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import { mooreCop } from './plant/cracCop.ts'
import { coilLoadW } from './zone.ts'
import type { CoilLine } from './zone.ts'
import type { CoolingUnitSpec } from '../scenario/schema.ts'
import { fanPowerW } from './plant/fan.ts'
import { plantStep } from './plant/plantStep.ts'

type FanPosition = CoolingUnitSpec['fanPosition']

/**
 * Running unit j as the zone integrator sees it: the supply temperature it holds, ρ·c_p·V̇ at its fan speed, its
 * capacity and its fan's heat. A sensor at the coil outlet of a draw-through unit holds the air before the fan,
 * so the supply it holds is the setpoint plus the fan's rise (docs/physics.md#fan-heat-and-the-air-side-first-law).
 */
export function coilLine(world: World, j: number): CoilLine {
  const unit = world.scenario.coolingUnits[j]
  const conductanceWK = AIR_HEAT_CAPACITY_J_M3K * unit.airflowM3s * world.unitFlowFraction[j]
  const fanHeatW = world.unitFanW[j]
  const sensorBeforeFan = unit.supplySensor === 'coilLeaving' && unit.fanPosition === 'drawThrough'
  return {
    setpointC: world.unitSetpointC[j] + (sensorBeforeFan ? fanHeatW / conductanceWK : 0),
    conductanceWK,
    capacityW: unit.capacityKw * 1000,
    fanHeatW,
  }
}

/** The running units' coil lines. */
export function coilLines(world: World): CoilLine[] {
  const lines: CoilLine[] = []
  for (let j = 0; j < world.unitCount; j++) if (world.unitRunning[j]) lines.push(coilLine(world, j))
  return lines
}

/** One running unit's air side: coil load, W; supply air (after the fan) and coil-leaving air, °C. */
export interface UnitAirPoint {
  coilLoadW: number
  supplyC: number
  coilLeavingC: number
}

/**
 * The unit's operating point with return air at `airC`, the one formula coolingStep and the time-to-limit
 * projection share. First law over the unit: ρc_pV̇·(T_supply − T_return) = P_fan − Q_coil. The fan's rise
 * ΔT_fan = P_fan/(ρc_pV̇) lies between coil and supply for a draw-through fan, before the coil for blow-through.
 */
export function unitAirPoint(line: CoilLine, fanPosition: FanPosition, airC: number): UnitAirPoint {
  const load = coilLoadW(line, airC)
  const fanRiseK = line.fanHeatW / line.conductanceWK
  const supplyC = airC + fanRiseK - load / line.conductanceWK
  return {
    coilLoadW: load,
    supplyC,
    coilLeavingC: fanPosition === 'drawThrough' ? supplyC - fanRiseK : supplyC,
  }
}

/**
 * Fan speeds: rated, or (matchRackAirflow) slowed together so the running units supply 110 % of what the
 * racks draw, never below the minimum speed; fan power by the affinity cube law (docs/physics.md#cooling-units-and-fans).
 */
function fanStep(world: World): void {
  const { scenario, unitCount, unitRunning } = world
  let ratedM3s = 0
  for (let j = 0; j < unitCount; j++) if (unitRunning[j]) ratedM3s += scenario.coolingUnits[j].airflowM3s
  let rackM3s = 0
  for (let i = 0; i < world.rackCount; i++) rackM3s += world.rackAirflowM3s[i]
  const { fanControl, fanMinSpeedFraction } = scenario.plant
  const wanted = fanControl === 'constant' || ratedM3s === 0 ? 1 : (1.1 * rackM3s) / ratedM3s
  const fraction = Math.min(1, Math.max(fanMinSpeedFraction, wanted))
  for (let j = 0; j < unitCount; j++) {
    world.unitFlowFraction[j] = unitRunning[j] ? fraction : 0
    world.unitFanW[j] = unitRunning[j]
      ? fanPowerW(scenario.coolingUnits[j].fanPowerW, fraction, fanMinSpeedFraction)
      : 0
  }
}

/**
 * Each running unit draws room air at the zone air temperature; its fan heats that air and its coil removes
 * what brings it to the setpoint, at most its capacity (unitAirPoint): past capacity its supply air warms with the
 * room; a failed unit moves no air and removes nothing. Electrical power behind the coils: CRAHs share the
 * chilled-water plant (economiser + DOE-2 chiller at the outdoor conditions of `epochS`); a CRAC's compressor
 * draws removed / CoP(supply) by Moore et al. (2005). Sets heatInW = IT + fans + lighting + PDU losses.
 */
export function coolingStep(world: World, epochS: number): void {
  const { scenario, unitCount, unitRunning } = world
  fanStep(world)
  let fanW = 0
  let crahLoadW = 0
  for (let j = 0; j < unitCount; j++) {
    const unit = scenario.coolingUnits[j]
    // With zones each unit draws its own zone's air (docs/physics.md#zones-of-influence).
    const airC = world.zones ? world.zones.state.airC[j] : world.zone.airC
    world.unitReturnC[j] = airC
    if (!unitRunning[j]) {
      world.unitLoadW[j] = world.unitCompressorW[j] = 0
      world.unitSupplyC[j] = world.unitCoilLeavingC[j] = airC
      continue
    }
    const point = unitAirPoint(coilLine(world, j), unit.fanPosition, airC)
    world.unitLoadW[j] = point.coilLoadW
    world.unitSupplyC[j] = point.supplyC
    world.unitCoilLeavingC[j] = point.coilLeavingC
    world.unitCompressorW[j] = unit.type === 'crac' ? point.coilLoadW / mooreCop(point.supplyC) : 0
    // The plant carries the true coil load, the fan's heat included.
    if (unit.type === 'crah') crahLoadW += point.coilLoadW
    fanW += world.unitFanW[j]
  }
  // Chiller shares per CRAH, pumps, tower fans, UPS-room cooling (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories).
  plantStep(world, crahLoadW, epochS)
  let compressorW = 0
  for (let j = 0; j < unitCount; j++) compressorW += world.unitCompressorW[j]
  const t = world.totals
  t.fanW = fanW
  t.compressorW = compressorW
  t.coolingW = fanW + compressorW + world.plantAuxiliaries.totalW
  // PDUs stand in the hall, so their losses heat it; the UPS room is cooled separately.
  world.heatInW = t.itW + fanW + t.lightingW + t.pduLossW
}
