// Growth fitted from measured history: monthly or weekly IT peaks → the ETS model AICc chooses → the scenario's
// growth table (months, kW, σ). docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import type { DemandSpec } from '../../scenario/growthSchema.ts'
import { MONTH_S } from './calendar.ts'
import { autoEts, type EtsFit } from './etsFit.ts'
import { growthTableOf } from './etsForecast.ts'
import type { PeriodPeak } from './series.ts'

const WEEK_S = 7 * 86_400
/** The season of each kind of peak: a year. Weekly data gets 52 (a year is 52.18 weeks, the usual rounding). */
const PERIOD = { month: 12, week: 52 } as const

/** The chosen fit, the others by AICc, and the forecast as a growth table. */
export interface GrowthFit {
  fits: EtsFit[]
  demand: Extract<DemandSpec, { kind: 'table' }>
}

/** Peaks must follow each other without a gap: a missing month or week would shift every season after it. */
function checkConsecutive(peaks: readonly PeriodPeak[], kind: 'month' | 'week'): void {
  for (let i = 1; i < peaks.length; i++) {
    const gapS = peaks[i].startEpochS - peaks[i - 1].startEpochS
    const ok = kind === 'week' ? gapS === WEEK_S : gapS >= 28 * 86_400 && gapS <= 31 * 86_400
    if (!ok)
      throw new RangeError(
        `peaks[${i}] (${peaks[i].period}) does not follow peaks[${i - 1}] (${peaks[i - 1].period})`,
      )
  }
}

/**
 * Fits monthly or weekly peaks (peaksOf) by AICc and writes `months` months of the chosen forecast as a growth
 * table (growthTableOf: weekly forecasts read at each month's distance).
 * @throws RangeError for a gap between peaks or too few of them
 */
export function growthFromPeaks(
  peaks: readonly PeriodPeak[],
  kind: 'month' | 'week',
  months: number,
  source: string,
): GrowthFit {
  checkConsecutive(peaks, kind)
  const fits = autoEts(
    peaks.map((p) => p.peakKw),
    PERIOD[kind],
  )
  const stepsPerMonth = kind === 'month' ? 1 : MONTH_S / WEEK_S
  const demand = growthTableOf(fits[0], months, `${kind}ly peaks of ${source}`, stepsPerMonth)
  return { fits, demand }
}
