// A growth fit as uPlot columns on one time axis (Unix s): the peaks and the one-step fit at each period's start,
// then the forecast's monthly mean and its 80 % interval from the last period on.
import { MONTH_S } from '../../../sim/forecast/growth/calendar.ts'
import type { GrowthFitResult } from '../../../workers/growthFit.ts'

export const FIT_COLOURS = {
  history: '#e6ebf4',
  fit: '#f5a524',
  forecast: '#4f8cff',
  band: 'rgba(79,140,255,0.25)',
}

type Column = (number | null)[]

/**
 * Columns [time, peak, fit, mean, low, high]; null where a series has no point. Forecast month 0 is the last
 * observed period (growthTableOf), so the forecast starts at that period's start. Null without a fit.
 */
export function fitChartData(
  result: GrowthFitResult,
): [number[], Column, Column, Column, Column, Column] | null {
  if (!result.fit || !result.kind) return null
  const peaks = result.peaks[result.kind]
  const { meanKw, sigmaKw } = result.fit.demand
  const last = peaks[peaks.length - 1].startEpochS
  const rows: [number, number | null, number | null, number | null, number | null, number | null][] =
    peaks.map((p, i) => [p.startEpochS, p.peakKw, result.fit!.fitted[i] ?? null, null, null, null])
  meanKw.forEach((mean, k) => {
    const half = result.z80 * sigmaKw[k]
    const row: (typeof rows)[number] = [last + k * MONTH_S, null, null, mean, mean - half, mean + half]
    // Month 0 shares the last period's time: one row holds the peak, the fit and the forecast's start.
    if (k === 0)
      rows[rows.length - 1] = [...rows[rows.length - 1].slice(0, 3), mean, row[4], row[5]] as typeof row
    else rows.push(row)
  })
  return [
    rows.map((r) => r[0]),
    rows.map((r) => r[1]),
    rows.map((r) => r[2]),
    rows.map((r) => r[3]),
    rows.map((r) => r[4]),
    rows.map((r) => r[5]),
  ]
}
