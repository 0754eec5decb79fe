// Crossing-month bands for JSON: the Monte Carlo part's order-statistic quantiles, with +∞ (a line not crossed
// within the horizon) written as null, since JSON has no Infinity.
import { quantilesOf } from '../montecarlo/quantiles.ts'

/** p10, p50 and p90 of a sample; null stands for +∞ (beyond the horizon). */
export interface Bands {
  p10: number | null
  p50: number | null
  p90: number | null
}

/**
 * p10, p50 and p90 of `values` (null = +∞) as the ⌈p·n⌉-th smallest (Hyndman & Fan type 1, no interpolation, so a
 * value between a crossing and a non-crossing is never invented), +∞ written back as null.
 */
export function bandsOf(values: readonly (number | null)[]): Bands {
  const [p10, p50, p90] = quantilesOf(
    values.map((v) => v ?? Infinity),
    [0.1, 0.5, 0.9],
  ).map((q) => (Number.isFinite(q) ? q : null))
  return { p10, p50, p90 }
}

/** Orders bands by p50, then p10, then p90, null (beyond the horizon) last. */
export function compareBands(a: Bands, b: Bands): number {
  const key = (v: number | null) => v ?? Infinity
  for (const p of ['p50', 'p10', 'p90'] as const) {
    const d = key(a[p]) - key(b[p])
    if (d !== 0 && !Number.isNaN(d)) return d
  }
  return 0
}
