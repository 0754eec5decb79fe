// Where between two monthly ledgers a line crossed: interpolated in the load scale, then placed on the growth
// path. docs/forecast.md#forecast-runner-and-capacity-as-code
import type { LedgerEntry } from '../ledger/index.ts'

/** One side of a knot interval: its month, the load scale the replica settled there, and the line there. */
export interface KnotLine {
  month: number
  scale: number
  entry: LedgerEntry
}

/** How far past its design limit a line is (> 0: crossed), in its unit. */
const excessOf = (e: LedgerEntry) => e.used - e.designLimit

// Sub-steps scanned for the first month the path reaches the crossing scale (a seasonal path may fall and rise
// within a month), then bisected to a thousandth of a second's worth of months.
const SCAN_STEPS = 16
const BISECTIONS = 50

/**
 * The fractional month at which the line went past its design limit between `a` (ok) and `b` (crossed).
 * The excess (used − design limit) is taken as linear in the load scale between the two settles, which gives the
 * scale s* at the crossing; the month is the first on the growth path `scaleAt` between a and b that reaches
 * s*. Lines proportional to load (power) are so placed exactly; others (inlets) to within their curvature over
 * one interval. When the scale did not grow between the knots the excess is interpolated in months instead.
 */
export function crossingMonth(a: KnotLine, b: KnotLine, scaleAt: (month: number) => number): number {
  const ea = excessOf(a.entry)
  const eb = excessOf(b.entry)
  const f = ea < eb ? Math.min(1, Math.max(0, -ea / (eb - ea))) : 1
  if (!(b.scale > a.scale)) return a.month + f * (b.month - a.month)
  const target = a.scale + f * (b.scale - a.scale)
  let lo = a.month
  let hi = b.month
  for (let k = 1; k <= SCAN_STEPS; k++) {
    const m = a.month + ((b.month - a.month) * k) / SCAN_STEPS
    if (scaleAt(m) >= target) {
      hi = m
      break
    }
    lo = m
  }
  for (let k = 0; k < BISECTIONS && hi - lo > 1e-12; k++) {
    const mid = (lo + hi) / 2
    if (scaleAt(mid) >= target) hi = mid
    else lo = mid
  }
  return hi
}
