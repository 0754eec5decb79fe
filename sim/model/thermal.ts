// thermalStep: rack supply, inlet and exhaust temperatures from the units' supply air, the room air and recirculation.
import type { World } from './world.ts'
import { airTemperatureRiseK } from './air.ts'
import { recirculatedInlets } from './recirculation.ts'
import { zonalRackTemperatures } from './zones/zonalInlets.ts'

/**
 * Temperatures of every rack for room air at `airC` and unit supply temperatures `unitSupplyC`, written into
 * the given arrays (so projections can use scratch):
 * - supply each rack receives: running units' supply weighted by geometric influence; when the units move
 *   less air V̇_c than the racks draw V̇_r, the shortfall (V̇_r − V̇_c)/V̇_r comes from room air (aisle mass
 *   balance, docs/physics.md#aisle-mass-balance); with no unit running, all of it does;
 * - inlet: that supply mixed with other racks' exhaust through the recirculation model
 *   (docs/physics.md#recirculation-from-the-layout);
 * - exhaust = inlet + P / (ρ·c_p·V̇_rack).
 * Needs rackPowerW current.
 */
export function rackTemperatures(
  world: World,
  airC: number,
  unitSupplyC: Float64Array,
  supplyC: Float64Array,
  inletC: Float64Array,
  exhaustC?: Float64Array,
): void {
  // With zones the shortfall is each rack's own zones' air (docs/physics.md#zones-of-influence).
  if (world.zones) return zonalRackTemperatures(world, world.zones, unitSupplyC, supplyC, inletC, exhaustC)
  const { rackCount, unitCount, influence, unitRunning } = world
  let rackFlowM3s = 0
  let coolingFlowM3s = 0
  for (let i = 0; i < rackCount; i++) rackFlowM3s += world.rackAirflowM3s[i]
  for (let j = 0; j < unitCount; j++)
    if (unitRunning[j])
      coolingFlowM3s += world.scenario.coolingUnits[j].airflowM3s * world.unitFlowFraction[j]
  const roomShare = rackFlowM3s > coolingFlowM3s ? (rackFlowM3s - coolingFlowM3s) / rackFlowM3s : 0
  for (let i = 0; i < rackCount; i++) {
    const row = i * unitCount
    let weight = 0
    let weighted = 0
    for (let j = 0; j < unitCount; j++) {
      if (!unitRunning[j]) continue
      weight += influence[row + j]
      weighted += influence[row + j] * unitSupplyC[j]
    }
    const unitsC = weight > 0 ? weighted / weight : airC
    supplyC[i] = (1 - roomShare) * unitsC + roomShare * airC
  }
  recirculatedInlets(world.recirculation, world.rackPowerW, supplyC, inletC)
  if (exhaustC)
    for (let i = 0; i < rackCount; i++)
      exhaustC[i] = inletC[i] + airTemperatureRiseK(world.rackPowerW[i], world.rackAirflowM3s[i])
}

/** Updates the world's rack temperatures and the hottest inlet seen. */
export function thermalStep(world: World): void {
  rackTemperatures(
    world,
    world.zone.airC,
    world.unitSupplyC,
    world.rackSupplyC,
    world.rackInletC,
    world.rackExhaustC,
  )
  const hottestC = maxInletC(world)
  if (hottestC > world.totals.maxInletEverC) world.totals.maxInletEverC = hottestC
}

/** Hottest rack inlet right now, °C. */
export function maxInletC(world: World): number {
  let max = -Infinity
  for (let i = 0; i < world.rackCount; i++) if (world.rackInletC[i] > max) max = world.rackInletC[i]
  return max
}
