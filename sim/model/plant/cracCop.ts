// Coefficient of performance of the whole cooling chain as a function of supply-air temperature.

/**
 * HP Labs CRAC CoP curve, Moore, Chase, Ranganathan, Sharma, "Making Scheduling 'Cool'", USENIX ATC 2005:
 * CoP(T) = 0.0068·T² + 0.0008·T + 0.458, T = supply temperature °C (docs/physics.md#crac-coefficient-of-performance). CoP(15) = 2.0, CoP(20) = 3.194.
 * A single-site, whole-chain black box, pessimistic at low T: CRACs use it; CRAHs run on the chilled-water plant.
 */
export function mooreCop(supplyC: number): number {
  return 0.0068 * supplyC * supplyC + 0.0008 * supplyC + 0.458
}
