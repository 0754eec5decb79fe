// liveOriginOf and checkLiveOrigin: the origin the page's policy must list, and the worker's check of it.
import { expect, it } from 'vitest'
import { checkLiveOrigin, isListableOrigin, liveOriginOf } from './liveOrigin.ts'

const prometheus = (baseUrl: string) => ({ kind: 'prometheus' as const, baseUrl })
const websocket = (url: string) => ({ kind: 'websocket' as const, url })

it('gives scheme://host[:port] as a CSP source: path dropped, default port left out, host lower-cased', () => {
  expect(liveOriginOf(prometheus('https://Metrics.Example.com:443/prometheus'))).toBe(
    'https://metrics.example.com',
  )
  expect(liveOriginOf(prometheus('http://127.0.0.1:9090'))).toBe('http://127.0.0.1:9090')
  expect(liveOriginOf(websocket('wss://telemetry.example.com:8443/stream?site=lab'))).toBe(
    'wss://telemetry.example.com:8443',
  )
})

it('refuses what a connect-src directive cannot name', () => {
  expect(() => liveOriginOf(prometheus('http://[::1]:9090'))).toThrow(
    "http://[::1]:9090 cannot be listed in the page's Content-Security-Policy",
  )
  expect(() => liveOriginOf(websocket('telemetry'))).toThrow(
    "WebSocket url 'telemetry' is not an absolute URL",
  )
  expect(() => liveOriginOf(websocket('http://telemetry'))).toThrow('must start with ws:// or wss://')
  expect(() => liveOriginOf(prometheus('http://u:p@prom.example.com'))).toThrow('carries a user name')
  // Nothing that could end the directive and start another gets through.
  for (const origin of ["http://a.example; script-src 'unsafe-inline'", 'http://a b', 'ftp://a.example', ''])
    expect(isListableOrigin(origin)).toBe(false)
})

it('passes a listed origin and refuses any other, naming it and the list', () => {
  const allowed = ['http://127.0.0.1:9090', 'wss://telemetry.example.com']
  expect(() => checkLiveOrigin(prometheus('http://127.0.0.1:9090/'), allowed)).not.toThrow()
  expect(() => checkLiveOrigin(websocket('wss://telemetry.example.com/x'), allowed)).not.toThrow()
  expect(() => checkLiveOrigin(prometheus('http://127.0.0.1:9091'), allowed)).toThrow(
    "http://127.0.0.1:9091 is not on the page's list of live sources (http://127.0.0.1:9090, " +
      'wss://telemetry.example.com)',
  )
  expect(() => checkLiveOrigin(websocket('ws://telemetry.example.com'), [])).toThrow(
    "ws://telemetry.example.com is not on the page's list of live sources (none)",
  )
})
