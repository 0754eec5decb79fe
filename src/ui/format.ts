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

/** "Jan 5 01:10" for a Unix time in seconds (UTC): short enough for a log line. */
export function formatShortTime(epochS: number): string {
  if (!Number.isFinite(epochS)) return '—'
  const d = new Date(Math.floor(epochS / 60) * 60_000)
  const month = d.toLocaleString('en', { month: 'short', timeZone: 'UTC' })
  return `${month} ${d.getUTCDate()} ${d.toISOString().slice(11, 16)}`
}
