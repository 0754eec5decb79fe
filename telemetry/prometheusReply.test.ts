// parseRangeReply: real query_range replies parse; anything else gives a one-line error naming what it got.
import { expect, it } from 'vitest'
import { parseRangeReply, seriesKey } from './prometheusReply.ts'

const json = (body: unknown) => JSON.stringify(body)
const metric = {
  __name__: 'plenum_test_inlet_celsius',
  rack: 'A-01',
  instance: '127.0.0.1:9100',
  job: 'plenum',
}

it('reads a matrix: labels, times in s (whole ms) and values, with Go spellings of non-finite ones', () => {
  const body = json({
    status: 'success',
    data: {
      resultType: 'matrix',
      result: [
        {
          metric,
          values: [
            [1795518311, '20.01'],
            [1795518311.5, '+Inf'],
            [1795518312.0004, 'NaN'],
          ],
        },
      ],
    },
  })
  const [series] = parseRangeReply(200, 'application/json', body)
  expect(series.key).toBe('plenum_test_inlet_celsius{instance="127.0.0.1:9100",job="plenum",rack="A-01"}')
  expect(series.labels).toEqual(metric)
  expect(series.timesS).toEqual([1795518311, 1795518311.5, 1795518312])
  expect(series.values).toEqual([20.01, Infinity, NaN])
})

it('keys a series the same whatever the label order', () => {
  expect(seriesKey({ b: '2', __name__: 'up', a: '1' })).toBe(seriesKey({ a: '1', b: '2', __name__: 'up' }))
  expect(seriesKey({ a: 'x"y' })).toBe('{a="x\\"y"}')
})

it('passes on what Prometheus said went wrong', () => {
  const body = json({ status: 'error', errorType: 'bad_data', error: 'parse error at char 5' })
  expect(() => parseRangeReply(400, 'application/json', body)).toThrow(
    'Prometheus error (HTTP 400, bad_data): parse error at char 5',
  )
})

it('says when the reply is not from a Prometheus API', () => {
  const page = '<!doctype html>\n<html><head><title>Grafana</title></head></html>'
  expect(() => parseRangeReply(200, 'text/html', page)).toThrow(
    'not a Prometheus API reply (HTTP 200, text/html): ' +
      "'<!doctype html> <html><head><title>Grafana</title></head></h'",
  )
  expect(() => parseRangeReply(503, '', 'Service Unavailable')).toThrow(
    "not a Prometheus API reply (HTTP 503, no content type): 'Service Unavailable'",
  )
  expect(() => parseRangeReply(200, 'application/json', json({ hello: 1 }))).toThrow("JSON without 'status'")
})

it('rejects a reply of the wrong shape', () => {
  const reply = (data: unknown) => json({ status: 'success', data })
  expect(() => parseRangeReply(200, '', reply({ resultType: 'vector', result: [] }))).toThrow(
    "a range query should give a 'matrix' result, got vector",
  )
  expect(() => parseRangeReply(200, '', reply({ resultType: 'matrix', result: [{ metric }] }))).toThrow(
    "result[0] lacks a 'metric' object and a 'values' array",
  )
  const points = (values: unknown) => reply({ resultType: 'matrix', result: [{ metric, values }] })
  expect(() => parseRangeReply(200, '', points([['1', '2']]))).toThrow(
    'not [unixSeconds, "value"]: ["1","2"]',
  )
  expect(() => parseRangeReply(200, '', points([[1, 'warm']]))).toThrow('sample value "warm" is not a number')
  expect(() =>
    parseRangeReply(
      200,
      '',
      points([
        [2, '1'],
        [1, '1'],
      ]),
    ),
  ).toThrow('times do not increase at 1')
  const numericLabel = reply({ resultType: 'matrix', result: [{ metric: { rack: 1 }, values: [] }] })
  expect(() => parseRangeReply(200, '', numericLabel)).toThrow("result[0]: label 'rack' is not a string")
})
