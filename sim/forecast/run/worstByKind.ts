// Per resource kind, how close the hall came to its limit in a month: the series a fan chart per resource draws.
// docs/forecast.md#forecast-runner-and-capacity-as-code
import type { LedgerEntry, ResourceKind } from '../ledger/index.ts'

/** Per kind: the highest used ÷ design limit (%) of its lines, or the hottest inlet (°C) for the inlet kinds. */
export type WorstByKind = Partial<Record<ResourceKind, number>>

/** The kinds read in °C against their own limit; every other kind is a share of its design limit in %. */
const CELSIUS_KINDS: ReadonlySet<ResourceKind> = new Set(['inletRecommended', 'inletAllowable'])

export const isCelsiusKind = (kind: ResourceKind): boolean => CELSIUS_KINDS.has(kind)

/**
 * A line's share of its design limit, %, or null when it has none. Where a failure would move load onto the
 * line (A/B PDUs, 2N UPS sides: `afterFailure`), the load after that failure over the capacity then: 100 % at
 * the same moment as used ÷ designLimit, but linear in load, where used ÷ (capacity − the other side's load)
 * runs away and is left out once that reaches 0 (growth.json's PDUs read 15,429 % at p90 in month 14 of 24,
 * where the whole 248 kW on one 125 kW PDU is 199 %). A line with no capacity (0: a rack with no budget) has no share and is left out,
 * so the series stays finite (JSON has no Infinity).
 */
export function designSharePct(e: LedgerEntry): number | null {
  const { used, capacity } = e.afterFailure ?? { used: e.used, capacity: e.designLimit }
  return capacity > 0 ? (100 * used) / capacity : null
}

/** The worst value of each kind over `entries`: designSharePct, or the hottest inlet in °C. */
export function worstOfLedger(entries: readonly LedgerEntry[], into: WorstByKind = {}): WorstByKind {
  for (const e of entries) {
    const value = isCelsiusKind(e.kind) ? e.used : designSharePct(e)
    if (value === null) continue
    const before = into[e.kind]
    if (before === undefined || value > before) into[e.kind] = value
  }
  return into
}

/** The union of per-kind worsts (the higher of each), keys in sorted order so the JSON's is stable. */
export function mergeWorst(parts: readonly WorstByKind[]): WorstByKind {
  const all: WorstByKind = {}
  for (const part of parts)
    for (const [kind, value] of Object.entries(part) as [ResourceKind, number][]) {
      const before = all[kind]
      if (before === undefined || value > before) all[kind] = value
    }
  return sortedKeys(all)
}

/** The same record with its keys in sorted order. */
export function sortedKeys<T>(record: Partial<Record<ResourceKind, T>>): Partial<Record<ResourceKind, T>> {
  const out: Partial<Record<ResourceKind, T>> = {}
  for (const kind of (Object.keys(record) as ResourceKind[]).sort()) out[kind] = record[kind]
  return out
}
