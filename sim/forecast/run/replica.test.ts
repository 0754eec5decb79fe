import { describe, expect, it } from 'vitest'
import { planForecast } from './plan.ts'
import { forecastReplica, growthZOf } from './replica.ts'
import { upsHall, UPS_HALL_IT_W } from './runHalls.ts'

const upsLine = (record: ReturnType<typeof forecastReplica>) => record.lines.find((l) => l.id === 'ups:ups')!

describe('forecastReplica on a hall whose UPS binds', () => {
  it('450 kW growing 3 %/month against 700 kW crosses at ln(700/450)/ln(1.03) = 14.95 months', () => {
    const scenario = upsHall({ demand: { kind: 'compound', percentPerMonth: 3 } })
    const record = forecastReplica(scenario, { months: 24, replica: 0, seed: 1 })
    const expected = Math.log(700 / 450) / Math.log(1.03)
    expect(expected).toBeCloseTo(14.948, 3)
    expect(upsLine(record).firstCrossingMonth).toBeCloseTo(expected, 6)
    expect(upsLine(record).stateAtCrossing).toBe('over')
    expect(record.first).toBe('ups:ups')
    // Month 0's peak is today's 450 kW grown to month 1's end: 450 × 1.03 = 463.5 kW.
    expect(record.months[0].peakItKw).toBeCloseTo(463.5, 6)
    // Cooling (2 MW) is not reached within 24 months: 450 × 1.03^24 = 914.8 kW.
    expect(record.lines.find((l) => l.id === 'cooling:cooling')!.firstCrossingMonth).toBeNull()
  })

  it('gives each month the worst line of each kind: month 0 peaks at 463.5 kW', () => {
    const scenario = upsHall({ demand: { kind: 'compound', percentPerMonth: 3 } })
    const [month0, month1] = forecastReplica(scenario, { months: 2, replica: 0, seed: 1 }).months
    // UPS 463.5 / 700 kW; a rack 46.35 / 500 kW; cooling 463.5 kW of heat (no fans, no losses) / 4 × 500 kW;
    // 30 one-U servers in 42 U; no recirculation, so every inlet is the 18 °C supply.
    expect(month0.worstByKind.ups).toBeCloseTo((100 * 463.5) / 700, 9)
    expect(month0.worstByKind.rackPower).toBeCloseTo((100 * 46.35) / 500, 9)
    expect(month0.worstByKind.cooling).toBeCloseTo((100 * 463.5) / 2000, 9)
    expect(month0.worstByKind.rackSpace).toBeCloseTo((100 * 30) / 42, 9)
    expect(month0.worstByKind.inletRecommended).toBeCloseTo(18, 6)
    // Month 1 peaks at its end, 450 × 1.03² kW.
    expect(month1.worstByKind.ups).toBeCloseTo((100 * 450 * 1.03 ** 2) / 700, 9)
    expect(Object.keys(month0.worstByKind)).toEqual([...Object.keys(month0.worstByKind)].sort())
  })

  it('450 kW growing 10 kW/month linearly crosses 700 kW after (700 − 450)/10 = 25 months', () => {
    const scenario = upsHall({ demand: { kind: 'linear', baseItKw: 450, kwPerMonth: 10 } })
    const record = forecastReplica(scenario, { months: 30, replica: 0, seed: 1 })
    expect(upsLine(record).firstCrossingMonth).toBeCloseTo(25, 6)
  })

  it('the growth deviation is drawn per (seed, replica) and moves the crossing as the held rate says', () => {
    const scenario = upsHall({ demand: { kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 } })
    const z = growthZOf(7, 3)
    expect(growthZOf(7, 3)).toBe(z)
    expect(growthZOf(7, 4)).not.toBe(z)
    expect(growthZOf(8, 3)).not.toBe(z)
    const record = forecastReplica(scenario, { months: 36, replica: 3, seed: 7 })
    expect(record.growthZ).toBe(z)
    // Rate held at 3 + z %/month: ln(700/450)/ln(1 + (3 + z)/100).
    const expected = Math.log(700 / 450) / Math.log(1 + (3 + z) / 100)
    expect(upsLine(record).firstCrossingMonth).toBeCloseTo(expected, 6)
  })

  it('a UPS already past its limit today is crossed at month 0; no growth section holds today’s load', () => {
    const over = upsHall(undefined, (s) => (s.electrical = { upsCapacityKw: 400 }))
    expect(upsLine(forecastReplica(over, { months: 2, replica: 0, seed: 1 })).firstCrossingMonth).toBe(0)
    const flat = forecastReplica(upsHall(undefined), { months: 2, replica: 0, seed: 1 })
    expect(upsLine(flat).firstCrossingMonth).toBeNull()
    expect(flat.months[1].peakItKw).toBeCloseTo(UPS_HALL_IT_W / 1000, 6)
  })

  it('refuses a horizon outside 1…120 months and a growth table shorter than it', () => {
    const scenario = upsHall(undefined)
    expect(() => planForecast(scenario, { months: 0 })).toThrow(/months must be a whole number from 1 to 120/)
    const table = upsHall({ demand: { kind: 'table', baseItKw: 450, meanKw: [450, 460], sigmaKw: [0, 5] } })
    expect(() => planForecast(table, { months: 2 })).toThrow(/growth table covers 1 months/)
  })

  it('books a month of energy by hand: 450 kW × 730.485 h grown by (1.03 − 1)/ln 1.03, priced by the tariff', () => {
    const tariff = { currency: 'EUR', pricePerKwh: 0.2, carbonGPerKwh: 380 }
    const grown = forecastReplica(upsHall({ demand: { kind: 'compound', percentPerMonth: 3 }, tariff }), {
      months: 2,
      replica: 0,
      seed: 1,
    })
    // A mean month is 730.485 h; the mean of 1.03^m over [0, 1) is 0.03/ln 1.03 = 1.014926 (hour midpoints: 1e-7).
    const month0 = grown.months[0]
    expect(month0.itKwh / (450 * 730.485 * (0.03 / Math.log(1.03)))).toBeCloseTo(1, 6)
    // Month 1 is 1.03 times month 0.
    expect(grown.months[1].itKwh / month0.itKwh).toBeCloseTo(1.03, 6)
    // Facility = IT × PUE (fans, lighting); cost 0.2 EUR and 0.38 kg CO2e per facility kWh.
    expect(month0.facilityKwh).toBeGreaterThan(month0.itKwh)
    expect(month0.cost! / month0.facilityKwh).toBeCloseTo(0.2, 9)
    expect(month0.emissionsKgCo2e! / month0.facilityKwh).toBeCloseTo(0.38, 9)
  })
})
