// Quantiles of per-replica crossing months, where a line not crossed within the horizon counts as +∞.

/** p10, p50 and p90 of a sample; null stands for +∞ (beyond the horizon), since JSON has no Infinity. */
export interface Bands {
  p10: number | null
  p50: number | null
  p90: number | null
}

/**
 * The p-quantile as an order statistic (Hyndman & Fan's type 1, the inverse of the empirical distribution):
 * the ⌈p·n⌉-th smallest value. No interpolation, so a quantile is always a value some replica produced, and
 * one between a crossing and a non-crossing is never invented. p10 of 100 replicas is the 10th smallest.
 * @throws RangeError for an empty sample or p outside (0, 1]
 */
export function quantileOf(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no replicas to take a quantile of')
  if (!(p > 0 && p <= 1)) throw new RangeError(`quantile level must be in (0, 1], got ${p}`)
  return sorted[Math.ceil(p * sorted.length - 1e-9) - 1]
}

/** p10, p50 and p90 of `values` (null = +∞), with +∞ written back as null. */
export function bandsOf(values: readonly (number | null)[]): Bands {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b)
  const at = (p: number) => {
    const q = quantileOf(sorted, p)
    return Number.isFinite(q) ? q : null
  }
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) }
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
