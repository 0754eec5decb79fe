// Monthly energy cost and emissions from energy by hour, priced by an hour-of-day tariff and carbon intensity.
// docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import type { TariffSpec } from '../../scenario/growthSchema.ts'
import { monthKeyOf } from './calendar.ts'
import type { HourlyEnergy } from './series.ts'

/** One UTC calendar month of energy, its cost and its emissions. */
export interface MonthlyCost {
  /** "YYYY-MM". */
  month: string
  energyKwh: number
  /** In `currency` units. */
  cost: number
  currency: string
  emissionsKgCo2e: number
}

const atHour = (value: number | number[], hour: number): number =>
  typeof value === 'number' ? value : value[hour]

/**
 * Cost and emissions per UTC calendar month: each hour's kWh × that hour-of-day's price and carbon intensity
 * (gCO2e/kWh, so kg = kWh · g / 1000).
 * @throws RangeError naming the hour whose energy is not a finite number ≥ 0, or a start not on a whole hour
 */
export function costOf(energy: HourlyEnergy, tariff: TariffSpec): MonthlyCost[] {
  if (energy.startEpochS % 3600 !== 0)
    throw new RangeError(`energy by hour must start on a whole hour, got ${energy.startEpochS} s`)
  const months: MonthlyCost[] = []
  for (let k = 0; k < energy.kwh.length; k++) {
    const kwh = energy.kwh[k]
    if (!Number.isFinite(kwh) || kwh < 0)
      throw new RangeError(`energy of hour ${k} must be a finite number of kWh ≥ 0, got ${kwh}`)
    const epochS = energy.startEpochS + 3600 * k
    const hour = new Date(epochS * 1000).getUTCHours()
    const month = monthKeyOf(epochS)
    let row = months[months.length - 1]
    if (!row || row.month !== month) {
      row = { month, energyKwh: 0, cost: 0, currency: tariff.currency, emissionsKgCo2e: 0 }
      months.push(row)
    }
    row.energyKwh += kwh
    row.cost += kwh * atHour(tariff.pricePerKwh, hour)
    row.emissionsKgCo2e += (kwh * atHour(tariff.carbonGPerKwh, hour)) / 1000
  }
  return months
}
