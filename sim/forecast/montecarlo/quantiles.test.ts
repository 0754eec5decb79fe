import { describe, expect, it } from 'vitest'
import { bandOf, quantileOf, quantileRanks } from './quantiles.ts'

describe('quantiles with right-censoring', () => {
  it('reads the ⌈p·n⌉-th smallest value: 1 … 10 gives p10 = 1, p50 = 5, p90 = 9', () => {
    const values = [7, 3, 10, 1, 9, 2, 8, 4, 6, 5]
    expect(bandOf(values)).toEqual({ p10: 1, p50: 5, p90: 9 })
    expect(quantileOf(values, 1)).toBe(10)
  })

  it('keeps censored replicas (+∞) last: 6 of 10 crossed → p50 finite, p90 beyond the horizon', () => {
    const months = [14, 3, Infinity, 20, Infinity, 8, Infinity, 11, Infinity, 17]
    // Sorted: 3 8 11 14 17 20 ∞ ∞ ∞ ∞: 1st, 5th and 9th.
    expect(bandOf(months)).toEqual({ p10: 3, p50: 17, p90: Infinity })
  })

  it('refuses NaN and an empty sample', () => {
    expect(() => bandOf([1, NaN])).toThrow(/NaN/)
    expect(() => bandOf([])).toThrow(/no values/)
  })
})

describe('order-statistic confidence ranks (Hahn & Meeker), 95 %', () => {
  // docs/forecast.md: p10 at 95 % → n = 200: 12–30, n = 500: 37–65, n = 1000: 82–120; p90 mirrors them.
  it.each([
    [200, 12, 30],
    [500, 37, 65],
    [1000, 82, 120],
  ])('n = %i: p10 between ranks %i and %i, p90 mirrored', (n, lower, upper) => {
    const p10 = quantileRanks(n, 0.1)
    expect([p10.lower, p10.upper]).toEqual([lower, upper])
    expect(p10.coverage).toBeGreaterThanOrEqual(0.95)
    const p90 = quantileRanks(n, 0.9)
    expect([p90.lower, p90.upper]).toEqual([n + 1 - upper, n + 1 - lower])
  })

  it('n = 10, p50: Binomial(10, ½) by hand gives ranks 2 and 9 (F(1) = 11/1024 < 0.025 ≤ F(2) = 56/1024)', () => {
    // qbinom(0.025) = 2; qbinom(0.975) = 8 since F(7) = 968/1024 < 0.975 ≤ F(8) = 1013/1024; upper = 9.
    const r = quantileRanks(10, 0.5)
    expect([r.lower, r.upper]).toEqual([2, 9])
    expect(r.coverage).toBeCloseTo((1013 - 11) / 1024, 12)
  })

  it('refuses n < 1 and p outside (0, 1)', () => {
    expect(() => quantileRanks(0, 0.1)).toThrow(/n must be/)
    expect(() => quantileRanks(100, 1)).toThrow(/p and level/)
  })
})
