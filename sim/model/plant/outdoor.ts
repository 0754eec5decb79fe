// Outdoor weather as typed-array series, and a deterministic synthetic year built from two sinusoids
// (docs/physics.md#outdoor-weather).
import { cos } from '../../math/portable.ts'

/** Outdoor conditions at sample times; every array present has the same length. */
export interface OutdoorSeries {
  /** Sample times, s: Unix epoch seconds when read from a file. */
  timeS: Float64Array
  dryBulbC: Float64Array
  /** Absent when the source has none: water-side economiser checks then fall back to the dry bulb. */
  wetBulbC?: Float64Array
  /** Absent when the source has none: the air-side humidity check is then skipped. */
  dewPointC?: Float64Array
}

export interface SyntheticOutdoorParams {
  /** Annual mean dry bulb, °C. */
  meanC: number
  /** Daily range, peak to trough (the EnergyPlus design-day "daily dry-bulb temperature range"), K. */
  dailySwingC: number
  /** Range of the daily means over the year, coldest to hottest day, K. */
  annualSwingC: number
  /** Day of year (0 = Jan 1) of the annual minimum; default 15, mid-January (northern hemisphere, assumption). */
  coldestDay?: number
  /** Hour of day of the daily maximum; default 15 (mid-afternoon, assumption). */
  hottestHour?: number
}

const HOURS_PER_YEAR = 8760

/**
 * The synthetic dry bulb at `hourOfYear` (0 = Jan 1 00:00; fractions allowed), °C: T(h) = mean −
 * (annual/2)·cos(2π(h/24 − coldestDay)/365) + (daily/2)·cos(2π(h − hottestHour)/24). No randomness.
 */
export function syntheticDryBulbC(params: SyntheticOutdoorParams, hourOfYear: number): number {
  const { meanC, dailySwingC, annualSwingC, coldestDay = 15, hottestHour = 15 } = params
  const annual = cos((2 * Math.PI * (hourOfYear - coldestDay * 24)) / HOURS_PER_YEAR)
  const daily = cos((2 * Math.PI * (hourOfYear - hottestHour)) / 24)
  return meanC - (annualSwingC / 2) * annual + (dailySwingC / 2) * daily
}
