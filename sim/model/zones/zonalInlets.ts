// Rack inlets with zones: the recirculation model's supply term folded into per-unit maps, rebuilt when units change.
import type { World } from '../world.ts'
import { airTemperatureRiseK } from '../air.ts'
import { sparseMultiply } from '../linalg.ts'
import type { SparseRows } from '../linalg.ts'
import type { ZonalRoom } from './zonalRoom.ts'
import { applySupplyWeights, zonalSupplyWeights } from './zoneSupply.ts'
import type { SupplyWeights } from './zoneSupply.ts'

/**
 * inlet = D·P + E·supply (docs/physics.md#recirculation-from-the-layout) with supply = W_unit·T_s + W_zone·T_z
 * (zoneSupply.ts) is inlet = D·P + (E·W_unit)·T_s + (E·W_zone)·T_z: racks × units maps in place of the racks ×
 * racks E, which zones would otherwise need at every call (every rack's supply differs). Supply enters as its
 * deviation from a base temperature, as recirculatedInlets does, so entries dropped from the sparse E multiply a
 * few kelvin, never absolute temperatures (rows of E·W_unit + E·W_zone sum to those of E).
 */
export interface InletMaps {
  readonly weights: SupplyWeights
  readonly unit: Float64Array
  readonly zone: Float64Array
}

/** The maps for the units running now at their present fan speeds (rebuilt only when those change). */
export function inletMaps(world: World, zones: ZonalRoom): InletMaps {
  const cached = zones.inletMaps
  if (cached && sameUnits(cached, world)) return cached.maps
  const maps = foldRecirculation(world, zonalSupplyWeights(world, zones.layout))
  zones.inletMaps = { running: world.unitRunning.slice(), flow: world.unitFlowFraction.slice(), maps }
  return maps
}

function sameUnits(built: { running: Uint8Array; flow: Float64Array }, world: World): boolean {
  for (let j = 0; j < world.unitCount; j++)
    if (built.running[j] !== world.unitRunning[j] || built.flow[j] !== world.unitFlowFraction[j]) return false
  return true
}

/** E·W for both weight matrices, E the recirculation model's sparse supply-mixing matrix. */
export function foldRecirculation(world: World, weights: SupplyWeights): InletMaps {
  const { rackCount: n, unitCount: z } = world
  const unit = new Float64Array(n * z)
  const zone = new Float64Array(n * z)
  const { start, cols, values } = world.recirculation.mix
  for (let i = 0; i < n; i++)
    for (let k = start[i]; k < start[i + 1]; k++) {
      const e = values[k]
      const from = cols[k] * z
      for (let j = 0; j < z; j++) {
        unit[i * z + j] += e * weights.unit[from + j]
        zone[i * z + j] += e * weights.zone[from + j]
      }
    }
  return { weights, unit, zone }
}

/**
 * Rack supply, inlet and (if asked) exhaust temperatures with zones, °C, for the units' supply `unitSupplyC` and
 * the zones' air now (racksOwnHeatK for the racks' own heat term D·P).
 */
export function zonalRackTemperatures(
  world: World,
  zones: ZonalRoom,
  unitSupplyC: Float64Array,
  supplyC: Float64Array,
  inletC: Float64Array,
  exhaustC?: Float64Array,
): void {
  const maps = inletMaps(world, zones)
  const zoneAirC = zones.state.airC
  applySupplyWeights(maps.weights, unitSupplyC, zoneAirC, supplyC)
  const z = world.unitCount
  let baseC = 0
  for (let j = 0; j < z; j++) baseC += unitSupplyC[j] + zoneAirC[j]
  baseC /= 2 * z
  const { unitDev, zoneDev } = zones
  for (let j = 0; j < z; j++) {
    unitDev[j] = unitSupplyC[j] - baseC
    zoneDev[j] = zoneAirC[j] - baseC
  }
  const riseK = racksOwnHeatK(world, zones)
  const { unit, zone } = maps
  for (let i = 0, row = 0; i < world.rackCount; i++, row += z) {
    let t = baseC + riseK[i]
    for (let j = 0; j < z; j++) t += unit[row + j] * unitDev[j] + zone[row + j] * zoneDev[j]
    inletC[i] = t
  }
  if (exhaustC)
    for (let i = 0; i < world.rackCount; i++)
      exhaustC[i] = inletC[i] + airTemperatureRiseK(world.rackPowerW[i], world.rackAirflowM3s[i])
}

/**
 * D·P, K: each inlet's rise from the racks' own heat (docs/physics.md#recirculation-from-the-layout), kept up to
 * date column by column. With zones a few racks near a failed unit sit above the inlet-sensitivity knee and
 * change power at every tick; D's columns for those racks (ΔP_i·D[:, i]) cost a few thousand multiply-adds
 * where the full product costs nnz(D) (122,000 in the large hall). Above an eighth of the racks, and whenever
 * the workload moves every rack, the full product is taken again, which also bounds rounding drift.
 */
export function racksOwnHeatK(world: World, zones: ZonalRoom): Float64Array {
  const { riseK, risePowerW, changed } = zones.ownHeat
  const powerW = world.rackPowerW
  let count = 0
  for (let i = 0; i < powerW.length; i++) if (powerW[i] !== risePowerW[i]) changed[count++] = i
  if (count === 0) return riseK
  const heat = world.recirculation.heat
  if (count > powerW.length / 8) sparseMultiply(heat, powerW, riseK)
  else {
    const columns = (zones.ownHeat.columns ??= transpose(heat, powerW.length))
    for (let k = 0; k < count; k++) {
      const i = changed[k]
      const deltaW = powerW[i] - risePowerW[i]
      for (let e = columns.start[i]; e < columns.start[i + 1]; e++)
        riseK[columns.cols[e]] += columns.values[e] * deltaW
    }
  }
  risePowerW.set(powerW)
  return riseK
}

/** The columns of an n × n sparse-row matrix as sparse rows of its transpose. */
function transpose(m: SparseRows, n: number): SparseRows {
  const start = new Uint32Array(n + 1)
  for (let e = 0; e < m.cols.length; e++) start[m.cols[e] + 1]++
  for (let c = 0; c < n; c++) start[c + 1] += start[c]
  const fill = start.slice(0, n)
  const cols = new Uint32Array(m.cols.length)
  const values = new Float64Array(m.cols.length)
  for (let r = 0; r < n; r++)
    for (let e = m.start[r]; e < m.start[r + 1]; e++) {
      const at = fill[m.cols[e]]++
      cols[at] = r
      values[at] = m.values[e]
    }
  return { start, cols, values }
}
