// Load profile stories: hand-computable seasonality, trend and launches; seeded bursts; the [0, 1] property.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createRng } from '../core/rng.ts'
import { createLoadProfile, sampleUtilization } from './profile.ts'
import { loadProfileSchema } from './profileSpec.ts'
import type { LoadProfileInput } from './profileSpec.ts'

const DAY_S = 86_400
const MONDAY_EPOCH_S = Date.UTC(2026, 0, 5) / 1000 // Monday 5 January 2026, 00:00 UTC
const spec = (input: Omit<LoadProfileInput, 'kind'>) =>
  loadProfileSchema.parse({ kind: 'synthetic', ...input })
const profile = (input: Omit<LoadProfileInput, 'kind'>, seed = 1) =>
  createLoadProfile(spec(input), MONDAY_EPOCH_S, createRng(seed).stream('workload'))
const samples = (p: { levelAt(tS: number): number }, fromS: number, toS: number, stepS: number) =>
  Array.from({ length: Math.round((toS - fromS) / stepS) }, (_, i) => p.levelAt(fromS + i * stepS))
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length
const bursty = { baseUtilization: 0.2, bursts: { ratePerDay: 24, meanDurationS: 1800, amplitude: 0.1 } }

describe('loadProfileSchema', () => {
  it('fills the documented defaults: flat, no weekend dip, no trend, bursts or launches', () => {
    expect(spec({ baseUtilization: 0.5 })).toEqual({
      kind: 'synthetic',
      baseUtilization: 0.5,
      daily: { amplitude: 0, peakHourUtc: 15 },
      weekly: { weekendFactor: 1 },
      trendPerDay: 0,
      noiseSd: 0.02,
      bursts: { ratePerDay: 0, meanDurationS: 1800, amplitude: 0.2 },
      launches: [],
      updateS: 300,
    })
  })

  it('wants exactly one of atS and date on a launch, and reports the path', () => {
    const launch = { durationS: 3600, multiplier: 2 }
    const bad = loadProfileSchema.safeParse({ kind: 'synthetic', baseUtilization: 0.5, launches: [launch] })
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['launches.0', 'give exactly one of atS and date'],
    ])
    const both = { ...launch, atS: 0, date: '2026-01-05T00:00:00Z' }
    expect(
      loadProfileSchema.safeParse({ kind: 'synthetic', baseUtilization: 0.5, launches: [both] }).success,
    ).toBe(false)
  })

  it('converts to a JSON Schema carrying the field descriptions', () => {
    const json = JSON.stringify(z.toJSONSchema(loadProfileSchema, { io: 'input', unrepresentable: 'any' }))
    expect(json).toContain('weekend load as a multiple of weekday load')
    expect(json).toContain('mean burst duration (exponential), s')
  })
})

describe('createLoadProfile', () => {
  it('has a weekend average of weekendFactor × the weekday average over a fortnight', () => {
    const p = profile({ baseUtilization: 0.5, weekly: { weekendFactor: 0.7 }, noiseSd: 0 })
    const days = Array.from({ length: 14 }, (_, d) => mean(samples(p, d * DAY_S, (d + 1) * DAY_S, 300)))
    // Days 0–4 and 7–11 are Monday–Friday; 5, 6, 12, 13 are the weekends.
    const expected = [0.5, 0.5, 0.5, 0.5, 0.5, 0.35, 0.35, 0.5, 0.5, 0.5, 0.5, 0.5, 0.35, 0.35]
    days.forEach((level, d) => expect(level).toBeCloseTo(expected[d], 12))
    // With a daily swing the whole-day means are unchanged: a cosine averages to zero over a day.
    const swing = profile({ baseUtilization: 0.5, daily: { amplitude: 0.3 }, weekly: { weekendFactor: 0.7 } })
    const weekend = [5, 6, 12, 13].map((d) => mean(samples(swing, d * DAY_S, (d + 1) * DAY_S, 300)))
    const weekday = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map((d) =>
      mean(samples(swing, d * DAY_S, (d + 1) * DAY_S, 300)),
    )
    expect(mean(weekend) / mean(weekday)).toBeCloseTo(0.7, 12)
  })

  it('peaks at peakHourUtc and bottoms out twelve hours later', () => {
    const p = profile({ baseUtilization: 0.5, daily: { amplitude: 0.3, peakHourUtc: 15 } })
    expect(p.levelAt(15 * 3600)).toBeCloseTo(0.8, 12)
    expect(p.levelAt(3 * 3600)).toBeCloseTo(0.2, 12)
    expect(p.levelAt(9 * 3600)).toBeCloseTo(0.5, 12)
  })

  it('compounds the trend: 30 days at 0.01/day is 1.01^30 = 1.3478 × the base', () => {
    const p = profile({ baseUtilization: 0.5, trendPerDay: 0.01 })
    expect(p.levelAt(0)).toBe(0.5)
    expect(p.levelAt(30 * DAY_S) / 0.5).toBeCloseTo(1.3478, 4)
    expect(p.levelAt(30 * DAY_S)).toBeCloseTo(0.5 * 1.01 ** 30, 12)
  })

  it('multiplies exactly within a launch window, given as atS or as a date', () => {
    const launches = [
      { atS: 2 * DAY_S, durationS: 6 * 3600, multiplier: 2 },
      { date: '2026-01-08T12:00:00Z', durationS: 3600, multiplier: 1.5 }, // Thursday noon = 3.5 d after start
    ]
    const p = profile({ baseUtilization: 0.3, launches })
    const at = (tS: number) => p.levelAt(tS)
    expect([2 * DAY_S - 1, 2 * DAY_S, 2 * DAY_S + 6 * 3600 - 1, 2 * DAY_S + 6 * 3600].map(at)).toEqual([
      0.3, 0.6, 0.6, 0.3,
    ])
    expect([3.5 * DAY_S - 1, 3.5 * DAY_S, 3.5 * DAY_S + 3599, 3.5 * DAY_S + 3600].map(at)).toEqual([
      0.3,
      0.3 * 1.5,
      0.3 * 1.5,
      0.3,
    ])
    expect(profile({ baseUtilization: 0.6, launches }).levelAt(2 * DAY_S)).toBe(1) // clamped
  })

  it('replays bursts for the same seed, in any query order, and differs for another seed', () => {
    const timesS = Array.from({ length: 2000 }, (_, i) => i * 433)
    const forward = timesS.map(profile(bursty, 7).levelAt)
    const backward = timesS.slice().reverse().map(profile(bursty, 7).levelAt).reverse()
    expect(backward).toEqual(forward)
    expect(timesS.map(profile(bursty, 7).levelAt)).toEqual(forward)
    expect(timesS.map(profile(bursty, 8).levelAt)).not.toEqual(forward)
    // Between bursts the level is the base; each running burst adds exactly one amplitude.
    const burstsRunning = forward.map((x) => (x - 0.2) / 0.1)
    expect(burstsRunning.every((n) => Math.abs(n - Math.round(n)) < 1e-9)).toBe(true)
    expect(Math.max(...burstsRunning)).toBeGreaterThanOrEqual(1)
  })

  it('adds amplitude × (rate × mean duration) on average: 0.2 + 0.1 × 24/d × 30 min = 0.25', () => {
    expect(mean(samples(profile(bursty, 3), 0, 400 * DAY_S, 600))).toBeCloseTo(0.25, 2)
  })

  it('stays finite and within [0, 1] for any valid spec and time (property)', () => {
    const specs = fc.record({
      baseUtilization: fc.double({ min: 0, max: 1, noNaN: true }),
      daily: fc.record({
        amplitude: fc.double({ min: 0, max: 1, noNaN: true }),
        peakHourUtc: fc.integer({ min: 0, max: 23 }),
      }),
      weekly: fc.record({ weekendFactor: fc.double({ min: 0, max: 10, noNaN: true }) }),
      trendPerDay: fc.double({ min: -0.99, max: 1, noNaN: true }),
      bursts: fc.record({
        ratePerDay: fc.double({ min: 0, max: 50, noNaN: true }),
        meanDurationS: fc.double({ min: 1, max: 7 * DAY_S, noNaN: true }),
        amplitude: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      launches: fc.array(
        fc.record({
          atS: fc.double({ min: -1e7, max: 1e8, noNaN: true }),
          durationS: fc.double({ min: 1, max: 1e7, noNaN: true }),
          multiplier: fc.double({ min: 1e-3, max: 100, noNaN: true }),
        }),
        { maxLength: 3 },
      ),
    })
    const timesS = fc.array(fc.double({ min: -1e8, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 5 })
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 2 ** 32 - 1 }), timesS, (input, seed, ts) => {
        const p = profile(input, seed)
        return ts.every((tS) => {
          const level = p.levelAt(tS)
          return Number.isFinite(level) && level >= 0 && level <= 1
        })
      }),
      { numRuns: 200 },
    )
  })
})

describe('sampleUtilization', () => {
  it('adds clamped per-server noise, and draws nothing when noiseSd is 0', () => {
    const out = new Float64Array(4)
    const stream = createRng(1).stream('noise')
    sampleUtilization(out, 0.5, 0, stream)
    expect([...out]).toEqual([0.5, 0.5, 0.5, 0.5])
    expect(stream.next()).toBe(createRng(1).stream('noise').next())
    sampleUtilization(out, 0.99, 0.5, createRng(2).stream('noise'))
    expect(out.every((u) => u >= 0 && u <= 1)).toBe(true)
    expect(new Set(out).size).toBeGreaterThan(1)
  })
})
