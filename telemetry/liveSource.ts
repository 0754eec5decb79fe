// One live source for the twin, Prometheus or a WebSocket stream: measurements out, and how far it has got.
import { createPrometheusSource } from './prometheus.ts'
import type { PrometheusSource } from './prometheus.ts'
import { toMeasurements } from './prometheusMeasurements.ts'
import type { ConversionProblems, MetricQuery } from './prometheusMeasurements.ts'
import { createWebSocketSource } from './websocket.ts'
import type { WebSocketConstructor } from './websocket.ts'
import { checkLiveOrigin } from './liveOrigin.ts'
import type { Measurement } from './message.ts'
import type { SourceStatus } from './status.ts'

/**
 * What the user connects, as plain data (it crosses comlink from the page to the worker), with the origins
 * the page's Content-Security-Policy lets it connect to: the source's must be one of them.
 */
export type LiveSourceSpec = (
  | {
      kind: 'prometheus'
      baseUrl: string
      queries: MetricQuery[]
      /** The series label that holds the rack or cooling-unit id; default `asset`. */
      assetLabel?: string
      /** Evaluation step, s; default 15 (a common scrape interval). */
      stepS?: number
      /** How far behind the clock to stay, s; default 10 (see prometheus.ts). */
      lagS?: number
    }
  | { kind: 'websocket'; url: string }
) & { allowedOrigins: readonly string[] }

export interface LiveSourceOptions {
  /** Unix s of the first point wanted (history from there is backfilled). */
  fromS: number
  onMeasurements(measurements: Measurement[]): void
  /** default Date.now */
  now?: () => number
  /** For Node 20, which has no WebSocket built in. */
  WebSocket?: WebSocketConstructor
}

/** The connection as a status line: the worst state of its parts, and what was dropped. */
export interface LiveSourceStatus {
  state: SourceStatus['state']
  error?: string
  retryInS?: number
  /** Measurements handed on. */
  received: number
  /** Series without the asset label (Prometheus) or messages that were not valid measurements (WebSocket). */
  unusable: string[]
  outOfRange: number
}

export interface LiveSource {
  start(): void
  stop(): void
  /** Unix s up to which everything the source holds has been handed on (NaN: nothing yet). */
  frontierS(): number
  status(): LiveSourceStatus
}

const WORST: readonly SourceStatus['state'][] = ['stopped', 'retrying', 'connecting', 'live']

/** @throws for a malformed URL or query (the clients' own messages), or an origin not allowed */
export function createLiveSource(spec: LiveSourceSpec, options: LiveSourceOptions): LiveSource {
  checkLiveOrigin(spec, spec.allowedOrigins)
  const problems: ConversionProblems = { unlabelled: new Set(), outOfRange: 0 }
  const invalid: string[] = []
  let received = 0
  const hand = (measurements: Measurement[]) => {
    received += measurements.length
    if (measurements.length > 0) options.onMeasurements(measurements)
  }

  if (spec.kind === 'websocket') {
    let state: SourceStatus = { state: 'connecting' }
    const ws = createWebSocketSource({
      url: spec.url,
      sinceS: options.fromS,
      WebSocket: options.WebSocket,
      onSamples: hand,
      onStatus: (s) => (state = s),
      onInvalid: (problem) => invalid.length < 20 && invalid.push(problem),
    })
    return {
      start: ws.start,
      stop: ws.stop,
      // The stream sends in time order: what came last bounds what has come.
      frontierS: () => ws.stats().lastS,
      status: () => ({ ...state, received, unusable: [...invalid], outOfRange: 0 }),
    }
  }

  const stepS = spec.stepS ?? 15
  const assetLabel = spec.assetLabel ?? 'asset'
  const states: SourceStatus[] = spec.queries.map(() => ({ state: 'connecting' }))
  const pollers: PrometheusSource[] = spec.queries.map((query, i) =>
    createPrometheusSource({
      baseUrl: spec.baseUrl,
      query: query.query,
      stepS,
      lagS: spec.lagS,
      fromS: options.fromS,
      now: options.now,
      onSamples: (series) => hand(toMeasurements(series, query, assetLabel, problems)),
      onStatus: (s) => (states[i] = s),
    }),
  )
  return {
    start: () => pollers.forEach((p) => p.start()),
    stop: () => pollers.forEach((p) => p.stop()),
    // Each poll hands on every evaluation time up to resumeFromS − stepS, so the slowest query bounds it.
    frontierS: () => Math.min(...pollers.map((p) => p.resumeFromS - stepS)),
    status: () => {
      const worst = states.reduce((a, b) => (WORST.indexOf(b.state) < WORST.indexOf(a.state) ? b : a))
      return {
        ...worst,
        received,
        unusable: [...problems.unlabelled].slice(0, 20),
        outOfRange: problems.outOfRange,
      }
    },
  }
}
