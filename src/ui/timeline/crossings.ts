// Forecast crossings on the run's timeline: the Forecast tab's median first crossing of each ledger line, in
// months from the scenario's start, placed on the run's time axis when it falls inside the run so far.
import { MONTH_S } from '../../../sim/forecast/growth/calendar.ts'
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'
import type { CrossingMark } from './markers.ts'

/**
 * p50 crossings at or before `presentS`. A live run is days long and a forecast years, so most forecasts place
 * nothing here; a growth scenario played for months does. MONTH_S is the forecast's own month (a year / 12).
 */
export function crossingMarks(summary: ForecastSummary | null, presentS: number): CrossingMark[] {
  if (!summary) return []
  const out: CrossingMark[] = []
  for (const r of summary.resources) {
    const m = r.firstCrossing.p50
    if (m !== null && m * MONTH_S <= presentS) out.push({ atS: m * MONTH_S, id: r.id })
  }
  return out
}
