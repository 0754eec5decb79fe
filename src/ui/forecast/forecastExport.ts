// The Forecast tab's downloads: the JSON document `npm run sim -- forecast <scenario> --json` prints for the same
// inputs (byte for byte), and a CSV with one row per resource line.
import Papa from 'papaparse'
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'

/** Exactly cli/forecast.ts's --json output: { forecast: summary }, two-space indent, one trailing newline. */
export function forecastJson(summary: ForecastSummary): string {
  return JSON.stringify({ forecast: summary }, null, 2) + '\n'
}

export const CSV_FIELDS = [
  'id',
  'kind',
  'asset',
  'redundancy',
  'limit',
  'unit',
  'p10Month',
  'p50Month',
  'p90Month',
  'crossedShare',
  'failureShare',
  'firstShare',
] as const

/** One row per resource in the summary's order; a crossing beyond the horizon is an empty cell. */
export function forecastCsv(summary: ForecastSummary): string {
  const first = new Map(summary.breaksFirst.map((b) => [b.id, b.firstShare]))
  const rows = summary.resources.map((r) => [
    r.id,
    r.kind,
    r.asset,
    r.redundancy,
    r.limit,
    r.unit,
    r.firstCrossing.p10 ?? '',
    r.firstCrossing.p50 ?? '',
    r.firstCrossing.p90 ?? '',
    r.crossedShare,
    r.failureShare,
    first.get(r.id) ?? 0,
  ])
  return Papa.unparse({ fields: [...CSV_FIELDS], data: rows }, { newline: '\n' }) + '\n'
}

/** Offers `text` as a download named `name` (an <a download> click; nothing leaves the page). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  // The click has started the download synchronously; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
