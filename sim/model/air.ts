// Standard air for sensible-heat calculations (the ASHRAE Handbook—Fundamentals sensible-heat equation,
// q = ρ·c_p·V̇·ΔT, with standard air at 20 °C and sea level; docs/physics.md#rack-airflow-and-exhaust-temperature).

/** Density of standard air, kg/m³. */
export const AIR_DENSITY_KG_M3 = 1.2
/** Specific heat of dry air at constant pressure, J/(kg·K). */
export const AIR_SPECIFIC_HEAT_J_KGK = 1006
/** Volumetric heat capacity ρ·c_p, J/(m³·K): 1207, so 1 kW in 0.0828 m³/s (175.5 CFM) rises 10 K. */
export const AIR_HEAT_CAPACITY_J_M3K = AIR_DENSITY_KG_M3 * AIR_SPECIFIC_HEAT_J_KGK

/** Temperature rise, K, of air carrying `powerW` at `flowM3s`: ΔT = P / (ρ·c_p·V̇). Zero flow gives 0, not Infinity. */
export function airTemperatureRiseK(powerW: number, flowM3s: number): number {
  return flowM3s > 0 ? powerW / (AIR_HEAT_CAPACITY_J_M3K * flowM3s) : 0
}
