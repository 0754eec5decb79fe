// coolingStep: rack heat → cooling-unit loads, supply and return temperatures, fan and compressor power.
import type { World } from './world.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import { mooreCop } from './coolingCop.ts'

/**
 * Shares each rack's heat among the running units by geometric influence, adds lighting (split evenly)
 * and each unit's own fan heat, then applies the capacity limit: heat a unit cannot remove leaves its coil
 * in the supply air, raising supply by excess / (ρ·c_p·V̇). Quasi-steady: stored heat arrives with issue 3.
 * Needs world.rackPowerW current. Fan power is constant at rated airflow (fixed-speed fans in v1).
 */
export function coolingStep(world: World): void {
  const { scenario, unitCount, rackCount, influence, unitRunning, unitLoadW } = world
  const units = scenario.coolingUnits
  let running = 0
  for (let j = 0; j < unitCount; j++) {
    unitLoadW[j] = 0
    world.unitFanW[j] = unitRunning[j] ? units[j].fanPowerW : 0
    unitLoadW[j] = world.unitFanW[j]
    running += unitRunning[j]
  }
  if (running === 0)
    throw new Error('no cooling unit is running: the v1 steady-state model needs at least one')
  for (let i = 0; i < rackCount; i++) {
    const row = i * unitCount
    let sum = 0
    for (let j = 0; j < unitCount; j++) if (unitRunning[j]) sum += influence[row + j]
    const shareW = world.rackPowerW[i] / sum
    for (let j = 0; j < unitCount; j++) if (unitRunning[j]) unitLoadW[j] += shareW * influence[row + j]
  }
  const lightingShareW = world.totals.lightingW / running
  let fanW = 0
  let compressorW = 0
  for (let j = 0; j < unitCount; j++) {
    if (!unitRunning[j]) {
      world.unitCompressorW[j] = 0
      world.unitSupplyC[j] = world.unitReturnC[j] = world.unitSetpointC[j]
      continue
    }
    unitLoadW[j] += lightingShareW
    const capacityW = units[j].capacityKw * 1000
    const flowHeatW_K = AIR_HEAT_CAPACITY_J_M3K * units[j].airflowM3s
    const removedW = Math.min(unitLoadW[j], capacityW)
    world.unitSupplyC[j] = world.unitSetpointC[j] + (unitLoadW[j] - removedW) / flowHeatW_K
    world.unitReturnC[j] = world.unitSupplyC[j] + unitLoadW[j] / flowHeatW_K
    world.unitCompressorW[j] = removedW / mooreCop(world.unitSupplyC[j])
    fanW += world.unitFanW[j]
    compressorW += world.unitCompressorW[j]
  }
  world.totals.fanW = fanW
  world.totals.compressorW = compressorW
  world.totals.coolingW = fanW + compressorW
}

/** Heat the running coils remove, W (≤ load when a unit is over capacity). */
export function heatRemovedW(world: World): number {
  let removedW = 0
  for (let j = 0; j < world.unitCount; j++)
    if (world.unitRunning[j])
      removedW += Math.min(world.unitLoadW[j], world.scenario.coolingUnits[j].capacityKw * 1000)
  return removedW
}
