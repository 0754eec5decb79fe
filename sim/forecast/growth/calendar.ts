// Months as the growth section counts them: a mean Gregorian month, and calendar positions in UTC.
// docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon

/** A mean Gregorian month, s: 365.2425 d / 12 = 30.436875 d, so twelve months are one mean year. */
export const MONTH_S = (365.2425 * 86_400) / 12

/** Unix seconds of an ISO date ("2026-07-01", UTC midnight) or date-time with offset; throws on a bad string. */
export function epochSOf(iso: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso)
  if (!Number.isFinite(ms)) throw new RangeError(`not an ISO 8601 date: ${JSON.stringify(iso)}`)
  return ms / 1000
}

/** Mean months from `startEpochS` to `epochS` (negative before the start). */
export function monthsBetween(startEpochS: number, epochS: number): number {
  return (epochS - startEpochS) / MONTH_S
}

/**
 * Position in the calendar year at `epochS`, in months since 1 January 00:00 UTC (0 ≤ x < 12): the whole part
 * is the month index (0 = January), the fraction how far through that month (by its own number of days).
 */
export function calendarMonthOf(epochS: number): number {
  const date = new Date(epochS * 1000)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  const startMs = Date.UTC(year, month, 1)
  const endMs = Date.UTC(year, month + 1, 1)
  return month + (epochS * 1000 - startMs) / (endMs - startMs)
}

/** "YYYY-MM" of the UTC calendar month holding `epochS`. */
export function monthKeyOf(epochS: number): string {
  return new Date(epochS * 1000).toISOString().slice(0, 7)
}
