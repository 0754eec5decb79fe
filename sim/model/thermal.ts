// thermalStep: rack supply, inlet and exhaust temperatures from cooling-unit supply, recirculation and airflow balance.
import type { World } from './world.ts'
import { airTemperatureRiseK } from './air.ts'

/**
 * Rack inlet = supply + recirculation term (physics.md §2c):
 * - supply: running units' supply temperatures weighted by geometric influence;
 * - local recirculation x (own exhaust leaking back): T_in = (1−x)·T_s + x·T_out ⇒ T_in = T_s + x/(1−x)·ΔT;
 * - aisle mass balance: when the running units move less air V̇_c than the racks draw V̇_r, the shortfall
 *   R = V̇_r − V̇_c is exhaust drawn back: T_in rises by (R / V̇_c)·ΔT (bypass, V̇_c > V̇_r, adds nothing).
 * Exhaust = inlet + ΔT, ΔT = P / (ρ·c_p·V̇_rack). Needs rackPowerW and unitSupplyC current (coolingStep first).
 */
export function thermalStep(world: World): void {
  const { rackCount, unitCount, influence, unitRunning, unitSupplyC } = world
  let rackFlowM3s = 0
  let coolingFlowM3s = 0
  for (let i = 0; i < rackCount; i++) rackFlowM3s += world.rackAirflowM3s[i]
  for (let j = 0; j < unitCount; j++)
    if (unitRunning[j]) coolingFlowM3s += world.scenario.coolingUnits[j].airflowM3s
  const deficit = rackFlowM3s > coolingFlowM3s ? (rackFlowM3s - coolingFlowM3s) / coolingFlowM3s : 0
  let maxInletC = -Infinity
  for (let i = 0; i < rackCount; i++) {
    const row = i * unitCount
    let weight = 0
    let weighted = 0
    for (let j = 0; j < unitCount; j++) {
      if (!unitRunning[j]) continue
      weight += influence[row + j]
      weighted += influence[row + j] * unitSupplyC[j]
    }
    const supplyC = weighted / weight
    const x = world.rackRecirculation[i]
    const riseK = airTemperatureRiseK(world.rackPowerW[i], world.rackAirflowM3s[i])
    world.rackSupplyC[i] = supplyC
    world.rackInletC[i] = supplyC + (x / (1 - x) + deficit) * riseK
    world.rackExhaustC[i] = world.rackInletC[i] + riseK
    if (world.rackInletC[i] > maxInletC) maxInletC = world.rackInletC[i]
  }
  if (maxInletC > world.totals.maxInletEverC) world.totals.maxInletEverC = maxInletC
}

/** Hottest rack inlet right now, °C. */
export function maxInletC(world: World): number {
  let max = -Infinity
  for (let i = 0; i < world.rackCount; i++) if (world.rackInletC[i] > max) max = world.rackInletC[i]
  return max
}
