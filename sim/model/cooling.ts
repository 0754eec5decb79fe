// coolingStep: cooling units against the room air: coil loads, supply and return temperatures, fan and compressor power.
import type { World } from './world.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import { mooreCop } from './coolingCop.ts'
import type { CoilLine } from './zone.ts'

/** The running units as the zone integrator sees them (setpoint, ρ·c_p·V̇, capacity). */
export function coilLines(world: World): CoilLine[] {
  const lines: CoilLine[] = []
  world.scenario.coolingUnits.forEach((unit, j) => {
    if (world.unitRunning[j])
      lines.push({
        setpointC: world.unitSetpointC[j],
        conductanceWK: AIR_HEAT_CAPACITY_J_M3K * unit.airflowM3s,
        capacityW: unit.capacityKw * 1000,
      })
  })
  return lines
}

/**
 * Each running unit draws room air at the zone air temperature, cools it toward its setpoint and removes
 * ρ·c_p·V̇·(T_air − T_set), at most its capacity (physics.md §3.1): past capacity its supply air warms with
 * the room. A failed unit moves no air and removes nothing. Compressor (or chiller share) power = removed / CoP
 * at the supply temperature (Moore et al. 2005); fans run at rated speed. Sets heatInW = IT + fans + lighting
 * + PDU losses.
 */
export function coolingStep(world: World): void {
  const { scenario, unitCount, unitRunning } = world
  const airC = world.zone.airC
  let fanW = 0
  let compressorW = 0
  for (let j = 0; j < unitCount; j++) {
    const unit = scenario.coolingUnits[j]
    if (!unitRunning[j]) {
      world.unitLoadW[j] = world.unitFanW[j] = world.unitCompressorW[j] = 0
      world.unitSupplyC[j] = world.unitReturnC[j] = airC
      continue
    }
    const conductanceWK = AIR_HEAT_CAPACITY_J_M3K * unit.airflowM3s
    const removedW = Math.min(
      Math.max(0, conductanceWK * (airC - world.unitSetpointC[j])),
      unit.capacityKw * 1000,
    )
    world.unitLoadW[j] = removedW
    world.unitReturnC[j] = airC
    world.unitSupplyC[j] = airC - removedW / conductanceWK
    world.unitFanW[j] = unit.fanPowerW
    world.unitCompressorW[j] = removedW / mooreCop(world.unitSupplyC[j])
    fanW += unit.fanPowerW
    compressorW += world.unitCompressorW[j]
  }
  const t = world.totals
  t.fanW = fanW
  t.compressorW = compressorW
  t.coolingW = fanW + compressorW
  // PDUs stand in the hall, so their losses heat it; the UPS room is cooled separately.
  world.heatInW = t.itW + fanW + t.lightingW + t.pduLossW
}

/** Heat the running coils remove right now, W. */
export function heatRemovedW(world: World): number {
  let removedW = 0
  for (let j = 0; j < world.unitCount; j++) removedW += world.unitLoadW[j]
  return removedW
}
