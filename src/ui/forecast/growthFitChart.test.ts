import { describe, expect, it } from 'vitest'
import type { GrowthFitResult } from '../../../workers/growthFit.ts'
import { fitChartData } from './growthFitChart.ts'

const WEEK_S = 7 * 86_400
const MONTH_S = (365.2425 * 86_400) / 12
const t0 = Date.UTC(2026, 0, 5) / 1000

const result: GrowthFitResult = {
  sampleS: 900,
  peaks: {
    week: [100, 110, 120].map((peakKw, i) => ({ period: `w${i}`, startEpochS: t0 + i * WEEK_S, peakKw })),
    month: [],
  },
  seasonalNeeds: { month: 24, week: 104 },
  leastNeeded: 5,
  kind: 'week',
  fit: {
    name: 'ETS(A,A,N)',
    fitted: [98, 109, 121],
    seasonal: false,
    demand: { kind: 'table', baseItKw: 120, meanKw: [120, 160], sigmaKw: [0, 10], source: 'test' },
  },
  z80: 1.28155,
  note: '',
}

describe('fitChartData', () => {
  it('puts peaks and fit at each week, and the forecast from the last week on by mean months', () => {
    const [x, peak, fit, mean, low, high] = fitChartData(result)!
    expect(x).toEqual([t0, t0 + WEEK_S, t0 + 2 * WEEK_S, t0 + 2 * WEEK_S + MONTH_S])
    expect(peak).toEqual([100, 110, 120, null])
    expect(fit).toEqual([98, 109, 121, null])
    expect(mean).toEqual([null, null, 120, 160])
    // month 1: 160 ± 1.28155 · 10
    expect(low).toEqual([null, null, 120, 160 - 12.8155])
    expect(high).toEqual([null, null, 120, 160 + 12.8155])
  })

  it('draws nothing without a fit', () => {
    expect(fitChartData({ ...result, fit: null, kind: null })).toBeNull()
  })
})
