// coolingStep: cooling units against the room air: fan speeds, coil loads, supply temperatures, fan and plant power.
import type { World } from './world.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import { mooreCop } from './plant/cracCop.ts'
import type { CoilLine } from './zone.ts'
import { fanPowerW } from './plant/fan.ts'
import { plantPoint } from './plant/plantModel.ts'

/** The running units as the zone integrator sees them (setpoint, ρ·c_p·V̇ at their fan speed, capacity). */
export function coilLines(world: World): CoilLine[] {
  const lines: CoilLine[] = []
  world.scenario.coolingUnits.forEach((unit, j) => {
    if (world.unitRunning[j])
      lines.push({
        setpointC: world.unitSetpointC[j],
        conductanceWK: AIR_HEAT_CAPACITY_J_M3K * unit.airflowM3s * world.unitFlowFraction[j],
        capacityW: unit.capacityKw * 1000,
      })
  })
  return lines
}

/**
 * Fan speeds: rated, or (matchRackAirflow) slowed together so the running units supply 110 % of what the
 * racks draw, never below the minimum speed; fan power by the affinity cube law (physics.md §3.2).
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
 * Each running unit draws room air at the zone air temperature, cools it toward its setpoint and removes
 * ρ·c_p·V̇·(T_air − T_set), at most its capacity (physics.md §3.1): past capacity its supply air warms with the
 * room; a failed unit moves no air and removes nothing. Electrical power behind the coils: CRAHs share the
 * chilled-water plant (economiser + DOE-2 chiller at the outdoor conditions of `epochS`); a CRAC's compressor
 * draws removed / CoP(supply) by Moore et al. (2005). Sets heatInW = IT + fans + lighting + PDU losses.
 */
export function coolingStep(world: World, epochS: number): void {
  const { scenario, unitCount, unitRunning } = world
  fanStep(world)
  const airC = world.zone.airC
  let fanW = 0
  let crahLoadW = 0
  for (let j = 0; j < unitCount; j++) {
    const unit = scenario.coolingUnits[j]
    world.unitReturnC[j] = airC
    if (!unitRunning[j]) {
      world.unitLoadW[j] = world.unitCompressorW[j] = 0
      world.unitSupplyC[j] = airC
      continue
    }
    const conductanceWK = AIR_HEAT_CAPACITY_J_M3K * unit.airflowM3s * world.unitFlowFraction[j]
    const removedW = Math.min(
      Math.max(0, conductanceWK * (airC - world.unitSetpointC[j])),
      unit.capacityKw * 1000,
    )
    world.unitLoadW[j] = removedW
    world.unitSupplyC[j] = airC - removedW / conductanceWK
    world.unitCompressorW[j] = unit.type === 'crac' ? removedW / mooreCop(world.unitSupplyC[j]) : 0
    if (unit.type === 'crah') crahLoadW += removedW
    fanW += world.unitFanW[j]
  }
  world.plantPoint = plantPoint(world.plant, crahLoadW, epochS)
  let compressorW = 0
  for (let j = 0; j < unitCount; j++) {
    if (scenario.coolingUnits[j].type === 'crah' && crahLoadW > 0)
      world.unitCompressorW[j] = (world.plantPoint.chillerW * world.unitLoadW[j]) / crahLoadW
    compressorW += world.unitCompressorW[j]
  }
  const t = world.totals
  t.fanW = fanW
  t.compressorW = compressorW
  t.coolingW = fanW + compressorW
  // PDUs stand in the hall, so their losses heat it; the UPS room is cooled separately.
  world.heatInW = t.itW + fanW + t.lightingW + t.pduLossW
}
