// mape and the streaming error tracker, on numbers a reviewer can check by hand.
import { expect, it } from 'vitest'
import { createErrorTracker, mape } from './error.ts'

it('averages |m − s| / |m| in percent', () => {
  // 10 % of 100, 10 % of 50 and 0 % of 20: (10 + 10 + 0) / 3
  expect(mape([100, 50, 20], [110, 45, 20])).toBeCloseTo(20 / 3, 12)
  expect(mape(new Float64Array([-40]), new Float64Array([-30]))).toBeCloseTo(25, 12) // |−40| is the base
})

it('skips measured 0 and NaN, and non-finite values, instead of returning Infinity or NaN', () => {
  expect(mape([0, NaN, 200, 100], [5, 5, 150, 100])).toBeCloseTo(12.5, 12) // only 25 % and 0 % count
  expect(mape([100, Infinity], [90, 1])).toBeCloseTo(10, 12)
  expect(mape([100, 100], [90, NaN])).toBeCloseTo(10, 12)
  expect(mape([0, NaN], [1, 1])).toBeNaN()
  expect(mape([], [])).toBeNaN()
})

it('refuses series of different lengths', () => {
  expect(() => mape([1, 2], [1])).toThrow('equal length, got 2 and 1')
})

it('tracks each series as mape would over everything added to it', () => {
  const tracker = createErrorTracker(['inlet', 'power'])
  expect(tracker.mapePct('inlet')).toBeNaN()
  tracker.add('inlet', 20, 22) // 10 %
  tracker.add('inlet', 25, 25) // 0 %
  tracker.add('inlet', 0, 3) // skipped
  tracker.add('power', 1000, 800) // 20 %
  tracker.add('inlet', NaN, 20) // skipped
  tracker.add('inlet', 40, 30) // 25 %
  expect(tracker.mapePct('inlet')).toBeCloseTo(35 / 3, 12)
  expect(tracker.mapePct('inlet')).toBeCloseTo(mape([20, 25, 0, NaN, 40], [22, 25, 3, 20, 30]), 12)
  expect([tracker.count('inlet'), tracker.skipped('inlet')]).toEqual([3, 2])
  expect(tracker.mapePct('power')).toBeCloseTo(20, 12)
  expect(tracker.names).toEqual(['inlet', 'power'])
})

it('throws for unknown or repeated series names', () => {
  const tracker = createErrorTracker(['inlet'])
  expect(() => tracker.add('inelt', 1, 1)).toThrow("unknown series 'inelt'")
  expect(() => tracker.mapePct('power')).toThrow("unknown series 'power'")
  expect(() => createErrorTracker(['a', 'a'])).toThrow("series 'a' given twice")
})
