// Energy by hour, monthly cost and emissions, and period peaks, on series small enough to add up by hand.
import { describe, expect, it } from 'vitest'
import type { TariffSpec } from '../../scenario/growthSchema.ts'
import { energyByHourOf, peaksOf } from './series.ts'
import { costOf } from './tariff.ts'

const JAN_31 = Date.UTC(2026, 0, 31) / 1000
// Night hours 0–7 at 0.10, day hours 8–23 at 0.20 EUR/kWh; 300 gCO2e/kWh flat.
const tariff: TariffSpec = {
  currency: 'EUR',
  pricePerKwh: Array.from({ length: 24 }, (_, h) => (h < 8 ? 0.1 : 0.2)),
  carbonGPerKwh: 300,
  carbonSource: 'test',
}

describe('costOf', () => {
  it('prices each hour at its hour-of-day rate and splits at the calendar month', () => {
    const months = costOf({ startEpochS: JAN_31, kwh: new Array(48).fill(10) }, tariff)
    // Per day: 8 h × 10 kWh × 0.10 + 16 h × 10 kWh × 0.20 = 8 + 32 = 40 EUR; 240 kWh × 300 g = 72 kg.
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02'])
    for (const m of months) {
      expect(m.energyKwh).toBeCloseTo(240, 9)
      expect(m.cost).toBeCloseTo(40, 9)
      expect(m.emissionsKgCo2e).toBeCloseTo(72, 9)
      expect(m.currency).toBe('EUR')
    }
  })

  it('names a bad hour and a start off the hour', () => {
    expect(() => costOf({ startEpochS: JAN_31, kwh: [1, Number.NaN] }, tariff)).toThrow(/energy of hour 1/)
    expect(() => costOf({ startEpochS: JAN_31 + 60, kwh: [1] }, tariff)).toThrow(/whole hour/)
  })
})

describe('series helpers', () => {
  it('energyByHourOf holds each sample until the next and splits at hour boundaries', () => {
    // 1 kW for the first half hour, 3 kW until 1.5 h: hour 0 = 0.5 + 1.5 = 2 kWh, hour 1 = 1.5 kWh.
    const energy = energyByHourOf({ startEpochS: JAN_31, timesS: [0, 1800], powerW: [1000, 3000] }, 5400)
    expect(energy.startEpochS).toBe(JAN_31)
    expect(Array.from(energy.kwh)).toEqual([2, 1.5])
  })

  it('peaksOf gives the peak per calendar month and per ISO week (Monday 00:00 UTC)', () => {
    const day = 86_400
    // 2026-01-31 is a Saturday; 2026-02-02 a Monday.
    const series = { startEpochS: JAN_31, timesS: [0, day, 2 * day, 3 * day], powerW: [5e3, 7e3, 6e3, 4e3] }
    expect(peaksOf(series, 'month')).toEqual([
      { period: '2026-01', startEpochS: Date.UTC(2026, 0, 1) / 1000, peakKw: 5 },
      { period: '2026-02', startEpochS: Date.UTC(2026, 1, 1) / 1000, peakKw: 7 },
    ])
    expect(peaksOf(series, 'week').map((p) => [p.period, p.peakKw])).toEqual([
      ['2026-01-26', 7],
      ['2026-02-02', 6],
    ])
  })

  it('refuses unordered times and negative power, naming the sample', () => {
    expect(() => peaksOf({ startEpochS: 0, timesS: [0, 0], powerW: [1, 1] }, 'month')).toThrow(/timesS\[1\]/)
    expect(() => peaksOf({ startEpochS: 0, timesS: [0], powerW: [-1] }, 'week')).toThrow(/powerW\[0\]/)
  })
})
