import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../../scenario/parse.ts'
import { runHorizon } from './runHorizon.ts'
import { MONTH_S } from '../growth/calendar.ts'
import { hotDiurnalHall, proportionalHall } from './testHalls.ts'

const HOUR_S = 3600
const compound = (perMonth: number) => (tS: number) => (1 + perMonth) ** (tS / MONTH_S)
const linear = (perMonth: number) => (tS: number) => 1 + (perMonth * tS) / MONTH_S

describe('runHorizon on a load worked by hand', () => {
  // proportionalHall: IT = 3000 W × scale. "450 kW today" is 3000 W, so "700 kW usable" is 3000 × 700/450 W.
  const limitW = (3000 * 700) / 450

  it('crosses at ln(700/450)/ln(1.03) = 14.95 months under 3 %/month, at the hour the stepped path gets there', () => {
    const r = runHorizon(proportionalHall(), {
      months: 15,
      loadScaleAt: compound(0.03),
      itLimitW: limitW,
      method: 'fast',
    })
    const crossingS = (Math.log(700 / 450) / Math.log(1.03)) * MONTH_S // 14.947 months
    // The path steps every hour and the hourly workload update draws the new scale at once.
    expect(r.itCrossingS).toBe(Math.ceil(crossingS / HOUR_S) * HOUR_S)
    expect(r.itCrossingS! / MONTH_S).toBeCloseTo(14.95, 2)
    // Month 0 peaks at its last hour's step: 3000 × 1.03^(730 h / 730.485 h).
    const lastHourS = Math.floor(MONTH_S / HOUR_S) * HOUR_S
    expect(r.months[0].peakItW).toBeCloseTo(3000 * compound(0.03)(lastHourS), 6)
  }, 60_000)

  it('crosses after (700 − 450)/50 = 5 months growing 50 kW of 450 a month, and books a flat month by hand', () => {
    const r = runHorizon(proportionalHall(), {
      months: 6,
      loadScaleAt: linear(50 / 450),
      itLimitW: limitW,
      method: 'fast',
    })
    expect(r.itCrossingS).toBe(Math.ceil((5 * MONTH_S) / HOUR_S) * HOUR_S) // 3653 h
    const flat = runHorizon(proportionalHall(), {
      months: 1,
      loadScaleAt: () => 1,
      itLimitW: limitW,
      method: 'fast',
    })
    // 3 kW for 730.485 h (a 365.2425/12-day month).
    expect(flat.months[0].itEnergyKwh).toBeCloseTo(3 * 730.485, 2)
    expect(flat.months[0].peakItW).toBeCloseTo(3000, 9)
    expect(flat.itCrossingS).toBeNull()
  }, 60_000)

  it('refuses a path that does not start at today, a fractional horizon and a non-positive limit', () => {
    const base = { months: 1, loadScaleAt: () => 1, itLimitW: 1, method: 'fast' as const }
    expect(() => runHorizon(proportionalHall(), { ...base, loadScaleAt: () => 1.2 })).toThrow(
      /loadScaleAt\(0\) must be 1/,
    )
    expect(() => runHorizon(proportionalHall(), { ...base, months: 1.5 })).toThrow(/months must be/)
    expect(() => runHorizon(proportionalHall(), { ...base, itLimitW: 0 })).toThrow(/itLimitW/)
  })
})

describe('fast against the fine-step reference (the method proof in small; npm run bench -- horizon in full)', () => {
  // 8 %/month for 6 months takes the hot tiny hall's afternoon peak past its 6 kW coil into 27 and 32 °C:
  // transients, not steady states, decide the crossings here.
  const options = {
    months: 6,
    loadScaleAt: compound(0.08),
    itLimitW: 6000,
    inletLimitsC: [24, 27, 32],
  }
  it('crossing dates within 2 %, monthly peak inlets within 0.2 K, energies within 1 %, at far fewer events', () => {
    const fine = runHorizon(hotDiurnalHall(), { ...options, method: 'fine' })
    const fast = runHorizon(hotDiurnalHall(), { ...options, method: 'fast' })
    // Every crossing happens in the reference, so the comparison is not vacuous.
    for (const s of [...fine.inletCrossingS, fine.itCrossingS]) expect(s).not.toBeNull()
    fine.inletCrossingS.forEach((s, k) =>
      expect(Math.abs(fast.inletCrossingS[k]! / s! - 1)).toBeLessThan(0.02),
    )
    expect(Math.abs(fast.itCrossingS! / fine.itCrossingS! - 1)).toBeLessThan(0.02)
    fine.months.forEach((m, i) => {
      expect(Math.abs(fast.months[i].peakInletC - m.peakInletC)).toBeLessThan(0.2)
      expect(Math.abs(fast.months[i].facilityEnergyKwh / m.facilityEnergyKwh - 1)).toBeLessThan(0.01)
    })
    expect(fast.events * 3).toBeLessThan(fine.events)
  }, 240_000)

  it('follows a failure window: crah-failure.json (2 of 3 CRAHs down at 14:00 for 20 min) over a month', () => {
    const file = 'scenarios/crah-failure.json'
    const hall = parseScenarioText(readFileSync(file, 'utf8'), file)
    const options = { months: 1, loadScaleAt: compound(0.03), itLimitW: 150_000, inletLimitsC: [27, 32] }
    const fine = runHorizon(hall, { ...options, method: 'fine' })
    const fast = runHorizon(hall, { ...options, method: 'fast' })
    // Timed from the failure at 50,400 s, the dates agree within 1 % (measured: 96.7 / 759.9 s fast, 96.8 /
    // 759.8 s fine); the peak is the state just before the restore, seen by both (PRE_EVENT_S).
    const failS = 50_400
    fine.inletCrossingS.forEach((s, k) => {
      expect(s! - failS).toBeGreaterThan(60)
      expect(Math.abs((fast.inletCrossingS[k]! - failS) / (s! - failS) - 1)).toBeLessThan(0.01)
    })
    expect(fine.months[0].peakInletC).toBeGreaterThan(32)
    expect(Math.abs(fast.months[0].peakInletC - fine.months[0].peakInletC)).toBeLessThan(0.2)
  }, 240_000)

  it('stays within 0.2 K once growth drives racks to trip and restart (crah-failure, 15 %/month, 4 months)', () => {
    // crah-2 never comes back, and from month 2 racks cycle between the 45 °C trip and the 35 °C restart.
    // A trip used to act at the next settle: at once in the 60 s run when a tick fell on the workload update
    // that judged it, a tick later in the fast run, and each month's peak read there. Measured before the fix:
    // 0.346 and 0.287 K off in months 2 and 3; after: under 0.001 K.
    const file = 'scenarios/crah-failure.json'
    const hall = parseScenarioText(readFileSync(file, 'utf8'), file)
    const options = { months: 4, loadScaleAt: compound(0.15), itLimitW: 150_000, inletLimitsC: [27, 32] }
    const fine = runHorizon(hall, { ...options, method: 'fine' })
    const fast = runHorizon(hall, { ...options, method: 'fast' })
    // The regime is reached in both, from month 2 on.
    for (const r of [fine, fast]) expect(r.months.slice(2).every((m) => (m.rackTrips ?? 0) > 10)).toBe(true)
    fine.months.forEach((m, i) => {
      expect(Math.abs(fast.months[i].peakInletC - m.peakInletC)).toBeLessThan(0.2)
      expect(Math.abs(fast.months[i].facilityEnergyKwh / m.facilityEnergyKwh - 1)).toBeLessThan(0.01)
    })
    expect(Math.abs(fast.itCrossingS! / fine.itCrossingS! - 1)).toBeLessThan(0.02)
  }, 300_000)
})
