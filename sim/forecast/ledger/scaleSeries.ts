// Ledgers over growing load: today's operating point at 1×, f×, f²×… so crossingsOf ranks what breaks first
// by the load at which each line crosses, whatever its shape (inlets and failover loads are not proportional).
import type { LedgerEntry } from './entry.ts'
import { ledgerOf, type LedgerOptions } from './ledger.ts'
import type { OperatingPoint } from './operatingPoint.ts'
import type { DatedLedger } from './timeline.ts'

/**
 * One ledger per load step, dated "×1.050" and so on, from 1× up to `maxScale` in steps of `factor` (a
 * compound growth of factor − 1 per step). `keep` picks the lines to follow (all by default).
 */
export function ledgersOverScale(
  point: OperatingPoint,
  options: LedgerOptions & { factor?: number; maxScale?: number; keep?: (e: LedgerEntry) => boolean } = {},
): DatedLedger[] {
  const { factor = 1.05, maxScale = 8, keep = () => true } = options
  if (!(factor > 1)) throw new Error(`factor must be above 1, got ${factor}`)
  const series: DatedLedger[] = []
  for (let scale = 1; scale <= maxScale * (1 + 1e-12); scale *= factor)
    series.push({
      date: `×${scale.toFixed(3)}`,
      entries: ledgerOf(point.settle(scale), options).filter(keep),
    })
  return series
}
