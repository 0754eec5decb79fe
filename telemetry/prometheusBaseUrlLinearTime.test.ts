// A Prometheus base URL is checked in time linear in its length (a trailing-slash pattern once was quadratic).
import { expect, it } from 'vitest'
import { expectLinearTime } from '../test-fixtures/linearTime.ts'
import { createPrometheusSource } from './prometheus.ts'

const source = (baseUrl: string) =>
  createPrometheusSource({ baseUrl, query: '', stepS: 60, onSamples: () => {}, onStatus: () => {} })

it('gets past a base URL with a long run of slashes in linear time, to the empty query it refuses', () => {
  expect(() => source('http://127.0.0.1:9090/prometheus//')).toThrow('Prometheus query is empty')
  expectLinearTime('slashes', (n) => `http://127.0.0.1:9090/${'/'.repeat(n)}x`, source)
}, 60_000)
