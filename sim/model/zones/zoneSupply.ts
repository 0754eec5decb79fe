// The air each rack receives with zones: cooling units' supply by airflow path, the shortfall from its zones' air.
import type { World } from '../world.ts'
import type { ZoneLayout } from './zoneLayout.ts'

/**
 * Rack supply as a linear map of the units' supply T_s and the zones' air T_z, each racks × units at
 * [i * unitCount + j]: supply_i = Σ_j unit[i, j]·T_s,j + Σ_j zone[i, j]·T_z,j. Depends only on which units run
 * and their fan speeds, so a projection builds it once.
 */
export interface SupplyWeights {
  readonly unit: Float64Array
  readonly zone: Float64Array
}

/**
 * With zones (docs/physics.md#zones-of-influence): unit j's airflow V̇_j reaches the racks of its zone in
 * proportion to their share and airflow, s_ij·V̇_i / Σ_k s_kj·V̇_k, so rack i receives the fraction
 * c_i = min(1, Σ_j s_ij·ρ_j) of what it draws, ρ_j = V̇_j / Σ_k s_kj·V̇_k (unit j's airflow over the rack
 * airflow of its zone), mixed by those flows; the rest, 1 − c_i, is its zones' air Σ_j s_ij·T_z,j. A failed
 * unit's racks thus breathe more of their own zone. With one zone this is the one-zone aisle balance.
 */
export function zonalSupplyWeights(world: World, layout: ZoneLayout, out?: SupplyWeights): SupplyWeights {
  const { rackCount, unitCount: z, unitRunning, unitFlowFraction } = world
  const unit = out?.unit ?? new Float64Array(rackCount * z)
  const zone = out?.zone ?? new Float64Array(rackCount * z)
  const perRackFlow = new Float64Array(z)
  for (let j = 0; j < z; j++) {
    const flowM3s = unitRunning[j] ? world.scenario.coolingUnits[j].airflowM3s * unitFlowFraction[j] : 0
    // A zone with no rack airflow (racks without servers) lets its unit's air reach its racks in full.
    perRackFlow[j] = layout.rackFlowM3s[j] > 0 ? flowM3s / layout.rackFlowM3s[j] : flowM3s > 0 ? 1 : 0
  }
  for (let i = 0; i < rackCount; i++) {
    const row = i * z
    let delivered = 0
    for (let j = 0; j < z; j++) delivered += layout.rackShare[row + j] * perRackFlow[j]
    const covered = Math.min(1, delivered)
    for (let j = 0; j < z; j++) {
      const s = layout.rackShare[row + j]
      unit[row + j] = delivered > 0 ? (covered * s * perRackFlow[j]) / delivered : 0
      zone[row + j] = (1 - covered) * s
    }
  }
  return { unit, zone }
}

/**
 * The one-zone model's rack supply as the same map (thermal.ts rackTemperatures): running units by geometric
 * influence, the global shortfall (V̇_r − V̇_c)/V̇_r from the room air, which every "zone" entry then holds.
 */
export function singleSupplyWeights(world: World): SupplyWeights {
  const { rackCount, unitCount: z, unitRunning, influence } = world
  let rackFlowM3s = 0
  let coolingFlowM3s = 0
  for (let i = 0; i < rackCount; i++) rackFlowM3s += world.rackAirflowM3s[i]
  for (let j = 0; j < z; j++)
    if (unitRunning[j])
      coolingFlowM3s += world.scenario.coolingUnits[j].airflowM3s * world.unitFlowFraction[j]
  const roomShare = rackFlowM3s > coolingFlowM3s ? (rackFlowM3s - coolingFlowM3s) / rackFlowM3s : 0
  const unit = new Float64Array(rackCount * z)
  const zone = new Float64Array(rackCount * z)
  for (let i = 0; i < rackCount; i++) {
    const row = i * z
    let weight = 0
    for (let j = 0; j < z; j++) if (unitRunning[j]) weight += influence[row + j]
    const fromRoom = weight > 0 ? roomShare : 1
    zone[row] = fromRoom
    for (let j = 0; j < z; j++)
      if (unitRunning[j] && weight > 0) unit[row + j] = ((1 - fromRoom) * influence[row + j]) / weight
  }
  return { unit, zone }
}

/** supply_i from the weights, unit supply and zone air, °C, into `out`. */
export function applySupplyWeights(
  w: SupplyWeights,
  unitSupplyC: Float64Array,
  zoneAirC: Float64Array,
  out: Float64Array,
): void {
  const z = unitSupplyC.length
  const { unit, zone } = w
  for (let i = 0, row = 0; i < out.length; i++, row += z) {
    let sum = 0
    for (let j = 0; j < z; j++) sum += unit[row + j] * unitSupplyC[j] + zone[row + j] * zoneAirC[j]
    out[i] = sum
  }
}
