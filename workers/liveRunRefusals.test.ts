// startLiveRun refuses at once, before anything is sent: credentials in the URL, an origin the page has not
// listed, a backfill past a week.
import { afterEach, expect, it, vi } from 'vitest'
import { parseScenario } from '../sim/index.ts'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { startLiveRun } from './liveRun.ts'
import type { LiveSourceSpec } from './liveRun.ts'

const scenario = parseScenario(tinyHall())
const queries = [{ metric: 'power' as const, query: 'plenum_rack_power_watts' }]
const prometheus = (baseUrl: string, allowedOrigins = [new URL(baseUrl).origin]): LiveSourceSpec => ({
  ...{ kind: 'prometheus', baseUrl, queries, allowedOrigins },
})

afterEach(() => {
  vi.unstubAllGlobals()
})

/** startLiveRun's error for `spec`, with a fetch that counts any request that would have gone out. */
function refusal(spec: LiveSourceSpec, backfillS = 0): { error: string; requests: number } {
  let requests = 0
  vi.stubGlobal('fetch', () => {
    requests++
    return new Promise(() => {})
  })
  try {
    startLiveRun(scenario, spec, { backfillS }).stop()
    return { error: '', requests }
  } catch (error) {
    return { error: (error as Error).message, requests }
  }
}

it('refuses a Prometheus URL with user:password@ at once, naming the fix and hiding the password', () => {
  const { error, requests } = refusal(prometheus('http://grafana:pa55@prom.example.com:9090'))
  expect(error).toMatch(/^Prometheus baseUrl 'http:\/\/grafana:\*\*\*@prom\.example\.com:9090\/' carries/)
  expect(error).toContain('put a reverse proxy that adds the Authorization header')
  expect(error).not.toContain('pa55')
  expect(requests).toBe(0)
})

it('refuses a source whose origin the page has not listed', () => {
  const spec = prometheus('http://prom.example.com:9090', ['http://127.0.0.1:9090'])
  expect(refusal(spec)).toEqual({
    error:
      "http://prom.example.com:9090 is not on the page's list of live sources (http://127.0.0.1:9090): " +
      'connect it from the Live source form, which adds it to the list',
    requests: 0,
  })
  const ws: LiveSourceSpec = { kind: 'websocket', url: 'ws://127.0.0.1:8080/t', allowedOrigins: [] }
  expect(refusal(ws).error).toMatch(/^ws:\/\/127\.0\.0\.1:8080 is not on the page's list/)
})

it('refuses a backfill over 7 days', () => {
  expect(refusal(prometheus('http://127.0.0.1:9090'), 8 * 86_400).error).toBe(
    'backfill must be 0 to 7 days, got 691200 s',
  )
})

it('starts a listed source (the check passes what it should)', () => {
  expect(refusal(prometheus('http://127.0.0.1:9090'))).toEqual({ error: '', requests: 0 })
})
