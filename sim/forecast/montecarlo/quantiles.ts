// Distribution-free quantiles of per-replica values with right-censoring, and the order-statistic ranks that
// bound a quantile at a confidence level (Hahn & Meeker 1991, as in R confintr::ci_quantile).
// docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import { exp, log, log1p } from '../../math/portable.ts'

/**
 * The p-quantile of a sample as an order statistic: the ⌈p·n⌉-th smallest value (the inverse of the empirical
 * CDF, Hyndman & Fan type 1). A replica whose value lies beyond the horizon is +∞ (right-censored): it sorts
 * last, so a quantile is finite exactly when more than that share of replicas crossed within the horizon.
 */
export function quantileOf(values: readonly number[], p: number): number {
  return quantilesOf(values, [p])[0]
}

/** Several quantiles of one sample (sorted once); see quantileOf. NaN is refused: it has no rank. */
export function quantilesOf(values: readonly number[], ps: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('quantiles: no values')
  if (values.some(Number.isNaN))
    throw new RangeError('quantiles: a value is NaN (use +Infinity for censored)')
  const sorted = [...values].sort((a, b) => a - b)
  return ps.map((p) => {
    if (!(p > 0 && p <= 1)) throw new RangeError(`quantiles: p must be in (0, 1], got ${p}`)
    return sorted[Math.max(1, Math.ceil(p * sorted.length - 1e-9)) - 1]
  })
}

/** p10, p50 and p90 of per-replica values (+∞ = beyond horizon). */
export interface Band {
  readonly p10: number
  readonly p50: number
  readonly p90: number
}

export function bandOf(values: readonly number[]): Band {
  const [p10, p50, p90] = quantilesOf(values, [0.1, 0.5, 0.9])
  return { p10, p50, p90 }
}

/** Binomial(n, p) CDF at 0 … n, summed in log space so (1 − p)^n does not underflow for large n. */
function binomialCdf(n: number, p: number): Float64Array {
  const cdf = new Float64Array(n + 1)
  const logRatio = log(p) - log1p(-p)
  let logPmf = n * log1p(-p)
  let sum = 0
  for (let k = 0; k <= n; k++) {
    sum += exp(logPmf)
    cdf[k] = sum
    logPmf += log(n - k) - log(k + 1) + logRatio
  }
  return cdf
}

/** Ranks (1-based) of the order statistics bounding a quantile, and the coverage they actually give. */
export interface QuantileRanks {
  readonly lower: number
  readonly upper: number
  /** P(X_(lower) ≤ ξ_p < X_(upper)) = F(upper − 1) − F(lower − 1) for Binomial(n, p): at least the level. */
  readonly coverage: number
}

/**
 * Distribution-free confidence interval for the p-quantile from n replicas: the number of values below
 * ξ_p is Binomial(n, p), so [X_(l), X_(u)] with l = qbinom(α/2) and u = qbinom(1 − α/2) + 1 covers ξ_p with
 * probability ≥ level (α = 1 − level). Censored values are fine as long as X_(u) is finite.
 */
export function quantileRanks(n: number, p: number, level = 0.95): QuantileRanks {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`quantileRanks: n must be a whole number ≥ 1, got ${n}`)
  if (!(p > 0 && p < 1) || !(level > 0 && level < 1))
    throw new RangeError(`quantileRanks: p and level must be in (0, 1), got ${p} and ${level}`)
  const cdf = binomialCdf(n, p)
  const alpha = 1 - level
  // qbinom(q) = the smallest k with F(k) ≥ q; a relative 1e-12 slack absorbs rounding in the running sum.
  const qbinom = (q: number) => {
    let k = 0
    while (k < n && cdf[k] < q * (1 - 1e-12)) k++
    return k
  }
  const lower = Math.max(1, qbinom(alpha / 2))
  const upper = Math.min(n, qbinom(1 - alpha / 2) + 1)
  return { lower, upper, coverage: cdf[upper - 1] - cdf[lower - 1] }
}
