// A replica's energy, cost and emissions per forecast month: today's hourly IT shape × the growth path, times the
// PUE of the nearest settled operating point, priced hour by hour by the scenario's tariff.
// docs/forecast.md#forecast-runner-and-capacity-as-code
import type { TariffSpec } from '../../scenario/growthSchema.ts'
import { costOf, MONTH_S } from '../growth/index.ts'

/** One knot's settled figures a month's energy needs. */
export interface KnotPower {
  month: number
  segment: number
  itW: number
  facilityW: number
}

export interface MonthEnergy {
  /** Facility energy of the month, kWh (what the meter bills). */
  facilityKwh: number
  itKwh: number
  /** null without a tariff in the scenario's growth section. */
  cost: number | null
  emissionsKgCo2e: number | null
}

/**
 * Energy of forecast month k (the mean months [k, k + 1) from the start), hour by hour: IT = the segment's mean
 * IT power at that UTC hour of day × the load scale at that hour; facility = IT × facility/IT of the last knot at
 * or before the hour (the PUE of the month's peak settle: the plant at part load is not re-solved each hour).
 */
export function monthEnergy(
  k: number,
  startEpochS: number,
  knots: readonly KnotPower[],
  hourlyItW: (segment: number) => Float64Array,
  scaleAt: (month: number) => number,
  tariff: TariffSpec | undefined,
): MonthEnergy {
  const fromS = startEpochS + k * MONTH_S
  const toS = fromS + MONTH_S
  // Whole UTC hours (costOf prices by hour of day); the first and last are weighted by the part inside.
  const firstHourS = Math.floor(fromS / 3600) * 3600
  const hours = Math.ceil((toS - firstHourS) / 3600)
  const kwh = new Float64Array(hours)
  let itKwh = 0
  let facilityKwh = 0
  let j = 0
  for (let h = 0; h < hours; h++) {
    const a = Math.max(fromS, firstHourS + 3600 * h)
    const b = Math.min(toS, firstHourS + 3600 * (h + 1))
    const month = ((a + b) / 2 - startEpochS) / MONTH_S
    while (j + 1 < knots.length && knots[j + 1].month <= month) j++
    const knot = knots[j]
    const hourOfDay = new Date(a * 1000).getUTCHours()
    const itW = hourlyItW(knot.segment)[hourOfDay] * scaleAt(month)
    const pue = knot.itW > 0 ? knot.facilityW / knot.itW : 1
    const hourItKwh = (itW * (b - a)) / 3.6e6
    itKwh += hourItKwh
    kwh[h] = hourItKwh * pue
    facilityKwh += kwh[h]
  }
  if (!tariff) return { facilityKwh, itKwh, cost: null, emissionsKgCo2e: null }
  let cost = 0
  let emissionsKgCo2e = 0
  for (const row of costOf({ startEpochS: firstHourS, kwh }, tariff)) {
    cost += row.cost
    emissionsKgCo2e += row.emissionsKgCo2e
  }
  return { facilityKwh, itKwh, cost, emissionsKgCo2e }
}
