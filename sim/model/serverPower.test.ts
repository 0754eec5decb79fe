import { describe, expect, it } from 'vitest'
import { linearPower, specPower } from './serverPower.ts'

// IBM System x3550 M3, 2x Xeon X5675 (SPECpower_ssj2008 result 20110406-00368), as tabled in CloudSim's
// PowerModelSpecPowerIbmX3550XeonX5675 and asserted by its unit test (physics.md §1.2).
const X5675_W = [58.4, 98, 109, 118, 128, 140, 153, 170, 189, 205, 222]

describe('specPower', () => {
  const p = specPower(X5675_W)
  it('returns the published points exactly', () => {
    expect(p(0)).toBe(58.4)
    expect(p(0.1)).toBeCloseTo(98, 12)
    expect(p(0.3)).toBeCloseTo(118, 12) // 0.3 % 0.1 ≠ 0 in IEEE-754: the index must not drift
    expect(p(0.5)).toBeCloseTo(140, 12)
    expect(p(0.8)).toBeCloseTo(189, 12)
    expect(p(0.9)).toBeCloseTo(205, 12)
    expect(p(1)).toBe(222)
  })
  it('interpolates linearly between points, as CloudSim asserts', () => {
    expect(p(0.02)).toBeCloseTo(58.4 + (98 - 58.4) / 5, 10)
    expect(p(0.87)).toBeCloseTo(189 + 0.7 * (205 - 189), 10)
    // CloudSim Plus rounds u·11 to an index: at u = 0.5 it would return the 60 % point, 153 W.
    expect(p(0.5)).not.toBeCloseTo(153, 0)
  })
  it('clamps utilisation outside [0, 1]', () => {
    expect(p(-0.5)).toBe(58.4)
    expect(p(1.7)).toBe(222)
  })
  it('rejects a table that is not 11 points', () => {
    expect(() => specPower([1, 2, 3])).toThrow(/11 points/)
  })
})

describe('linearPower', () => {
  it('goes from idle to max in a straight line', () => {
    const p = linearPower(100, 300)
    expect([p(0), p(0.25), p(0.5), p(1), p(2)]).toEqual([100, 150, 200, 300, 300])
  })
})
