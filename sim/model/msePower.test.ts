// The MSE server power model (Fan, Weber, Barroso 2007; OpenDC MsePowerModel) against hand values and OpenDC's test.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { catalogCurveW, linearPower, msePower, powerModelFrom } from './serverPower.ts'
import { parseScenario, type ScenarioError } from '../scenario/parse.ts'
import { tinyHall } from '../testing/tinyHall.ts'

describe('msePower: P(u) = P_idle + (P_max − P_idle)·(2u − u^r)', () => {
  it('gives OpenDC’s own test value: idle 200 W, max 350 W, r = 1.4 at u = 0.9 draws 340.571 W', () => {
    // opendc PowerModelTest.kt at 27f5b7dc, line 175: mse(350.0, 200.0, 1.4) at 0.9 → 340.571 (± 1e-3).
    expect(msePower(200, 350, 1.4)(0.9)).toBeCloseTo(340.571, 3)
  })
  it('matches hand values: 0.5^1.4 = 0.378929, so u = 0.5 adds 150 W × 0.621071 = 93.16 W to idle', () => {
    expect(msePower(200, 350, 1.4)(0.5)).toBeCloseTo(293.1606, 4)
    // r = 2: 2u − u² = 1 − (1 − u)², 0.75 at u = 0.5.
    expect(msePower(200, 350, 2)(0.5)).toBe(312.5)
  })
  it('is the linear model at r = 1, exactly', () => {
    const mse = msePower(100, 300, 1)
    const linear = linearPower(100, 300)
    for (const u of [0, 0.1, 0.25, 0.5, 0.73, 1]) expect(mse(u)).toBe(linear(u))
  })
  it('runs from idle to max, clamps outside [0, 1] and rises monotonically for every r in [1, 2]', () => {
    expect([-1, 0, 1, 2].map(msePower(200, 350, 1.4))).toEqual([200, 200, 350, 350])
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, u1, u2) => {
          const p = msePower(200, 350, r)
          const [lo, hi] = u1 <= u2 ? [u1, u2] : [u2, u1]
          expect(p(lo)).toBeLessThanOrEqual(p(hi) + 1e-9)
          expect(p(lo)).toBeGreaterThanOrEqual(200)
          expect(p(hi)).toBeLessThanOrEqual(350 + 1e-9)
        },
      ),
    )
  })
  it('refuses r outside [1, 2], where the curve leaves [idle, max]', () => {
    expect(() => msePower(200, 350, 10)).toThrow(/\[1, 2\], got 10/)
  })
})

describe('the MSE shape against a recent published curve (docs/physics.md limits)', () => {
  it('cannot follow the Dell R640: least squares over r ∈ [1, 2] lands on r = 1, and r = 1.4 overshoots by 80 W', () => {
    const curveW = catalogCurveW('dell-poweredge-r640-2x-xeon-platinum-8180')
    const squaredErrorW2 = (r: number) =>
      curveW.reduce((se, w, k) => se + (msePower(curveW[0], curveW[10], r)(k / 10) - w) ** 2, 0)
    const rs = Array.from({ length: 1001 }, (_, k) => 1 + k / 1000)
    const best = rs.reduce((a, b) => (squaredErrorW2(b) < squaredErrorW2(a) ? b : a))
    expect(best).toBe(1)
    expect(Math.sqrt(squaredErrorW2(1) / 11)).toBeCloseTo(25, 0)
    // 55 + 414·(1 − 0.5^1.4) = 55 + 414·0.621071 = 312.12 W, against 232 W published at 50 %.
    expect(msePower(55, 469, 1.4)(0.5)).toBeCloseTo(312.12, 2)
    expect(curveW[5]).toBe(232)
  })
})

describe('an mse power model in a scenario', () => {
  const withPower = (power: Record<string, unknown>) =>
    tinyHall({}, (s) => (s.serverModels[0].power = power as never))
  it('is built by powerModelFrom, r defaulting to Fan et al.’s fitted 1.4', () => {
    const scenario = parseScenario(withPower({ kind: 'mse', idleW: 200, maxW: 350 }))
    const spec = scenario.serverModels[0].power
    expect(spec).toEqual({ kind: 'mse', idleW: 200, maxW: 350, r: 1.4 })
    expect(powerModelFrom(spec)(0.9)).toBeCloseTo(340.571, 3)
  })
  it('names the JSON path of an r out of range', () => {
    try {
      parseScenario(withPower({ kind: 'mse', idleW: 200, maxW: 350, r: 2.5 }), 'hall.json')
      expect.unreachable()
    } catch (error) {
      expect((error as ScenarioError).message).toBe(
        'hall.json: $.serverModels[0].power.r: must be at most 2: above, P(u) overshoots maxW below 100 % utilisation',
      )
    }
  })
})
