// parseTelemetryMessage: one JSON stream message → a Measurement, by the rules of a generic long CSV row.
import { parseTimestampS } from '../sim/traces/timestamp.ts'
import type { Measurement } from '../sim/traces/series.ts'
import { isMetric, METRICS, unitConverter } from '../sim/traces/units.ts'

export type { Measurement } from '../sim/traces/series.ts'

export type ParsedMessage = { ok: true; measurement: Measurement } | { ok: false; problem: string }

/**
 * Checks one decoded message `{ timestamp, asset, metric, value, unit }` and converts it to the metric's
 * canonical unit. Timestamps, metrics, units and value ranges follow the generic long CSV
 * (sim/traces/README.md), so a site can stream what it would otherwise export. Never throws.
 */
export function parseTelemetryMessage(message: unknown): ParsedMessage {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { ok: false, problem: 'message is not a JSON object' }
  }
  const { timestamp, asset, metric, value, unit } = message as Record<string, unknown>
  const timeS =
    typeof timestamp === 'number' || typeof timestamp === 'string'
      ? parseTimestampS(String(timestamp))
      : 'timestamp must be Unix seconds or an ISO 8601 string'
  if (typeof timeS === 'string') return { ok: false, problem: timeS }
  if (typeof asset !== 'string' || asset === '')
    return { ok: false, problem: 'asset must be a non-empty string' }
  if (typeof metric !== 'string' || !isMetric(metric)) {
    return {
      ok: false,
      problem: `metric ${JSON.stringify(metric)} is not one of ${Object.keys(METRICS).join(', ')}`,
    }
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, problem: `value ${JSON.stringify(value)} is not a finite number` }
  }
  const convert = typeof unit === 'string' ? unitConverter(metric, unit) : undefined
  if (!convert) return { ok: false, problem: `unit ${JSON.stringify(unit)} is not one ${metric} accepts` }
  const spec = METRICS[metric]
  const canonical = convert(value)
  if (!(canonical >= spec.min && canonical <= spec.max)) {
    return {
      ok: false,
      problem: `${metric} ${value} ${unit} is outside ${spec.min}..${spec.max} ${spec.unit}`,
    }
  }
  return { ok: true, measurement: { timeS, asset, metric, value: canonical, unit: spec.unit } }
}
