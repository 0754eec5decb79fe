// A series' value at any time (sample-and-hold or linear, gaps bridged up to a limit).
import type { UtilizationSeries } from './series.ts'

/** 'hold': a sample's value until the next (what the monitor saw); 'linear': a ramp between samples. */
export type Interpolation = 'hold' | 'linear'

export interface SampleOptions {
  interpolation?: Interpolation
  /** How long a sample may be carried forward over a gap, s (default defaultMaxHoldS). */
  maxHoldS?: number
}

/**
 * 2.5 nominal steps for a regular series, so one dropped sample plus a second of timestamp jitter (Bitbrains
 * 600–601 s gaps) is bridged and a longer outage reads as missing; unlimited for an irregular series, whose
 * samples (OpenDC fragments) are defined to hold until the next one.
 */
export function defaultMaxHoldS(series: Pick<UtilizationSeries, 'stepS'>): number {
  return series.stepS === undefined ? Infinity : 2.5 * series.stepS
}

/**
 * Where a series' data ends, s after its start: the final sample plus one step, or the time of a final NaN
 * (an irregular series' end marker); 0 when empty.
 */
export function seriesEndS(series: UtilizationSeries): number {
  const n = series.timesS.length
  if (n === 0) return 0
  const lastS = series.timesS[n - 1]
  return Number.isNaN(series.utilization[n - 1]) ? lastS : lastS + (series.stepS ?? 0)
}

/**
 * Utilisation at `tS` seconds after the series start, or NaN for "no data": before the first sample, from a
 * NaN sample on, more than `maxHoldS` after a sample with none since, and past the final sample's own step.
 * Linear interpolation only spans gaps up to `maxHoldS`; across a longer gap the value is held as above.
 */
export function valueAt(series: UtilizationSeries, tS: number, options: SampleOptions = {}): number {
  const { timesS, utilization } = series
  const n = timesS.length
  if (n === 0 || !(tS >= timesS[0])) return NaN
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (timesS[mid] <= tS) lo = mid
    else hi = mid - 1
  }
  const maxHoldS = options.maxHoldS ?? defaultMaxHoldS(series)
  const sinceS = tS - timesS[lo]
  const last = lo === n - 1
  const validS = last ? Math.min(maxHoldS, series.stepS ?? Infinity) : maxHoldS
  if (!(sinceS < validS)) return NaN
  const u = utilization[lo]
  if (options.interpolation !== 'linear' || last) return u
  const gapS = timesS[lo + 1] - timesS[lo]
  const next = utilization[lo + 1]
  return gapS <= maxHoldS && !Number.isNaN(next) ? u + ((next - u) * sinceS) / gapS : u
}
