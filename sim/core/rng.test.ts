// Seeded streams: replay, independence between names and seeds, and the moments of each distribution.
import { expect, it } from 'vitest'
import { createRng } from './rng.ts'
import type { RandomStream } from './rng.ts'

const take = (s: RandomStream, n: number) => Array.from({ length: n }, () => s.next())
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length
const sd = (xs: number[]) => {
  const m = mean(xs)
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1))
}

it('replays the same sequence for the same seed and name', () => {
  expect(take(createRng(42).stream('workload'), 1000)).toEqual(take(createRng(42).stream('workload'), 1000))
})

it('gives different sequences to different names and different seeds', () => {
  const base = take(createRng(42).stream('workload'), 100)
  expect(take(createRng(42).stream('failures'), 100)).not.toEqual(base)
  expect(take(createRng(43).stream('workload'), 100)).not.toEqual(base)
  expect(take(createRng(42).stream('workloa'), 100)).not.toEqual(base)
})

it('keeps streams independent: draws on one never shift another', () => {
  const alone = take(createRng(1).stream('b'), 50)
  const rng = createRng(1)
  const a = rng.stream('a')
  const b = rng.stream('b')
  const interleaved = Array.from({ length: 50 }, () => (a.next(), a.next(), b.next()))
  expect(interleaved).toEqual(alone)
  expect(rng.stream('b')).toBe(b)
})

// Pinned on purpose: changing the generator silently changes every seeded scenario's results.
it('produces the pinned sequence for seed 1, stream "workload"', () => {
  expect(take(createRng(1).stream('workload'), 3).map((x) => Math.round(x * 1e9))).toEqual([
    873102376, 942113777, 205733272,
  ])
})

it('draws next() uniformly in [0, 1)', () => {
  const xs = take(createRng(5).stream('u'), 100_000)
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
  expect(Math.max(...xs)).toBeLessThan(1)
  expect(mean(xs)).toBeCloseTo(0.5, 2)
  const tenths = new Array(10).fill(0)
  for (const x of xs) tenths[Math.floor(x * 10)]++
  for (const n of tenths) expect(Math.abs(n - 10_000)).toBeLessThan(500)
})

it('scales uniform(a, b) into [a, b)', () => {
  const s = createRng(6).stream('u')
  const xs = Array.from({ length: 10_000 }, () => s.uniform(-2, 3))
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(-2)
  expect(Math.max(...xs)).toBeLessThan(3)
  expect(mean(xs)).toBeCloseTo(0.5, 1)
})

it('draws exponentials whose mean of 100,000 is within 1 % of 1/rate', () => {
  const s = createRng(11).stream('arrivals')
  const rate = 7.2
  const xs = Array.from({ length: 100_000 }, () => s.exponential(rate))
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
  expect(Math.abs(mean(xs) * rate - 1)).toBeLessThan(0.01)
  expect(() => s.exponential(0)).toThrow(/rate must be > 0/)
})

it('draws normals with the requested mean and standard deviation', () => {
  const s = createRng(12).stream('noise')
  const xs = Array.from({ length: 100_000 }, () => s.normal(20, 3))
  expect(Math.abs(mean(xs) - 20)).toBeLessThan(0.03)
  expect(Math.abs(sd(xs) / 3 - 1)).toBeLessThan(0.01)
})

it('rejects a non-integer seed', () => {
  expect(() => createRng(1.5)).toThrow(/integer/)
})
