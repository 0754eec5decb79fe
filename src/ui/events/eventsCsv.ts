// The event log as a CSV for the record: one row per event, oldest first, times both as the hall clock and as
// seconds since the start, numbers in the engine's units.
import Papa from 'papaparse'
import type { RunEvent } from '../../../sim/history/types.ts'
import type { Durations } from './eventDurations.ts'
import { groupOf } from './eventKinds.ts'

export const EVENT_CSV_FIELDS = [
  'time_utc',
  'at_s',
  'severity',
  'group',
  'kind',
  'transition',
  'asset_kind',
  'asset_id',
  'value',
  'limit',
  'unit',
  'lasted_s',
  'text',
] as const

/** Every event in `events` (all of them, whatever the panel's filter shows), oldest first. */
export function eventsCsv(events: readonly RunEvent[], startEpochS: number, lastedS: Durations): string {
  const rows = events.map((e) => [
    new Date((startEpochS + e.atS) * 1000).toISOString(),
    e.atS,
    e.severity,
    groupOf(e),
    e.kind,
    e.transition,
    e.asset.kind,
    e.asset.id,
    e.value ?? '',
    e.limit ?? '',
    e.unit,
    lastedS.get(e.id) ?? '',
    e.text,
  ])
  return Papa.unparse({ fields: [...EVENT_CSV_FIELDS], data: rows }, { newline: '\n' }) + '\n'
}
