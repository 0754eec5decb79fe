// createPrometheusSource: polls a Prometheus range query for new points, resuming where it left off.
import { backoffDelayS } from './backoff.ts'
import type { BackoffOptions } from './backoff.ts'
import { readBoundedText, ReplyTooLargeError } from './boundedBody.ts'
import { parseRangeReply } from './prometheusReply.ts'
import type { PrometheusSeries } from './prometheusReply.ts'
import { checkSourceUrl } from './sourceUrl.ts'
import type { SourceStatus } from './status.ts'

export type { PrometheusSeries } from './prometheusReply.ts'

/** Prometheus refuses over 11,000 points per series in one query: a long outage is caught up in parts. */
const MAX_POINTS = 10_000

/**
 * Largest reply body read, bytes. A point is about 30 bytes of JSON, so 64 MiB holds 10,000 points for
 * some 200 series (a large hall's racks caught up in one part); JSON.parse of it needs several times that
 * in the worker. A reply past it is cancelled, and the next request asks for half as many points; that
 * smaller part stays the most asked for from then on.
 */
export const MAX_REPLY_BYTES = 64 * 1024 * 1024

/** Where and what to poll, and where the points go. Callbacks must not throw. */
export interface PrometheusSourceOptions {
  /** Server root, `http://127.0.0.1:9090`, or one behind a path prefix, `https://host/prometheus`. */
  baseUrl: string
  /** PromQL expression. */
  query: string
  /** Distance between evaluation times, s (ms resolution); times are whole multiples of it since 1970. */
  stepS: number
  /** Least time between two polls once caught up, s; default stepS. */
  pollS?: number
  /**
   * How far behind the clock the newest time asked for lies, s; default 10, Prometheus's default
   * scrape_timeout. A sample carries the time its scrape began but is stored when the scrape ends, so a
   * point newer than that could still change, and a point delivered is never delivered again.
   */
  lagS?: number
  /** First evaluation time wanted, s since 1970; default the clock − lagS (no backfill). */
  fromS?: number
  /** Time limit of one request, s; default 10. */
  timeoutS?: number
  /** Largest reply body read, bytes; default MAX_REPLY_BYTES. */
  maxReplyBytes?: number
  backoff?: BackoffOptions
  /** Jitter for the backoff, in [0, 1); default Math.random. */
  random?: () => number
  /** default globalThis.fetch */
  fetch?: typeof fetch
  /** Clock, ms since 1970; default Date.now. */
  now?: () => number
  /** New points, each series in time order; a point is delivered once. */
  onSamples(series: PrometheusSeries[]): void
  onStatus?(status: SourceStatus): void
}

export interface PrometheusSource {
  /** Starts polling, or resumes after `stop` from the first point not yet delivered. */
  start(): void
  /** Stops polling and drops any reply still on its way. */
  stop(): void
  /** The last evaluation time delivered per series key, s. */
  readonly lastS: ReadonlyMap<string, number>
  /** The first evaluation time the next query asks for, s (NaN before `start`): a `fromS` to resume from. */
  readonly resumeFromS: number
}

function checkBaseUrl(baseUrl: string): string {
  const url = checkSourceUrl(baseUrl, 'Prometheus baseUrl', ['http:', 'https:'])
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`Prometheus baseUrl '${baseUrl}' must not carry a query or a fragment`)
  }
  // Trailing slashes cut by a scan: /\/+$/ retries from every slash of a long run, quadratic in its length.
  let end = url.href.length
  while (end > 0 && url.href[end - 1] === '/') end--
  return url.href.slice(0, end)
}

/** Error text with its cause: Node's fetch says only 'fetch failed' and puts ECONNREFUSED in the cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.message}${cause}`
}

/**
 * A poller of `GET /api/v1/query_range`. Each poll asks for the evaluation times from the first one not yet
 * received up to the clock − lagS, so after a failed request, a server restart or a `stop` and `start`
 * nothing the server still holds is skipped, and no point is delivered twice. Failures are retried with
 * capped exponential backoff and reported through `onStatus`.
 * @throws for a baseUrl that is not an absolute http(s) URL or carries credentials, an empty query, or a step under 1 ms
 */
export function createPrometheusSource(options: PrometheusSourceOptions): PrometheusSource {
  const { query, onSamples, onStatus, backoff, random = Math.random, now = Date.now } = options
  const endpoint = `${checkBaseUrl(options.baseUrl)}/api/v1/query_range`
  // Called through globalThis, not detached: some browsers refuse a fetch called on another `this`.
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  if (query.trim() === '') throw new Error('Prometheus query is empty')
  // Whole milliseconds keep the grid exact: 0.1 s steps would drift in floating-point seconds.
  const stepMs = Math.round(options.stepS * 1000)
  if (!(stepMs >= 1)) throw new Error(`Prometheus stepS must be at least 0.001, got ${options.stepS}`)
  const pollMs = (options.pollS ?? options.stepS) * 1000
  const lagMs = (options.lagS ?? 10) * 1000
  const timeoutMs = (options.timeoutS ?? 10) * 1000
  const maxReplyBytes = options.maxReplyBytes ?? MAX_REPLY_BYTES
  const gridFloor = (timeMs: number) => Math.floor(timeMs / stepMs) * stepMs

  const lastS = new Map<string, number>()
  let nextMs = NaN
  let running = false
  let generation = 0 // bumped by stop(): a reply to an older generation is dropped
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined
  let failures = 0
  let live = false
  // Points per series asked for in one request: half the last request's after a reply too large to read.
  let spanPoints = MAX_POINTS

  const schedule = (delayMs: number, gen: number) => {
    timer = setTimeout(() => void poll(gen), Math.max(0, delayMs))
  }

  async function fetchRange(startMs: number, endMs: number): Promise<PrometheusSeries[]> {
    const params = new URLSearchParams({
      query,
      start: (startMs / 1000).toFixed(3),
      end: (endMs / 1000).toFixed(3),
      step: (stepMs / 1000).toFixed(3),
    })
    const abort = (inFlight = new AbortController())
    let timedOut = false
    const timeout = setTimeout(() => {
      timedOut = true
      abort.abort()
    }, timeoutMs)
    try {
      let response: Response
      try {
        response = await fetchFn(`${endpoint}?${params}`, {
          signal: abort.signal,
          headers: { accept: 'application/json' },
        })
      } catch (error) {
        if (timedOut)
          throw new Error(`no reply from ${endpoint} within ${timeoutMs / 1000} s`, { cause: error })
        throw new Error(`cannot reach ${endpoint}: ${describe(error)}`, { cause: error })
      }
      const body = await readBoundedText(response, maxReplyBytes, `the reply from ${endpoint}`).catch(
        (error: unknown) => {
          if (!timedOut) throw error
          throw new Error(`the reply from ${endpoint} took over ${timeoutMs / 1000} s`, { cause: error })
        },
      )
      return parseRangeReply(response.status, response.headers.get('content-type') ?? '', body)
    } finally {
      clearTimeout(timeout)
    }
  }

  /** Hands over the points after each series' last delivered one, and remembers the new last ones. */
  function deliver(replied: PrometheusSeries[]) {
    const fresh: PrometheusSeries[] = []
    for (const series of replied) {
      // Times are whole ms (prometheusReply.ts), so equal times compare equal here.
      const afterS = lastS.get(series.key) ?? -Infinity
      let from = 0
      while (from < series.timesS.length && series.timesS[from] <= afterS) from++
      if (from === series.timesS.length) continue
      const timesS = series.timesS.slice(from)
      lastS.set(series.key, timesS[timesS.length - 1])
      fresh.push({ ...series, timesS, values: series.values.slice(from) })
    }
    if (fresh.length > 0) onSamples(fresh.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
  }

  async function poll(gen: number) {
    const endMs = gridFloor(now() - lagMs)
    if (nextMs > endMs) return schedule(nextMs + lagMs - now(), gen)
    const untilMs = Math.min(endMs, nextMs + (spanPoints - 1) * stepMs)
    try {
      const replied = await fetchRange(nextMs, untilMs)
      if (gen !== generation) return
      // Moved on before delivering: should onSamples throw, the points are not delivered a second time.
      nextMs = untilMs + stepMs
      failures = 0
      if (!live) {
        live = true
        onStatus?.({ state: 'live' })
      }
      try {
        deliver(replied)
      } catch (error) {
        throw new Error(`onSamples threw: ${describe(error)}`, { cause: error })
      }
    } catch (error) {
      if (gen !== generation) return
      failures++
      live = false
      if (error instanceof ReplyTooLargeError) {
        const askedPoints = (untilMs - nextMs) / stepMs + 1
        spanPoints = Math.max(1, Math.floor(askedPoints / 2))
      }
      const retryInS = backoffDelayS(failures, backoff, random)
      // The messages made above already name their cause.
      const message = error instanceof Error ? error.message : String(error)
      onStatus?.({ state: 'retrying', error: message, attempt: failures, retryInS })
      return schedule(retryInS * 1000, gen)
    }
    if (untilMs < endMs) schedule(0, gen)
    else schedule(Math.max(pollMs, nextMs + lagMs - now()), gen)
  }

  return {
    start() {
      if (running) return
      running = true
      if (Number.isNaN(nextMs)) {
        const fromMs = options.fromS === undefined ? now() - lagMs : options.fromS * 1000
        nextMs = Math.ceil(fromMs / stepMs) * stepMs
      }
      failures = 0
      live = false
      onStatus?.({ state: 'connecting' })
      schedule(0, generation)
    },
    stop() {
      if (!running) return
      running = false
      generation++
      clearTimeout(timer)
      inFlight?.abort()
      onStatus?.({ state: 'stopped' })
    },
    lastS,
    get resumeFromS() {
      return nextMs / 1000
    },
  }
}
