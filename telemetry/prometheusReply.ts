// parseRangeReply: a Prometheus /api/v1/query_range reply → series of (time, value), or a one-line error.

/** One series of a range query: its labels and its points in time order. */
export interface PrometheusSeries {
  /** Identity of the series: metric name and sorted labels, `name{label="value",…}`. */
  key: string
  labels: Readonly<Record<string, string>>
  /** Evaluation times, s since the Unix epoch, increasing; whole ms, as Prometheus keeps them. */
  timesS: number[]
  values: number[]
}

/** A reply that is not what a Prometheus server sends for a successful range query. */
export class PrometheusReplyError extends Error {
  override name = 'PrometheusReplyError'
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Prometheus writes sample values as strings, with Go's spellings of the non-finite ones. */
function parseValue(text: unknown): number {
  if (text === '+Inf' || text === 'Inf') return Infinity
  if (text === '-Inf') return -Infinity
  if (text === 'NaN') return NaN
  const value = typeof text === 'string' && text.trim() !== '' ? Number(text) : NaN
  if (Number.isNaN(value))
    throw new PrometheusReplyError(`sample value ${JSON.stringify(text)} is not a number`)
  return value
}

/** The identity of a series: `name{a="1",b="2"}` with labels sorted, whatever order they came in. */
export function seriesKey(labels: Readonly<Record<string, string>>): string {
  const rest = Object.keys(labels)
    .filter((name) => name !== '__name__')
    .sort()
    .map((name) => `${name}=${JSON.stringify(labels[name])}`)
  return `${labels.__name__ ?? ''}{${rest.join(',')}}`
}

function parseSeries(item: unknown, at: string): PrometheusSeries {
  if (!isRecord(item) || !isRecord(item.metric) || !Array.isArray(item.values)) {
    throw new PrometheusReplyError(`${at} lacks a 'metric' object and a 'values' array`)
  }
  const labels: Record<string, string> = {}
  for (const [name, value] of Object.entries(item.metric)) {
    if (typeof value !== 'string') throw new PrometheusReplyError(`${at}: label '${name}' is not a string`)
    labels[name] = value
  }
  const timesS: number[] = []
  const values: number[] = []
  for (const point of item.values) {
    if (!Array.isArray(point) || point.length !== 2 || typeof point[0] !== 'number' || !isFinite(point[0])) {
      throw new PrometheusReplyError(`${at}: a point is not [unixSeconds, "value"]: ${JSON.stringify(point)}`)
    }
    // Rounded to whole ms, Prometheus's resolution, so that equal times compare equal.
    const timeS = Math.round(point[0] * 1000) / 1000
    if (timesS.length > 0 && timeS <= timesS[timesS.length - 1]) {
      throw new PrometheusReplyError(`${at}: times do not increase at ${point[0]}`)
    }
    timesS.push(timeS)
    values.push(parseValue(point[1]))
  }
  return { key: seriesKey(labels), labels, timesS, values }
}

/**
 * Reads the body of a query_range reply. Prometheus answers errors with JSON too (`status: "error"`), so a
 * body that is not JSON, or JSON of another shape, means the URL points at something else.
 * @throws PrometheusReplyError with a one-line message naming what was wrong
 */
export function parseRangeReply(httpStatus: number, contentType: string, body: string): PrometheusSeries[] {
  let reply: unknown
  try {
    reply = JSON.parse(body)
  } catch {
    const start = body.slice(0, 60).replace(/\s+/g, ' ').trim()
    throw new PrometheusReplyError(
      `not a Prometheus API reply (HTTP ${httpStatus}, ${contentType || 'no content type'}): '${start}'`,
    )
  }
  if (!isRecord(reply) || (reply.status !== 'success' && reply.status !== 'error')) {
    throw new PrometheusReplyError(`not a Prometheus API reply (HTTP ${httpStatus}): JSON without 'status'`)
  }
  if (reply.status === 'error') {
    throw new PrometheusReplyError(
      `Prometheus error (HTTP ${httpStatus}, ${reply.errorType}): ${reply.error}`,
    )
  }
  const data = reply.data
  if (!isRecord(data) || data.resultType !== 'matrix' || !Array.isArray(data.result)) {
    const type = isRecord(data) ? String(data.resultType) : 'no data'
    throw new PrometheusReplyError(`a range query should give a 'matrix' result, got ${type}`)
  }
  return data.result.map((item, i) => parseSeries(item, `result[${i}]`))
}
