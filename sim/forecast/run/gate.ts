// Capacity as code: which lines a forecast says are first crossed within a window, at a percentile.
import type { Bands } from './quantile.ts'
import type { ForecastResource, ForecastSummary } from './summarise.ts'

/**
 * The resources whose first crossing at `percentile` is at or before `months` from the start, earliest first
 * (the summary's order). A crossing beyond the horizon (null) never counts.
 */
export function crossedWithin(
  summary: Pick<ForecastSummary, 'resources'>,
  months: number,
  percentile: keyof Bands,
): ForecastResource[] {
  return summary.resources
    .filter((r) => r.firstCrossing[percentile] !== null && r.firstCrossing[percentile]! <= months)
    .sort((a, b) => a.firstCrossing[percentile]! - b.firstCrossing[percentile]!)
}
