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
