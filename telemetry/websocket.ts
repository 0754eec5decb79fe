// createWebSocketSource: a JSON telemetry stream over WebSocket that reconnects and asks for what it missed.
import { backoffDelayS } from './backoff.ts'
import type { BackoffOptions } from './backoff.ts'
import { parseTelemetryMessage } from './message.ts'
import type { Measurement } from './message.ts'
import { checkSourceUrl } from './sourceUrl.ts'
import type { SourceStatus } from './status.ts'

/**
 * Longest text frame parsed, UTF-16 code units (1 MiB of ASCII). A reading is about 100 characters, so
 * this is some 10,000 readings in one frame: a whole large hall at once. A longer frame is counted as
 * invalid without JSON.parse building it into objects (the browser has already buffered the frame: its
 * WebSocket offers no limit on message size).
 */
export const MAX_MESSAGE_CHARS = 1024 * 1024

/** The part of the WebSocket API used here: the browser's, Node 22's, or a test's fake. */
export interface WebSocketLike {
  onopen: ((event: Event) => void) | null
  onmessage: ((event: MessageEvent) => void) | null
  onclose: ((event: CloseEvent) => void) | null
  onerror: ((event: Event) => void) | null
  close(code?: number, reason?: string): void
}
export type WebSocketConstructor = new (url: string) => WebSocketLike

/** Where to connect and where the samples go. Callbacks must not throw. */
export interface WebSocketSourceOptions {
  /** `ws://` or `wss://` URL of the stream. */
  url: string
  /** The measurements of one frame that are valid and new, in canonical units, in the order sent. */
  onSamples(measurements: Measurement[]): void
  onStatus?(status: SourceStatus): void
  /** A message that was dropped, with why, and the count of those so far. */
  onInvalid?(problem: string, invalidCount: number): void
  /** The first connection asks for history from this time, s since 1970; later ones from the last seen. */
  sinceS?: number
  /** Longest text frame parsed; default MAX_MESSAGE_CHARS. */
  maxMessageChars?: number
  /** Time to wait for the connection to open before trying again, s; default 10. */
  openTimeoutS?: number
  backoff?: BackoffOptions
  /** Jitter for the backoff, in [0, 1); default Math.random. */
  random?: () => number
  /** default globalThis.WebSocket, which Node 20 lacks (Node 22 has it) */
  WebSocket?: WebSocketConstructor
}

/** Counters since creation. */
export interface WebSocketStats {
  /** Samples handed to onSamples. */
  delivered: number
  /** Messages dropped as malformed. */
  invalid: number
  /** Valid samples dropped because their series already had one at or after their time (resent history). */
  duplicates: number
  /** Connections that opened. */
  connects: number
  /** Latest sample time delivered, s since 1970 (or `sinceS`); NaN before any. */
  lastS: number
}

export interface WebSocketSource {
  start(): void
  stop(): void
  stats(): WebSocketStats
}

function defaultWebSocket(): WebSocketConstructor {
  const Socket = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket
  if (Socket === undefined) {
    throw new Error('no WebSocket implementation here (Node 20 has none built in): pass options.WebSocket')
  }
  return Socket
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * A client of a stream of JSON text frames, each one message `{ timestamp, asset, metric, value, unit }`
 * (see parseTelemetryMessage) or an array of them. When the connection drops it reconnects with capped
 * exponential backoff and adds `since=<latest time delivered, unix s>`, so a server that keeps history can
 * resend from there (inclusive); samples not newer than their series' last are dropped as duplicates.
 * Malformed messages are counted and reported through onInvalid, never thrown.
 * @throws for a url that is not ws:// or wss:// or carries credentials, or when no WebSocket implementation
 *   is available
 */
export function createWebSocketSource(options: WebSocketSourceOptions): WebSocketSource {
  const { onSamples, onStatus, onInvalid, backoff, random = Math.random } = options
  const url = checkSourceUrl(options.url, 'WebSocket url', ['ws:', 'wss:']).href
  const maxMessageChars = options.maxMessageChars ?? MAX_MESSAGE_CHARS
  const Socket = options.WebSocket ?? defaultWebSocket()
  const openTimeoutMs = (options.openTimeoutS ?? 10) * 1000
  const stats: WebSocketStats = { delivered: 0, invalid: 0, duplicates: 0, connects: 0, lastS: NaN }
  if (options.sinceS !== undefined) stats.lastS = options.sinceS
  const lastByKey = new Map<string, number>()
  let socket: WebSocketLike | undefined
  let running = false
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const invalid = (problem: string) => {
    stats.invalid++
    onInvalid?.(problem, stats.invalid)
  }

  function receive(data: unknown) {
    if (typeof data !== 'string') return invalid('binary frame: messages must be JSON text')
    if (data.length > maxMessageChars) {
      return invalid(`message of ${data.length} characters is over the ${maxMessageChars} allowed`)
    }
    let decoded: unknown
    try {
      decoded = JSON.parse(data)
    } catch {
      return invalid(`not JSON: '${data.slice(0, 40)}'`)
    }
    const fresh: Measurement[] = []
    for (const message of Array.isArray(decoded) ? decoded : [decoded]) {
      const parsed = parseTelemetryMessage(message)
      if (!parsed.ok) {
        invalid(parsed.problem)
        continue
      }
      const { measurement } = parsed
      const key = `${measurement.asset}\n${measurement.metric}`
      if (measurement.timeS <= (lastByKey.get(key) ?? -Infinity)) {
        stats.duplicates++
        continue
      }
      lastByKey.set(key, measurement.timeS)
      if (!(measurement.timeS <= stats.lastS)) stats.lastS = measurement.timeS // also replaces NaN
      fresh.push(measurement)
    }
    stats.delivered += fresh.length
    if (fresh.length > 0) onSamples(fresh)
  }

  /** Forgets a socket: its late events are ignored from here on. */
  function drop(ws: WebSocketLike) {
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null
    socket = undefined
    try {
      ws.close(1000)
    } catch {
      // Closing a socket that never opened may throw in some implementations; it is gone either way.
    }
  }

  function retry(error: string) {
    if (!running) return
    failures++
    const retryInS = backoffDelayS(failures, backoff, random)
    onStatus?.({ state: 'retrying', error, attempt: failures, retryInS })
    timer = setTimeout(connect, retryInS * 1000)
  }

  function connect() {
    const target = new URL(url)
    if (!Number.isNaN(stats.lastS)) target.searchParams.set('since', String(stats.lastS))
    let ws: WebSocketLike
    try {
      ws = new Socket(target.href)
    } catch (error) {
      return retry(`cannot open ${url}: ${describe(error)}`)
    }
    socket = ws
    let heard = false
    timer = setTimeout(() => {
      drop(ws)
      retry(`${url} did not open within ${openTimeoutMs / 1000} s`)
    }, openTimeoutMs)
    ws.onopen = () => {
      clearTimeout(timer)
      stats.connects++
      onStatus?.({ state: 'live' })
    }
    ws.onmessage = (event) => {
      // The backoff restarts on the first message, not on open: a server that accepts and drops at once
      // must still see the delays grow.
      if (!heard) failures = 0
      heard = true
      receive(event.data)
    }
    ws.onclose = (event) => {
      clearTimeout(timer)
      drop(ws)
      retry(`connection closed (code ${event.code}${event.reason ? `: ${event.reason}` : ''})`)
    }
    ws.onerror = () => {} // a close event follows, with the code
  }

  return {
    start() {
      if (running) return
      running = true
      failures = 0
      onStatus?.({ state: 'connecting' })
      connect()
    },
    stop() {
      if (!running) return
      running = false
      clearTimeout(timer)
      if (socket) drop(socket)
      onStatus?.({ state: 'stopped' })
    },
    stats: () => ({ ...stats }),
  }
}
