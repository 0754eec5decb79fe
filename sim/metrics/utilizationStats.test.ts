import { expect, it } from 'vitest'
import { createUtilizationStats } from './utilizationStats.ts'

it('weights samples by time: 1 h at 20 % and 3 h at 60 % average 50 %', () => {
  const stats = createUtilizationStats()
  stats.add(Float64Array.of(0.2, 0.2), 3600)
  stats.add(Float64Array.of(0.6, 0.6), 3 * 3600)
  expect(stats.mean()).toBeCloseTo(0.5, 12)
})

it('finds the 95th percentile to 0.001: 100 servers at 0.00, 0.01, …, 0.99', () => {
  const stats = createUtilizationStats()
  stats.add(
    Float64Array.from({ length: 100 }, (_, k) => k / 100),
    300,
  )
  // 95 % of the samples are ≤ 0.94, so the p95 lies in the bin of 0.94: [0.940, 0.941).
  expect(stats.p95()).toBeCloseTo(0.941, 9)
  expect(createUtilizationStats().mean()).toBeNaN()
})
