// The moisture a cooling coil takes out of the air: apparatus dew point and bypass factor
// (docs/physics.md#humidity-and-ashrae-classes).
import { SEA_LEVEL_PRESSURE_PA, saturationHumidityRatio } from './psychrometrics.ts'

/**
 * A chilled-water coil's apparatus dew point, °C: its effective surface temperature, taken as the mean water
 * temperature through it (supply and return), since the water-side film resists far less than the air side.
 */
export function apparatusDewPointC(chilledWaterC: number, chilledWaterReturnC: number): number {
  return (chilledWaterC + chilledWaterReturnC) / 2
}

/**
 * Humidity ratio of air leaving a coil, kg/kg, by the apparatus-dew-point / bypass-factor method: the air
 * leaves as a mix of a share BF that passed the coil untouched and 1 − BF that reached saturation at the ADP,
 *
 *     BF = (t_leave − t_ADP) / (t_enter − t_ADP),   W_leave = W_ADP + BF · (W_enter − W_ADP),
 *
 * with W_ADP saturated at the ADP. When W_enter ≤ W_ADP the surface is above the air's dew point: a dry coil
 * leaves W unchanged. A coil that does not cool (t_leave ≥ t_enter, or t_enter ≤ t_ADP) changes nothing.
 */
export function coilLeavingHumidityRatio(
  enterC: number,
  enterRatio: number,
  leaveC: number,
  adpC: number,
  pressurePa = SEA_LEVEL_PRESSURE_PA,
): number {
  if (leaveC >= enterC || enterC <= adpC) return enterRatio
  const adpRatio = saturationHumidityRatio(adpC, pressurePa)
  if (enterRatio <= adpRatio) return enterRatio
  const bypass = Math.max(0, (leaveC - adpC) / (enterC - adpC))
  return adpRatio + bypass * (enterRatio - adpRatio)
}
