// Text formatting for simulated time and live numbers (pure; tested).

/** "2026-01-05 14:30 UTC" for a Unix time in seconds; minutes are floored, like a wall clock. */
export function formatSimTime(epochS: number): string {
  if (!Number.isFinite(epochS)) return '—'
  const iso = new Date(Math.floor(epochS / 60) * 60_000).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

/** A number with fixed decimals, or an em dash when it is not finite (e.g. PUE with no IT load). */
export function fixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '—'
}

/** "42 s", "4 min 10 s", "2 h 5 min": whole seconds, at most two units, the larger first. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s} s`
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`
  const minutes = Math.round(s / 60)
  const h = Math.floor(minutes / 60)
  return minutes % 60 ? `${h} h ${minutes % 60} min` : `${h} h`
}

/**
 * A time-to-limit answer as the panels print it: "in 4 min 10 s", "already above" for 0 (the hottest inlet
 * is at or past the limit), "not within 24 h" for null (the projection's horizon).
 */
export function timeToLimitText(seconds: number | null): string {
  if (seconds === null) return 'not within 24 h'
  if (seconds <= 0) return 'already above'
  return seconds < 0.5 ? 'in < 1 s' : `in ${formatDuration(seconds)}`
}

// One formatter for every call: toLocaleString with options builds a new one each time (1,000 event-log rows:
// 75-275 ms against 2-5 ms, docs/events.md#long-logs).
const MONTH = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' })

/** "Jan 5 01:10" for a Unix time in seconds (UTC): short enough for a log line. */
export function formatShortTime(epochS: number): string {
  if (!Number.isFinite(epochS)) return '—'
  const d = new Date(Math.floor(epochS / 60) * 60_000)
  const month = MONTH.format(d)
  return `${month} ${d.getUTCDate()} ${d.toISOString().slice(11, 16)}`
}

/** A trace's length: "45 min", "24 h", "3 days", "7.5 days" (days from 48 h on). */
export function formatSpan(seconds: number): string {
  if (seconds < 48 * 3600) return formatDuration(seconds)
  return `${Number((seconds / 86_400).toFixed(1))} days`
}

/** "vm-1, vm-2, vm-3" or, past `shown` names, "vm-1, vm-2 and 998 more". */
export function nameList(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ')
  return `${names.slice(0, shown - 1).join(', ')} and ${names.length - shown + 1} more`
}

/** How round-robin replay spreads `series` over `servers`: "On 3 of 384 servers, the rest idle". */
export function spreadText(series: number, servers: number): string {
  if (series < servers) return `On ${series} of ${servers} servers, the rest idle`
  const low = Math.floor(series / servers)
  if (series % servers === 0)
    return low === 1 ? 'One series per server' : `${low} series per server, averaged`
  return `${low}–${low + 1} series per server, averaged`
}
