// Growth fitted from a power history: peaks per month or week → ETS by AICc → the growth table, by hand.
import { describe, expect, it } from 'vitest'
import { demandAt } from './demand.ts'
import { growthFromPeaks } from './growthFromPeaks.ts'
import { peaksOf } from './series.ts'

const SEASON = [-6, -4, -1, 2, 5, 8, 9, 6, 1, -3, -7, -10] // kW, sums to 0
const DAY = 86_400
const START = Date.UTC(2023, 0, 1) / 1000

describe('growthFromPeaks', () => {
  it('36 monthly peaks P_m = 400 + 3(m + 1) + S[m] kW give the table 400 + 3(36 + k) + S[(35 + k) mod 12]', () => {
    // Per month a peak on the 1st and 80 % of it on the 15th (a step series, as a run's IT power).
    const timesS: number[] = []
    const powerW: number[] = []
    for (let m = 0; m < 36; m++) {
      const first = Date.UTC(2023, m, 1) / 1000 - START
      const peakW = (400 + 3 * (m + 1) + SEASON[m % 12]) * 1000
      timesS.push(first, first + 14 * DAY)
      powerW.push(peakW, 0.8 * peakW)
    }
    const peaks = peaksOf({ startEpochS: START, timesS, powerW }, 'month')
    expect(peaks).toHaveLength(36)
    const { fits, demand } = growthFromPeaks(peaks, 'month', 24, 'a test history')
    expect(fits[0].name).toBe('ETS(A,A,A)')
    for (let k = 0; k <= 24; k++)
      expect(demand.meanKw[k]).toBeCloseTo(400 + 3 * (36 + k) + SEASON[(35 + k) % 12], 4)
    expect(demand.baseItKw).toBeCloseTo(400 + 108 - 10, 4)
    // A year on: +36 kW, same season; noise-free, so σ stays at the SSE floor.
    expect(demandAt({ demand, seasonal: { kind: 'none' } }, 12)).toBeCloseTo(534 / 498, 6)
    expect(Math.max(...demand.sigmaKw)).toBeLessThan(1e-3)
    expect(demand.source).toMatch(/^ETS\(A,A,A\) fit of monthly peaks of a test history \(36 points/)
  })

  it('20 weekly peaks rising 1 kW a week give 30.436875/7 = 4.348 kW a month', () => {
    const peaks = Array.from({ length: 20 }, (_, w) => ({
      period: `w${w}`,
      startEpochS: START + 4 * DAY + w * 7 * DAY, // Mondays
      peakKw: 100 + w,
    }))
    const { fits, demand } = growthFromPeaks(peaks, 'week', 12, 'weeks')
    expect(fits.every((f) => f.form.season === 'N')).toBe(true) // 20 weeks are not two seasons of 52
    expect(fits[0].form.trend).toBe('A')
    expect(demand.meanKw[0]).toBeCloseTo(119, 4)
    expect(demand.meanKw[1]).toBeCloseTo(119 + 30.436875 / 7, 4)
    expect(demand.meanKw[12]).toBeCloseTo(119 + (12 * 30.436875) / 7, 3)
  })

  it('names a missing month', () => {
    const peaks = [0, 1, 3].map((m) => ({
      period: `m${m}`,
      startEpochS: Date.UTC(2023, m, 1) / 1000,
      peakKw: 1,
    }))
    expect(() => growthFromPeaks(peaks, 'month', 12, 'gap')).toThrow(
      /peaks\[2\] \(m3\) does not follow peaks\[1\] \(m1\)/,
    )
  })
})
