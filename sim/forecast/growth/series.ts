// A run's IT power series turned into what growth needs: peaks per calendar month or ISO week (the history an
// ETS fit takes) and energy per hour (what a tariff prices). Samples hold until the next one (a step signal).
import { monthKeyOf } from './calendar.ts'

/** A power series: sample i is `powerW[i]` from `timesS[i]` (s after `startEpochS`) until the next sample. */
export interface PowerSeries {
  startEpochS: number
  timesS: ArrayLike<number>
  powerW: ArrayLike<number>
}

/** The highest power in one period and when the period starts. */
export interface PeriodPeak {
  /** "YYYY-MM" for a month, the Monday "YYYY-MM-DD" for an ISO week (UTC). */
  period: string
  startEpochS: number
  peakKw: number
}

const WEEK_S = 7 * 86_400
/** 1970-01-01 was a Thursday: Mondays fall 4 days later in the week count from the epoch. */
const MONDAY_OFFSET_S = 4 * 86_400

function checkSeries({ timesS, powerW }: PowerSeries): void {
  if (timesS.length !== powerW.length)
    throw new RangeError(`timesS has ${timesS.length} samples but powerW has ${powerW.length}`)
  for (let i = 0; i < timesS.length; i++) {
    if (!Number.isFinite(powerW[i]) || powerW[i] < 0)
      throw new RangeError(`powerW[${i}] must be a finite power ≥ 0 W, got ${powerW[i]}`)
    if (!Number.isFinite(timesS[i]) || (i > 0 && timesS[i] <= timesS[i - 1]))
      throw new RangeError(`timesS[${i}] = ${timesS[i]} must be finite and after timesS[${i - 1}]`)
  }
}

/** Start of the UTC calendar month, or of the ISO week (Monday 00:00 UTC), holding `epochS`. */
function periodStartOf(epochS: number, period: 'month' | 'week'): number {
  if (period === 'week') return Math.floor((epochS - MONDAY_OFFSET_S) / WEEK_S) * WEEK_S + MONDAY_OFFSET_S
  const date = new Date(epochS * 1000)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000
}

/** Peak power per calendar month or ISO week, in time order; a period without samples is absent. */
export function peaksOf(series: PowerSeries, period: 'month' | 'week'): PeriodPeak[] {
  checkSeries(series)
  const peaks: PeriodPeak[] = []
  for (let i = 0; i < series.timesS.length; i++) {
    const epochS = series.startEpochS + series.timesS[i]
    const startEpochS = periodStartOf(epochS, period)
    const last = peaks[peaks.length - 1]
    const kw = series.powerW[i] / 1000
    if (last && last.startEpochS === startEpochS) last.peakKw = Math.max(last.peakKw, kw)
    else {
      const label =
        period === 'month' ? monthKeyOf(epochS) : new Date(startEpochS * 1000).toISOString().slice(0, 10)
      peaks.push({ period: label, startEpochS, peakKw: kw })
    }
  }
  return peaks
}

/** Energy per hour, kWh: entry k is the UTC hour starting at `startEpochS` + 3600·k. */
export interface HourlyEnergy {
  /** A whole UTC hour. */
  startEpochS: number
  kwh: ArrayLike<number>
}

/**
 * Energy of each UTC hour the series covers, kWh, from its first sample to `endS` (s after startEpochS; the
 * last sample holds until then). Hours partly covered hold only the covered part.
 */
export function energyByHourOf(series: PowerSeries, endS: number): HourlyEnergy {
  checkSeries(series)
  const n = series.timesS.length
  if (n === 0) return { startEpochS: series.startEpochS, kwh: new Float64Array(0) }
  const firstS = series.startEpochS + series.timesS[0]
  const endEpochS = series.startEpochS + endS
  if (!(endEpochS > firstS)) throw new RangeError(`endS ${endS} must be after the first sample`)
  const startEpochS = Math.floor(firstS / 3600) * 3600
  const kwh = new Float64Array(Math.ceil((endEpochS - startEpochS) / 3600))
  for (let i = 0; i < n; i++) {
    let a = series.startEpochS + series.timesS[i]
    const b = i + 1 < n ? series.startEpochS + series.timesS[i + 1] : endEpochS
    // Split the step [a, b) at hour boundaries.
    while (a < b) {
      const hour = Math.floor((a - startEpochS) / 3600)
      const cut = Math.min(b, startEpochS + (hour + 1) * 3600)
      kwh[hour] += (series.powerW[i] * (cut - a)) / 3.6e6
      a = cut
    }
  }
  return { startEpochS, kwh }
}
