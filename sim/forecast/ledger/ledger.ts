// ledgerOf: every capacity line of a settled world, one entry per resource and asset.
import type { World } from '../../model/world.ts'
import type { SchedulerMetrics } from '../../placement/scheduler.ts'
import { coolingEntries } from './coolingEntries.ts'
import { queueWaitEntries } from './computeEntries.ts'
import type { LedgerEntry, LedgerState } from './entry.ts'
import { powerPathEntries } from './powerEntries.ts'
import { rackSpaceEntries } from './spaceEntries.ts'
import { thermalEntries } from './thermalEntries.ts'

export interface LedgerOptions {
  /** The scheduler's counters, for a jobs workload: adds the queue-wait line. */
  jobMetrics?: SchedulerMetrics
  /** Target for the 95th-percentile queue wait, s; the line is left out without one. */
  queueWaitTargetS?: number
}

/**
 * The ledger of `world` as it stands (settle it first: operatingPoint.ts): space, power path, cooling,
 * thermal and compute, in that order, each asset in scenario order.
 */
export function ledgerOf(world: World, options: LedgerOptions = {}): LedgerEntry[] {
  const { jobMetrics, queueWaitTargetS } = options
  return [
    ...rackSpaceEntries(world.scenario),
    ...powerPathEntries(world),
    ...coolingEntries(world),
    ...thermalEntries(world),
    ...(queueWaitTargetS === undefined ? [] : queueWaitEntries(jobMetrics, queueWaitTargetS)),
  ]
}

const SEVERITY: Record<LedgerState, number> = { ok: 0, redundancyLost: 1, over: 2 }

/** Orders entries worst first: over before redundancy lost before ok, then the smallest margin share. */
export function worstFirst(a: LedgerEntry, b: LedgerEntry): number {
  return SEVERITY[b.state] - SEVERITY[a.state] || a.marginPct - b.marginPct
}

/** True when `state` is at least as bad as `threshold`. */
export const reaches = (state: LedgerState, threshold: Exclude<LedgerState, 'ok'>): boolean =>
  SEVERITY[state] >= SEVERITY[threshold]
