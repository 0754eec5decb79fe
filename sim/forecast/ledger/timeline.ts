// Over a series of dated ledgers: when each line is first crossed, the margin it has left, and what breaks first.
import { entryKey, type LedgerEntry, type LedgerState, type LedgerUnit, type ResourceKind } from './entry.ts'

/** One ledger and the date it stands for (an ISO date, "2027-03", or any label in series order). */
export interface DatedLedger {
  date: string
  entries: readonly LedgerEntry[]
}

export interface Crossing {
  kind: ResourceKind
  assetId: string
  unit: LedgerUnit
  /** First date the line left ok (redundancy lost or over), the first it was over; null: not in the series. */
  firstCrossed: string | null
  firstOver: string | null
  /** The state reached at first crossing (or the last state when never crossed). */
  stateAtCrossing: LedgerState
  /** Margin in the last ledger of the series, in `unit` and as % of the design limit. */
  marginLeft: number
  marginLeftPct: number
  /** Smallest margin share over the series, % (negative once crossed). */
  minMarginPct: number
}

/**
 * Follows every line (by kind and asset) through the series in date order. A line absent from some ledgers
 * (a rack not yet built) is followed from the first ledger that has it.
 */
export function crossingsOf(series: readonly DatedLedger[]): Crossing[] {
  const byKey = new Map<string, Crossing & { firstIndex: number; rankPct: number }>()
  series.forEach(({ date, entries }, index) => {
    for (const e of entries) {
      const key = entryKey(e)
      let c = byKey.get(key)
      if (!c) {
        c = {
          kind: e.kind,
          assetId: e.assetId,
          unit: e.unit,
          firstCrossed: null,
          firstOver: null,
          stateAtCrossing: e.state,
          marginLeft: e.margin,
          marginLeftPct: e.marginPct,
          minMarginPct: e.marginPct,
          firstIndex: Infinity,
          rankPct: e.marginPct,
        }
        byKey.set(key, c)
      }
      if (e.state !== 'ok' && c.firstCrossed === null) {
        c.firstCrossed = date
        c.stateAtCrossing = e.state
        c.firstIndex = index
        c.rankPct = e.marginPct
      }
      if (e.state === 'over' && c.firstOver === null) c.firstOver = date
      if (c.firstCrossed === null) c.stateAtCrossing = e.state
      c.marginLeft = e.margin
      c.marginLeftPct = e.marginPct
      c.minMarginPct = Math.min(c.minMarginPct, e.marginPct)
      if (c.firstCrossed === null) c.rankPct = c.minMarginPct
    }
  })
  // Lines crossed in the same ledger: the one further past its limit there first.
  const ranked = [...byKey.values()].sort((a, b) => a.firstIndex - b.firstIndex || a.rankPct - b.rankPct)
  return ranked.map(({ firstIndex: _, rankPct: __, ...c }) => c)
}

/**
 * What breaks first: the lines in order of their first crossing, ties by the margin share in the ledger where
 * they cross (furthest past first), the lines never crossed after them by the smallest margin share they reach. `limit` keeps the head of the ranking.
 */
export function breaksFirst(series: readonly DatedLedger[], limit = Infinity): Crossing[] {
  return crossingsOf(series).slice(0, limit)
}
