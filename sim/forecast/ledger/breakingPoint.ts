// The breaking point: how far today's load can be scaled before the first ledger line breaks, found by
// bisection on steady operating points, with everything in service and under the worst single failure.
import type { Command } from '../../commands.ts'
import type { LedgerEntry, ResourceKind } from './entry.ts'
import { entryKey } from './entry.ts'
import { ledgerOf, reaches, worstFirst, type LedgerOptions } from './ledger.ts'
import type { OperatingPoint } from './operatingPoint.ts'
import { singleFailures } from './singleFailures.ts'

export interface BreakingPoint {
  /** The largest load scale known to hold (× today's IT power), within `tolerance` of the break. */
  scale: number
  /** The smallest scale found to break; null when nothing breaks up to maxScale. */
  brokenAtScale: number | null
  /** The line that breaks first at brokenAtScale (the worst if several do), as it stands there. */
  breaks: LedgerEntry | null
  /** That line at today's load (scale 1), with the same failure: its margin now. */
  today: LedgerEntry | null
  /** The failure applied, as a command; null for everything in service. */
  failure: Command | null
  /** Settles this search took. */
  settles: number
}

export interface SearchOptions extends LedgerOptions {
  /** Relative width at which bisection stops: 0.01 = the scale is known to 1 %. */
  tolerance?: number
  /** Largest scale tried; beyond it the hall is reported unbroken. */
  maxScale?: number
}

/** Lines the load scale does not move (servers' U, the queue of a fixed job stream): not searched on. */
const FIXED_KINDS: ReadonlySet<ResourceKind> = new Set<ResourceKind>(['rackSpace', 'queueWait'])

/**
 * What counts as broken: with everything in service any line past its design limit (redundancy lost, or
 * over); with a failure applied only lines over their installed limit, since the failure has used up the
 * redundancy, and the recommended inlet is not held during a failure (the Green Grid's thermal resilience
 * judges the allowable limit then).
 */
function brokenLines(entries: LedgerEntry[], failure: Command | null): LedgerEntry[] {
  const scaling = entries.filter((e) => !FIXED_KINDS.has(e.kind))
  if (!failure) return scaling.filter((e) => e.state !== 'ok')
  return scaling.filter((e) => reaches(e.state, 'over') && e.kind !== 'inletRecommended')
}

/**
 * Bisection on the load scale: doubles from 1 until something breaks (or maxScale), or, when today already
 * breaks, searches [0, 1]; then halves the bracket until hi/lo ≤ 1 + tolerance. The ledger is monotone in
 * the scale for power, cooling and inlets (all rise with IT power), which bisection needs.
 */
export function breakingPoint(
  point: OperatingPoint,
  failure: Command | null = null,
  options: SearchOptions = {},
): BreakingPoint {
  const { tolerance = 0.01, maxScale = 64 } = options
  const start = point.settles
  const broken = (scale: number) => {
    const entries = ledgerOf(point.settle(scale, failure ?? undefined), options)
    return brokenLines(entries, failure).sort(worstFirst)
  }
  let lo = 0
  let hi = 1
  let found = broken(hi)
  if (found.length === 0) {
    for (lo = 1, hi = 2; ; lo = hi, hi *= 2) {
      if (hi > maxScale) hi = maxScale
      found = broken(hi)
      if (found.length > 0) break
      if (hi >= maxScale)
        return {
          scale: hi,
          brokenAtScale: null,
          breaks: null,
          today: null,
          failure,
          settles: point.settles - start,
        }
    }
  }
  while (hi - lo > tolerance * hi) {
    const mid = (lo + hi) / 2
    const atMid = broken(mid)
    if (atMid.length > 0) {
      hi = mid
      found = atMid
    } else lo = mid
  }
  const breaks = found[0]
  const today = ledgerOf(point.settle(1, failure ?? undefined), options).find(
    (e) => entryKey(e) === entryKey(breaks),
  )
  return {
    scale: lo,
    brokenAtScale: hi,
    breaks,
    today: today ?? null,
    failure,
    settles: point.settles - start,
  }
}

/** The breaking point with everything in service, and the worst (lowest) over every single failure. */
export interface BreakingPoints {
  allIn: BreakingPoint
  /** null when the design claims to ride through no single failure (nothing to try). */
  worstSingleFailure: BreakingPoint | null
  /** Every single failure tried, lowest scale first. */
  singleFailures: BreakingPoint[]
}

export function breakingPoints(point: OperatingPoint, options: SearchOptions = {}): BreakingPoints {
  const allIn = breakingPoint(point, null, options)
  const tried = singleFailures(point.world).map((failure) => breakingPoint(point, failure, options))
  tried.sort((a, b) => a.scale - b.scale)
  return { allIn, worstSingleFailure: tried[0] ?? null, singleFailures: tried }
}
