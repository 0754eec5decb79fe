// createPrometheusSource on a fake server and clock: what it asks for, retries, resumes and delivers.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createPrometheusSource, MAX_REPLY_BYTES } from './prometheus.ts'
import type { PrometheusSourceOptions } from './prometheus.ts'
import type { SourceStatus } from './status.ts'

const baseUrl = 'http://prom.test:9090'
const key = 'inlet{rack="A-01"}'

/**
 * What the fakes and callbacks saw, checked after each test: an expect inside them would throw into the
 * poller, which turns any error into a retry status, so a wrong path or series would never fail the test.
 */
let seen = { paths: new Set<string>(), keys: new Set<string>(), valueNotTime: 0 }

/** A fake Prometheus with one series whose value at t s is t; it can be down, hang or answer otherwise. */
function fakePrometheus() {
  const server = {
    down: false,
    hang: false,
    /** Replaces the reply: [HTTP status, content type, body]. */
    reply: undefined as [number, string, string] | undefined,
    /** Points before `start` too: a server that repeats itself. */
    repeatS: 0,
    /** [start, end] of every query_range received, s. */
    queries: [] as [number, number][],
  }
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input))
    seen.paths.add(url.pathname)
    if (server.hang) {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )
    }
    if (server.down)
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9090') })
    const [start, end, step] = ['start', 'end', 'step'].map((name) => Number(url.searchParams.get(name)))
    server.queries.push([start, end])
    const values: [number, string][] = []
    for (let t = start - server.repeatS; t <= end; t += step) values.push([t, String(t)])
    const result = [{ metric: { __name__: 'inlet', rack: 'A-01' }, values }]
    const matrix = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } })
    const [status, type, body] = server.reply ?? [200, 'application/json', matrix]
    return new Response(body, { status, headers: { 'content-type': type } })
  }) as typeof globalThis.fetch
  return { server, fetch }
}

/** A source on the fake server that logs delivered times and statuses; Date.now is the fake clock. */
function poller(fetch: typeof globalThis.fetch, options: Partial<PrometheusSourceOptions> = {}) {
  const timesS: number[] = []
  const statuses: SourceStatus[] = []
  const source = createPrometheusSource({
    baseUrl,
    query: 'inlet',
    stepS: 1,
    lagS: 2,
    fromS: 990,
    fetch,
    random: () => 0,
    onSamples: (series) => {
      for (const { key: seriesKey, timesS: times, values } of series) {
        seen.keys.add(seriesKey)
        seen.valueNotTime += values.filter((value, i) => value !== times[i]).length // the fake's value is the time
        timesS.push(...times)
      }
    },
    onStatus: (status) => statuses.push(status),
    ...options,
  })
  return { source, timesS, statuses }
}

const range = (fromS: number, toS: number) => Array.from({ length: toS - fromS + 1 }, (_, i) => fromS + i)
const states = (statuses: SourceStatus[]) =>
  statuses.map((s) => (s.state === 'retrying' ? `retry ${s.attempt} in ${s.retryInS} s` : s.state))

beforeEach(() => {
  seen = { paths: new Set(), keys: new Set(), valueNotTime: 0 }
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(1_000_000) // 1000 s since 1970
})
afterEach(() => {
  vi.useRealTimers()
  expect([...seen.paths].filter((path) => path !== '/api/v1/query_range')).toEqual([])
  expect([...seen.keys].filter((seriesKey) => seriesKey !== key)).toEqual([])
  expect(seen.valueNotTime).toBe(0)
})

it('asks from fromS to the clock − lagS, then for each new step', async () => {
  const { server, fetch } = fakePrometheus()
  const { source, timesS, statuses } = poller(fetch)
  source.start()
  await vi.advanceTimersByTimeAsync(0)
  expect(server.queries).toEqual([[990, 998]])
  await vi.advanceTimersByTimeAsync(3000) // 999 is due at 1001 s, 1000 at 1002 s, 1001 at 1003 s
  expect(server.queries).toEqual([
    [990, 998],
    [999, 999],
    [1000, 1000],
    [1001, 1001],
  ])
  expect(timesS).toEqual(range(990, 1001))
  expect(states(statuses)).toEqual(['connecting', 'live'])
  expect([source.lastS.get(key), source.resumeFromS]).toEqual([1001, 1002])
  source.stop()
})

it('backs off 0.5, 1, 2 s while the server is down, then asks again for everything it missed', async () => {
  const { server, fetch } = fakePrometheus()
  const { source, timesS, statuses } = poller(fetch)
  source.start()
  await vi.advanceTimersByTimeAsync(0) // 990..998
  server.down = true
  await vi.advanceTimersByTimeAsync(1000 + 500 + 1000) // fails at 1001, 1001.5 and 1002.5 s
  server.down = false
  await vi.advanceTimersByTimeAsync(2000) // at 1004.5 s: 999..1002
  expect(server.queries).toEqual([
    [990, 998],
    [999, 1002],
  ])
  expect(timesS).toEqual(range(990, 1002))
  expect(states(statuses)).toEqual([
    'connecting',
    'live',
    'retry 1 in 0.5 s',
    'retry 2 in 1 s',
    'retry 3 in 2 s',
    'live',
  ])
  expect(statuses[2]).toMatchObject({
    error: `cannot reach ${baseUrl}/api/v1/query_range: fetch failed: connect ECONNREFUSED 127.0.0.1:9090`,
  })
  source.stop()
})

it('resumes after stop and start from the first point not delivered', async () => {
  const { server, fetch } = fakePrometheus()
  const { source, timesS, statuses } = poller(fetch)
  source.start()
  await vi.advanceTimersByTimeAsync(1000) // 990..999
  source.stop()
  await vi.advanceTimersByTimeAsync(10_000)
  source.start() // at 1011 s
  await vi.advanceTimersByTimeAsync(0)
  expect(server.queries).toEqual([
    [990, 998],
    [999, 999],
    [1000, 1009],
  ])
  expect(timesS).toEqual(range(990, 1009))
  expect(states(statuses)).toEqual(['connecting', 'live', 'stopped', 'connecting', 'live'])
  source.stop()
})

it('catches up a long outage in parts of 10,000 points, below the 11,000 Prometheus allows', async () => {
  const { server, fetch } = fakePrometheus()
  const { source, timesS } = poller(fetch, { fromS: 1000 - 25_000, lagS: 0 })
  source.start()
  await vi.advanceTimersByTimeAsync(10) // the parts follow one another at once
  expect(server.queries).toEqual([
    [-24_000, -14_001],
    [-14_000, -4001],
    [-4000, 1000],
  ])
  expect(timesS).toEqual(range(-24_000, 1000))
  source.stop()
})

it('delivers each point once even from a server that repeats the last ones', async () => {
  const { server, fetch } = fakePrometheus()
  server.repeatS = 3
  const { source, timesS } = poller(fetch)
  source.start()
  await vi.advanceTimersByTimeAsync(2000)
  expect(server.queries).toEqual([
    [990, 998],
    [999, 999],
    [1000, 1000],
  ])
  expect(timesS).toEqual(range(987, 1000)) // 987..989 came before fromS in the first reply: new to the source
  source.stop()
})

it('reports a reply from elsewhere, a Prometheus error and a hung request, and keeps trying', async () => {
  const { server, fetch } = fakePrometheus()
  const { source, statuses, timesS } = poller(fetch)
  server.reply = [200, 'text/html; charset=utf-8', '<!doctype html><title>Grafana</title>']
  source.start()
  await vi.advanceTimersByTimeAsync(0)
  server.reply = [400, 'application/json', '{"status":"error","errorType":"bad_data","error":"bad step"}']
  await vi.advanceTimersByTimeAsync(500)
  server.reply = undefined
  server.hang = true
  await vi.advanceTimersByTimeAsync(1000 + 10_000)
  const errors = statuses.flatMap((s) => (s.state === 'retrying' ? [s.error] : []))
  expect(errors).toEqual([
    'not a Prometheus API reply (HTTP 200, text/html; charset=utf-8): ' +
      "'<!doctype html><title>Grafana</title>'",
    'Prometheus error (HTTP 400, bad_data): bad step',
    `no reply from ${baseUrl}/api/v1/query_range within 10 s`,
  ])
  expect(timesS).toEqual([])
  source.stop()
})

it('cancels a reply over the size cap and asks for half as many points next', async () => {
  expect(MAX_REPLY_BYTES).toBe(64 * 1024 * 1024)
  const { server, fetch } = fakePrometheus()
  // The fake's reply for 960..1000 s is 613 bytes, for 960..979 s 359 (about 12 a point: [960,"960"],).
  const { source, statuses, timesS } = poller(fetch, { fromS: 960, lagS: 0, maxReplyBytes: 400 })
  source.start()
  await vi.advanceTimersByTimeAsync(510) // refused at 1000 s, asked again in halves at 1000.5 s
  expect(server.queries).toEqual([
    [960, 1000],
    [960, 979],
    [980, 999],
    [1000, 1000],
  ])
  expect(timesS).toEqual(range(960, 1000))
  expect(statuses[1]).toMatchObject({
    state: 'retrying',
    error: `the reply from ${baseUrl}/api/v1/query_range is larger than 400 bytes`,
  })
  source.stop()
})

it('drops a reply that comes after stop', async () => {
  const { server, fetch } = fakePrometheus()
  const { source, timesS } = poller((async (...args: Parameters<typeof fetch>) => {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    return fetch(...args)
  }) as typeof fetch)
  source.start()
  await vi.advanceTimersByTimeAsync(500)
  source.stop()
  await vi.advanceTimersByTimeAsync(2000)
  expect(server.queries).toEqual([[990, 998]]) // answered, but after stop
  expect(timesS).toEqual([])
})

it('reports an onSamples that throws, and does not hand the same points over again', async () => {
  const { server, fetch } = fakePrometheus()
  const handed: number[][] = []
  const statuses: SourceStatus[] = []
  const source = createPrometheusSource({
    ...{ baseUrl, query: 'inlet', stepS: 1, lagS: 2, fromS: 990, fetch, random: () => 0 },
    onSamples: ([series]) => {
      handed.push(series.timesS)
      throw new Error('consumer bug')
    },
    onStatus: (status) => statuses.push(status),
  })
  source.start()
  await vi.advanceTimersByTimeAsync(500) // throws at 1000 s; at 1000.5 s nothing new is due yet
  expect(states(statuses)).toEqual(['connecting', 'live', 'retry 1 in 0.5 s'])
  expect(statuses[2]).toMatchObject({ error: 'onSamples threw: consumer bug' })
  await vi.advanceTimersByTimeAsync(500) // at 1001 s: 999 only
  expect(server.queries).toEqual([
    [990, 998],
    [999, 999],
  ])
  expect(handed).toEqual([range(990, 998), [999]])
  // The server is fine, so the backoff does not grow.
  expect(states(statuses).slice(3)).toEqual(['live', 'retry 1 in 0.5 s'])
  source.stop()
})

it('refuses a bad URL, an empty query and a step below 1 ms', () => {
  const make = (change: Partial<PrometheusSourceOptions>) => () =>
    createPrometheusSource({ baseUrl, query: 'up', stepS: 1, onSamples: () => {}, ...change })
  expect(make({ baseUrl: 'prom.test:9090' })).toThrow("'prom.test:9090' must start with http:// or https://")
  expect(make({ baseUrl: '/prometheus' })).toThrow("'/prometheus' is not an absolute URL")
  expect(make({ baseUrl: 'http://prom.test:9090/?x=1' })).toThrow('must not carry a query or a fragment')
  // Refused at once, not retried: fetch throws on such a URL, and the password would show in the status.
  const withPassword = make({ baseUrl: 'http://admin:hunter2@prom.test:9090' })
  expect(withPassword).toThrow(
    "Prometheus baseUrl 'http://admin:***@prom.test:9090/' carries a user name or password: credentials " +
      'in a URL are not sent by the browser and leak into logs; put a reverse proxy',
  )
  expect(withPassword).not.toThrow('hunter2')
  expect(make({ query: ' ' })).toThrow('Prometheus query is empty')
  expect(make({ stepS: 0.0001 })).toThrow('stepS must be at least 0.001, got 0.0001')
  expect(make({ baseUrl: 'https://host/prometheus/' })).not.toThrow()
})
