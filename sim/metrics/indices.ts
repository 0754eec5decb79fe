// Room air-management indices SHI/RHI, RTI and RCI_HI/LO: the defining formulas over per-rack and per-unit
// arrays, and airIndicesOf, which reads them off a world (docs/physics.md#recirculation-indices-shi-rhi-rti-rci).
import type { World } from '../model/world.ts'
import { ASHRAE_CLASSES, type AshraeClassName } from './ashrae.ts'

/** Flow-weighted Σ V̇·(a − T_sup), with equal weights when no flows are given. */
function weightedExcess(valueC: ArrayLike<number>, flowM3s: ArrayLike<number> | undefined, supplyC: number) {
  let sum = 0
  for (let i = 0; i < valueC.length; i++) sum += (flowM3s ? flowM3s[i] : 1) * (valueC[i] - supplyC)
  return sum
}

/**
 * Supply Heat Index (Sharma, Bash, Patel, AIAA 2002-3091; docs/physics.md#recirculation-indices-shi-rhi-rti-rci):
 * SHI = δQ/(Q + δQ) = Σ V̇(T_in − T_sup) / Σ V̇(T_out − T_sup), dimensionless, where T_sup is the supply air
 * of the cooling units (Sharma's T_ref), never the air a rack receives: that may already hold room air.
 * 0 means every inlet breathes unit supply air. Without `flowM3s` every rack weighs the same. NaN when the
 * racks add no heat.
 */
export function supplyHeatIndex(
  inletC: ArrayLike<number>,
  outletC: ArrayLike<number>,
  supplyC: number,
  flowM3s?: ArrayLike<number>,
): number {
  const riseSum = weightedExcess(outletC, flowM3s, supplyC)
  return riseSum !== 0 ? weightedExcess(inletC, flowM3s, supplyC) / riseSum : NaN
}

/**
 * Return Temperature Index (Herrlin, ASHRAE Transactions 114(2), 2008;
 * docs/physics.md#recirculation-indices-shi-rhi-rti-rci), %: (T_return − T_supply) / ΔT_equipment × 100, each
 * term airflow-weighted (the running units' return and supply, the racks' rise). Below 100 % cold air bypasses the racks; above 100 % exhaust recirculates.
 */
export function returnTemperatureIndexPct(returnC: number, supplyC: number, equipmentRiseK: number): number {
  return ((returnC - supplyC) / equipmentRiseK) * 100
}

/** Rack Cooling Index limits, °C: recommended and allowable maximum and minimum intake temperatures. */
export interface RciLimits {
  maxRecC: number
  maxAllC: number
  minRecC: number
  minAllC: number
}

/** RCI limits from the ASHRAE table: the recommended 18–27 °C inside the class's allowable range. */
export function rciLimits(className: Exclude<AshraeClassName, 'recommended'>): RciLimits {
  const rec = ASHRAE_CLASSES.recommended
  const cls = ASHRAE_CLASSES[className]
  return { maxRecC: rec.maxC, maxAllC: cls.maxC, minRecC: rec.minC, minAllC: cls.minC }
}

/** Class A1: 27/32 °C high, 18/15 °C low, as Herrlin's examples use. */
export const RCI_A1: RciLimits = rciLimits('A1')

/**
 * RCI_HI (Herrlin, INTELEC 2005; docs/physics.md#recirculation-indices-shi-rhi-rti-rci), %:
 * [1 − Σ_{T_x > T_max,rec}(T_x − T_max,rec) / (n·(T_max,all − T_max,rec))] × 100, n = number of intakes.
 * 100 % means no intake above the recommended maximum; it goes negative, unclamped, for gross over-temperature.
 */
export function rackCoolingIndexHiPct(inletC: ArrayLike<number>, limits: RciLimits = RCI_A1): number {
  let overK = 0
  for (let i = 0; i < inletC.length; i++) if (inletC[i] > limits.maxRecC) overK += inletC[i] - limits.maxRecC
  return (1 - overK / (inletC.length * (limits.maxAllC - limits.maxRecC))) * 100
}

/** RCI_LO, %: the same with Σ_{T_x < T_min,rec}(T_min,rec − T_x) over n·(T_min,rec − T_min,all). */
export function rackCoolingIndexLoPct(inletC: ArrayLike<number>, limits: RciLimits = RCI_A1): number {
  let underK = 0
  for (let i = 0; i < inletC.length; i++) if (inletC[i] < limits.minRecC) underK += limits.minRecC - inletC[i]
  return (1 - underK / (inletC.length * (limits.minRecC - limits.minAllC))) * 100
}

/** Σ w·value / Σ w over entries with w > 0, NaN when every weight is 0. */
function weightedMean(valueC: ArrayLike<number>, weight: ArrayLike<number>): number {
  let sum = 0
  let total = 0
  for (let i = 0; i < valueC.length; i++)
    if (weight[i] > 0) {
      sum += weight[i] * valueC[i]
      total += weight[i]
    }
  return total > 0 ? sum / total : NaN
}

/** The indices of a world at its current state, and the airflow-weighted temperatures they were taken from. */
export interface AirIndices {
  shi: number
  rhi: number
  rtiPct: number
  rciHiPct: number
  rciLoPct: number
  /** Airflow-weighted supply and return air of the running units, °C: SHI's and RTI's reference. */
  unitSupplyC: number
  unitReturnC: number
  /** Airflow-weighted rise across the racks, K: RTI's ΔT_equipment. */
  rackRiseK: number
}

/**
 * SHI, RHI, RTI and RCI of `world` now (docs/physics.md#recirculation-indices-shi-rhi-rti-rci). The supply
 * reference is the running units' supply air weighted by their airflow, so room air that the aisle mass
 * balance mixes into the inlets when the units move less air than the racks counts as recirculation. Racks
 * that move no air have no intake: they weigh nothing in SHI and RTI and are not RCI intakes. NaN where an
 * index is undefined (no running unit, no rack airflow, no rack heat).
 */
export function airIndicesOf(world: World): AirIndices {
  const { rackInletC, rackExhaustC, rackAirflowM3s, scenario } = world
  const unitFlowM3s = scenario.coolingUnits.map((unit, j) =>
    world.unitRunning[j] ? unit.airflowM3s * world.unitFlowFraction[j] : 0,
  )
  const unitSupplyC = weightedMean(world.unitSupplyC, unitFlowM3s)
  const unitReturnC = weightedMean(world.unitReturnC, unitFlowM3s)
  const riseK = Float64Array.from(rackExhaustC, (outC, i) => outC - rackInletC[i])
  const rackRiseK = weightedMean(riseK, rackAirflowM3s)
  const shi = supplyHeatIndex(rackInletC, rackExhaustC, unitSupplyC, rackAirflowM3s)
  const intakesC = Array.from(rackInletC).filter((_, i) => rackAirflowM3s[i] > 0)
  const limits = rciLimits(scenario.room.ashraeClass)
  return {
    shi,
    // Return Heat Index, Q/(Q + δQ) = 1 − SHI: the share of the racks' heat that reaches the return undiluted.
    rhi: 1 - shi,
    rtiPct: returnTemperatureIndexPct(unitReturnC, unitSupplyC, rackRiseK),
    rciHiPct: rackCoolingIndexHiPct(intakesC, limits),
    rciLoPct: rackCoolingIndexLoPct(intakesC, limits),
    unitSupplyC,
    unitReturnC,
    rackRiseK,
  }
}
