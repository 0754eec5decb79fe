import { describe, expect, it } from 'vitest'
import { ASHRAE_CLASSES, CHANGE_LIMITS, createComplianceTracker, RECOMMENDED_DRY_BULB_C } from './ashrae.ts'

const one = (c: number) => Float64Array.of(c)

/** Feeds a single-sensor tracker `(timeS, inletC)` pairs. */
function run(className: Parameters<typeof createComplianceTracker>[0], samples: [number, number][]) {
  const tracker = createComplianceTracker(className, 1)
  for (const [timeS, inletC] of samples) tracker.sample(timeS, one(inletC))
  return tracker
}

/** A linear ramp from 20 °C at `ratePerH`, sampled every minute for two hours. */
const ramp = (ratePerH: number): [number, number][] =>
  Array.from({ length: 121 }, (_, k) => [k * 60, 20 + (ratePerH * k) / 60])

describe('the class table (ASHRAE TC 9.9 2021, docs/physics.md#ashrae-thermal-guidelines)', () => {
  it('has the allowable dry-bulb ranges A1 15–32, A2 10–35, A3 5–40, A4 5–45, H1 5–25 and recommended 18–27 °C', () => {
    const ranges = Object.values(ASHRAE_CLASSES).map((c) => [c.name, c.minC, c.maxC])
    expect(ranges).toEqual([
      ['recommended', 18, 27],
      ['A1', 15, 32],
      ['A2', 10, 35],
      ['A3', 5, 40],
      ['A4', 5, 45],
      ['H1', 5, 25],
    ])
    expect(RECOMMENDED_DRY_BULB_C.H1).toEqual([18, 22])
    expect(ASHRAE_CLASSES.H1).toMatchObject({ maxDewPointC: 17, minRhPct: 8, maxRhPct: 80 })
  })
  it('carries the humidity limits as data: A1 −12…17 °C dew point, 8–80 % RH; A4 up to 90 % RH', () => {
    expect(ASHRAE_CLASSES.A1).toMatchObject({
      minDewPointC: -12,
      maxDewPointC: 17,
      minRhPct: 8,
      maxRhPct: 80,
    })
    expect(ASHRAE_CLASSES.A2.maxDewPointC).toBe(21)
    expect(ASHRAE_CLASSES.A3).toMatchObject({ maxDewPointC: 24, maxRhPct: 85 })
    expect(ASHRAE_CLASSES.A4).toMatchObject({ maxDewPointC: 24, maxRhPct: 90 })
    expect(ASHRAE_CLASSES.recommended).toMatchObject({ minDewPointC: -9, maxDewPointC: 15, maxRhPct: 70 })
  })
})

describe('createComplianceTracker', () => {
  it('counts 600 s above 27 °C for a sensor at 30 °C for 600 s, then 20 °C', () => {
    const t = run('A1', [
      [0, 30],
      [300, 30],
      [600, 20],
      [1200, 20],
    ])
    expect(t.aboveRecommendedS[0]).toBe(600)
    expect(t.aboveAllowableS[0]).toBe(0)
    expect(t.timeAboveS('recommended')).toBe(600)
  })

  it('counts time beyond the class limits: 33 °C is above A1 (32) but within A2 (35)', () => {
    const samples: [number, number][] = [
      [0, 33],
      [120, 33],
      [180, 12],
      [240, 12],
    ]
    expect(run('A1', samples).aboveAllowableS[0]).toBe(180)
    expect(run('A1', samples).belowAllowableS[0]).toBe(60)
    expect(run('A2', samples).aboveAllowableS[0]).toBe(0)
    expect(run('A2', samples).belowAllowableS[0]).toBe(0)
  })

  it('trips the 15-minute rule on a 6 °C ramp over 10 minutes, once, but not the hourly rule', () => {
    const samples = Array.from({ length: 31 }, (_, k): [number, number] => [
      k * 60,
      20 + Math.min(k, 10) * 0.6,
    ])
    const t = run('A1', samples)
    expect(t.quarterHourChangeViolations[0]).toBe(1)
    expect(t.hourChangeViolations[0]).toBe(0)
    expect(t.maxQuarterHourChangeC[0]).toBeCloseTo(6, 10)
    expect(t.maxRateCPerH[0]).toBeCloseTo(36, 10)
  })

  it('does not trip on exactly 5 °C within 15 minutes', () => {
    expect(
      run('A1', [
        [0, 20],
        [900, 25],
        [1800, 25],
      ]).quarterHourChangeViolations[0],
    ).toBe(0)
  })

  it('does not trip at exactly 20 °C/h for two hours: 20 °C in the hour, 5 °C in 15 minutes', () => {
    const t = run('A1', ramp(20))
    expect(t.maxHourChangeC[0]).toBeCloseTo(20, 10)
    expect(t.hourChangeViolations[0]).toBe(0)
    expect(t.quarterHourChangeViolations[0]).toBe(0)
    expect(t.maxRateCPerH[0]).toBeCloseTo(20, 10)
  })

  it('trips both rules at 21 °C/h: 21 °C in an hour, 5.25 °C in 15 minutes, each excursion counted once', () => {
    const t = run('A4', ramp(21))
    expect(t.hourChangeViolations[0]).toBe(1)
    expect(t.quarterHourChangeViolations[0]).toBe(1)
    expect(t.maxHourChangeC[0]).toBeCloseTo(21, 10)
  })

  it('counts separate excursions separately and forgets samples older than the window', () => {
    // Two 6 °C pulses an hour apart, each 20 minutes long. Every step, up or down, is a 6 °C change, and the
    // window clears 15 minutes after each (the old samples leave it), so the four steps are four onsets.
    const samples: [number, number][] = []
    for (let k = 0; k <= 180; k++)
      samples.push([k * 60, (k >= 30 && k < 50) || (k >= 90 && k < 110) ? 26 : 20])
    expect(run('A1', samples).quarterHourChangeViolations[0]).toBe(4)
  })

  it('keeps sensors apart and reports the room time with at least one sensor too warm', () => {
    const t = createComplianceTracker('A1', 2)
    t.sample(0, Float64Array.of(28, 20))
    t.sample(100, Float64Array.of(28, 28))
    t.sample(200, Float64Array.of(20, 33))
    t.sample(300, Float64Array.of(20, 20))
    expect(Array.from(t.aboveRecommendedS)).toEqual([200, 200])
    expect(Array.from(t.aboveAllowableS)).toEqual([0, 100])
    expect(t.timeAboveS('recommended')).toBe(300)
    expect(t.timeAboveS('allowable')).toBe(100)
  })

  it('handles many samples in a window (the ring buffers grow) and stays exact', () => {
    // 1 s samples of a 0.001 °C/s ramp (3.6 °C/h): 0.9 °C in any 15 minutes, never a violation.
    const t = createComplianceTracker('A1', 1)
    for (let s = 0; s <= 3 * 3600; s++) t.sample(s, one(20 + s * 0.001))
    expect(t.maxQuarterHourChangeC[0]).toBeCloseTo(0.9, 9)
    expect(t.maxHourChangeC[0]).toBeCloseTo(3.6, 9)
    expect(t.quarterHourChangeViolations[0]).toBe(0)
  })

  it('rejects samples that do not move forward or have the wrong sensor count', () => {
    const t = createComplianceTracker('A1', 1)
    t.sample(10, one(20))
    expect(() => t.sample(10, one(20))).toThrow(/forward/)
    expect(() => t.sample(20, Float64Array.of(20, 21))).toThrow(/expected 1/)
  })

  it('holds a tape sensor to 5 °C in an hour: a 6 °C/h ramp breaches it once, the general sensor not at all', () => {
    // Table 2-1 note f: tape 5 °C in an hour; other equipment 20 °C/h and 5 °C in 15 min (6 °C/h gives 1.5 °C).
    const t = createComplianceTracker('A1', 2, [CHANGE_LIMITS.general, CHANGE_LIMITS.tape])
    for (const [timeS, c] of ramp(6)) t.sample(timeS, Float64Array.of(c, c))
    expect(Array.from(t.hourChangeViolations)).toEqual([0, 1])
    expect(Array.from(t.quarterHourChangeViolations)).toEqual([0, 0])
    expect(t.hourChangeNowC[1]).toBeCloseTo(6, 9)
  })

  it('counts H1 time above its own recommended 22 °C', () => {
    const t = createComplianceTracker('H1', 1)
    t.sample(0, one(23))
    t.sample(600, one(20))
    expect(t.aboveRecommendedS[0]).toBe(600)
  })
})
