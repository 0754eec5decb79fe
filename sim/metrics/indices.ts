// Room air-management indices from per-rack arrays: SHI/RHI, RTI and RCI_HI/LO (physics.md §2c).
import { ASHRAE_CLASSES, type AshraeClassName } from './ashrae.ts'

/** Flow-weighted Σ V̇·(a − T_sup), with equal weights when no flows are given. */
function weightedExcess(valueC: ArrayLike<number>, flowM3s: ArrayLike<number> | undefined, supplyC: number) {
  let sum = 0
  for (let i = 0; i < valueC.length; i++) sum += (flowM3s ? flowM3s[i] : 1) * (valueC[i] - supplyC)
  return sum
}

/**
 * Supply Heat Index (Sharma, Bash, Patel, AIAA 2002-3091; the EnergyPlus ITE model uses the same definition):
 * SHI = Σ V̇(T_in − T_sup) / Σ V̇(T_out − T_sup), dimensionless; 0 means no rack breathes its own or its
 * neighbours' exhaust. Without `flowM3s` every rack weighs the same. NaN when the racks add no heat.
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

/** Return Heat Index, RHI = 1 − SHI: the share of the rack heat rise that reaches the return undiluted. */
export function returnHeatIndex(
  inletC: ArrayLike<number>,
  outletC: ArrayLike<number>,
  supplyC: number,
  flowM3s?: ArrayLike<number>,
): number {
  return 1 - supplyHeatIndex(inletC, outletC, supplyC, flowM3s)
}

/**
 * Return Temperature Index (Herrlin; physics.md §2c [V2]), %: (T_return − T_supply) / ΔT_equipment × 100.
 * Below 100 % cold air bypasses the racks; above 100 % exhaust recirculates.
 */
export function returnTemperatureIndexPct(returnC: number, supplyC: number, equipmentRiseK: number): number {
  return ((returnC - supplyC) / equipmentRiseK) * 100
}

/** RTI by airflow, %: V̇_racks / V̇_cooling × 100 (the same index when the energy balance closes). */
export function returnTemperatureIndexFromFlowsPct(rackFlowM3s: number, coolingFlowM3s: number): number {
  return (rackFlowM3s / coolingFlowM3s) * 100
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
 * RCI_HI (Herrlin, INTELEC 2005; physics.md §2c, exact form [U]), %:
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
