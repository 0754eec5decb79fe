// Per resource kind, how close the hall came to its limit in a month: the series a fan chart per resource draws.
// docs/forecast.md#forecast-runner-and-capacity-as-code
import type { LedgerEntry, ResourceKind } from '../ledger/index.ts'

/** Per kind: the highest used ÷ design limit (%) of its lines, or the hottest inlet (°C) for the inlet kinds. */
export type WorstByKind = Partial<Record<ResourceKind, number>>

/** The kinds read in °C against their own limit; every other kind is a share of its design limit in %. */
const CELSIUS_KINDS: ReadonlySet<ResourceKind> = new Set(['inletRecommended', 'inletAllowable'])

export const isCelsiusKind = (kind: ResourceKind): boolean => CELSIUS_KINDS.has(kind)

/**
 * The worst value of each kind over `entries`. A line with no design limit (0: e.g. a rack with no budget) has
 * no share of it and is left out, so the series stays finite (JSON has no Infinity).
 */
export function worstOfLedger(entries: readonly LedgerEntry[], into: WorstByKind = {}): WorstByKind {
  for (const e of entries) {
    let value: number
    if (isCelsiusKind(e.kind)) value = e.used
    else if (e.designLimit > 0) value = (100 * e.used) / e.designLimit
    else continue
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
