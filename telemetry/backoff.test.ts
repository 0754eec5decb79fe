// backoffDelayS: doubling from 0.5 s to a 30 s cap, shortened by up to half by the jitter source.
import { expect, it } from 'vitest'
import { backoffDelayS } from './backoff.ts'

it('doubles from 0.5 s and stops at 30 s', () => {
  const delaysS = [1, 2, 3, 4, 5, 6, 7, 8, 50].map((attempt) => backoffDelayS(attempt, {}, () => 0))
  expect(delaysS).toEqual([0.5, 1, 2, 4, 8, 16, 30, 30, 30])
})

it('takes off up to half at random, and other bounds', () => {
  expect(backoffDelayS(3, {}, () => 0.5)).toBe(1.5) // cap 2 s, minus a quarter
  expect(backoffDelayS(3, {}, () => 0.999)).toBeCloseTo(1.001, 12)
  expect(backoffDelayS(4, { initialS: 0.1, maxS: 0.5 }, () => 0)).toBe(0.5) // 0.8 capped
})
