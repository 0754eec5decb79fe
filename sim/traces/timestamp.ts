// Timestamps of the long CSV and the JSON stream: Unix seconds or ISO 8601, read as one instant in Unix s.
// Its own file so the WebSocket client (telemetry/message.ts) gets it without the CSV parser (papaparse).
import { clip } from './lines.ts'

const UNIX_S = /^[-+]?\d+(\.\d+)?$/
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/
/** Unix seconds at or above this (year 5138) must be milliseconds: refused rather than guessed. */
const MAX_UNIX_S = 1e11

/**
 * The instants a trace may hold, Unix s: from 1970-01-01, since no monitoring export predates Unix time
 * and a negative number is a broken field, to 2200-01-01, far beyond any run (the date arithmetic of a
 * year such as −1199 or 9999 would be valid but meaningless).
 */
export const EARLIEST_S = 0
export const LATEST_S = 7_258_118_400 // Date.UTC(2200, 0, 1) / 1000

/** Undefined when `timeS` (Unix s) is within EARLIEST_S..LATEST_S, else a reason naming the range. */
export function outsideDateRange(timeS: number, text: string): string | undefined {
  if (timeS >= EARLIEST_S && timeS <= LATEST_S) return undefined
  return `timestamp "${clip(text)}" is outside 1970-01-01..2200-01-01`
}

/**
 * Unix seconds from `text`: a number (Unix s), or ISO 8601 (`2025-06-03`, `2025-06-03T14:00:00Z`,
 * `2025-06-03 14:00:00+02:00`). An ISO time without a zone is read as UTC, never as the local zone of
 * whoever runs the import. Returns a reason string when it cannot, or when the instant is outside
 * 1970-01-01..2200-01-01 (EARLIEST_S..LATEST_S).
 */
export function parseTimestampS(text: string): number | string {
  if (UNIX_S.test(text)) {
    const s = Number(text)
    if (Math.abs(s) >= MAX_UNIX_S) return `timestamp ${clip(text)} looks like milliseconds; use Unix seconds`
    return outsideDateRange(s, text) ?? s
  }
  const iso = ISO.exec(text)
  if (!iso) return `timestamp "${clip(text)}" is neither Unix seconds nor ISO 8601`
  const [, date, time, zone] = iso
  // Date.parse rolls 2025-02-30 over into March; a monitoring export with that date is broken, not early.
  const [year, month, day] = date.split('-').map(Number)
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return `timestamp "${clip(text)}" has no such day`
  const zoneText = zone === undefined || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`
  const ms = Date.parse(time === undefined ? `${date}T00:00:00Z` : `${date}T${time}${zoneText}`)
  if (!Number.isFinite(ms)) return `timestamp "${clip(text)}" is not a valid date`
  return outsideDateRange(ms / 1000, text) ?? ms / 1000
}
