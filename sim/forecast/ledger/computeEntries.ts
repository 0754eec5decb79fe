// Ledger line of compute: how long jobs wait in the scheduler's queue against a target.
import type { SchedulerMetrics } from '../../placement/scheduler.ts'
import { ledgerEntry, type LedgerEntry } from './entry.ts'

/**
 * The 95th-percentile queue wait of placed jobs against `targetS` (an SLO the operator sets; the scenario has
 * none), for a jobs workload; none when there is no queue.
 */
export function queueWaitEntries(metrics: SchedulerMetrics | undefined, targetS: number): LedgerEntry[] {
  if (!metrics) return []
  return [
    ledgerEntry({
      kind: 'queueWait',
      assetId: 'scheduler',
      redundancy: 'none',
      unit: 's',
      used: metrics.p95WaitS,
      limit: targetS,
    }),
  ]
}
