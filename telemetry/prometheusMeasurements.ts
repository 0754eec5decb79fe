// Prometheus range-query series → measurements: which label names the asset, which metric a query feeds.
import type { Measurement, Metric } from '../sim/traces/series.ts'
import { isMetric, METRICS, unitConverter } from '../sim/traces/units.ts'
import type { PrometheusSeries } from './prometheusReply.ts'

/** One PromQL expression and the twin metric its series feed. */
export interface MetricQuery {
  metric: Metric
  query: string
  /**
   * The unit the query's values are in; default the metric's canonical unit, which is also Prometheus's
   * base-unit convention (ratio, watts, celsius).
   */
  unit?: string
}

/** What `toMeasurements` could not use, counted for the status line. */
export interface ConversionProblems {
  /** Series without the asset label, by series key (each listed once). */
  unlabelled: Set<string>
  /** Points outside the metric's range or not finite (NaN for a stale series, ±Inf). */
  outOfRange: number
}

/**
 * Points of `series` as measurements of `query.metric` on the asset named by each series' `assetLabel`.
 * Non-finite and out-of-range points are counted, not returned: Prometheus writes NaN for a stale marker.
 */
export function toMeasurements(
  series: readonly PrometheusSeries[],
  query: MetricQuery,
  assetLabel: string,
  problems: ConversionProblems,
): Measurement[] {
  const spec = METRICS[query.metric]
  const convert = unitConverter(query.metric, query.unit ?? spec.unit)!
  const out: Measurement[] = []
  for (const s of series) {
    const asset = s.labels[assetLabel]
    if (asset === undefined || asset === '') {
      problems.unlabelled.add(s.key)
      continue
    }
    for (let i = 0; i < s.timesS.length; i++) {
      const value = convert(s.values[i])
      if (!(value >= spec.min && value <= spec.max)) {
        problems.outOfRange++
        continue
      }
      out.push({ timeS: s.timesS[i], asset, metric: query.metric, value, unit: spec.unit })
    }
  }
  return out
}

/**
 * Reads the query list a user types, one `metric = PromQL` or `metric [unit] = PromQL` per line (blank lines
 * and `#` comments skipped), e.g. `power [kW] = sum by (rack) (pdu_outlet_kw)`.
 * @throws naming the line for an unknown metric, a unit the metric does not accept, or an empty query
 */
export function parseQueryList(text: string): MetricQuery[] {
  const queries: MetricQuery[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    // No two blank runs side by side (the query is trimmed below): `\s*(…)?\s*=` backtracked quadratically.
    const match = /^([a-z_]+)\s*(?:\[([^\]]*)\]\s*)?=(.*)$/.exec(line)
    if (!match) throw new Error(`query line ${i + 1}: expected "metric = PromQL", got "${line.slice(0, 60)}"`)
    const [, metric, unit, query] = match
    if (!isMetric(metric))
      throw new Error(`query line ${i + 1}: "${metric}" is not one of ${Object.keys(METRICS).join(', ')}`)
    if (unit !== undefined && !unitConverter(metric, unit))
      throw new Error(`query line ${i + 1}: ${metric} does not accept the unit "${unit}"`)
    if (query.trim() === '') throw new Error(`query line ${i + 1}: the PromQL expression is empty`)
    queries.push({ metric, query: query.trim(), ...(unit !== undefined ? { unit } : {}) })
  })
  if (queries.length === 0) throw new Error('no queries: give at least one "metric = PromQL" line')
  return queries
}
