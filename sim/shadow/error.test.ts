// The streaming error tracker (mean absolute percentage error per series), on numbers a reviewer can check by hand.
import { expect, it } from 'vitest'
import { createErrorTracker } from './error.ts'

/** MAPE of one series fed pair by pair, in percent. */
function mapeOf(measured: number[], simulated: number[]): number {
  const tracker = createErrorTracker(['x'])
  measured.forEach((m, i) => tracker.add('x', m, simulated[i]))
  return tracker.mapePct('x')
}

it('averages |m − s| / |m| in percent', () => {
  // 10 % of 100, 10 % of 50 and 0 % of 20: (10 + 10 + 0) / 3
  expect(mapeOf([100, 50, 20], [110, 45, 20])).toBeCloseTo(20 / 3, 12)
  expect(mapeOf([-40], [-30])).toBeCloseTo(25, 12) // |−40| is the base
})

it('skips measured 0 and NaN, and non-finite values, instead of returning Infinity or NaN', () => {
  expect(mapeOf([0, NaN, 200, 100], [5, 5, 150, 100])).toBeCloseTo(12.5, 12) // only 25 % and 0 % count
  expect(mapeOf([100, Infinity], [90, 1])).toBeCloseTo(10, 12)
  expect(mapeOf([100, 100], [90, NaN])).toBeCloseTo(10, 12)
  expect(mapeOf([0, NaN], [1, 1])).toBeNaN()
  expect(mapeOf([], [])).toBeNaN()
})

it('keeps each series apart and counts what it skipped', () => {
  const tracker = createErrorTracker(['inlet', 'power'])
  expect(tracker.mapePct('inlet')).toBeNaN()
  tracker.add('inlet', 20, 22) // 10 %
  tracker.add('inlet', 25, 25) // 0 %
  tracker.add('inlet', 0, 3) // skipped
  tracker.add('power', 1000, 800) // 20 %
  tracker.add('inlet', NaN, 20) // skipped
  tracker.add('inlet', 40, 30) // 25 %
  expect(tracker.mapePct('inlet')).toBeCloseTo(35 / 3, 12)
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
