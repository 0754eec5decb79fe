// parseTelemetryMessage: the long CSV's vocabulary on a stream, and a one-line problem for each mistake.
import { expect, it } from 'vitest'
import { parseTelemetryMessage } from './message.ts'

const valid = {
  timestamp: 1_700_000_000,
  asset: 'rack-A-01',
  metric: 'inlet_temperature',
  value: 24.5,
  unit: '°C',
}

it('reads unix seconds or ISO 8601 and converts to the canonical unit, as the long CSV does', () => {
  const measurement = {
    timeS: 1_700_000_000,
    asset: 'rack-A-01',
    metric: 'inlet_temperature',
    value: 24.5,
    unit: 'C',
  }
  expect(parseTelemetryMessage(valid)).toEqual({ ok: true, measurement })
  const read = (change: Record<string, unknown>) => {
    const parsed = parseTelemetryMessage({ ...valid, ...change })
    return parsed.ok
      ? [parsed.measurement.timeS, parsed.measurement.value, parsed.measurement.unit]
      : parsed.problem
  }
  expect(read({ timestamp: '2023-11-14T22:13:20Z' })).toEqual([1_700_000_000, 24.5, 'C'])
  expect(read({ timestamp: '2023-11-14T23:13:20.250+01:00' })).toEqual([1_700_000_000.25, 24.5, 'C'])
  expect(read({ timestamp: '2023-11-14 22:13:20' })).toEqual([1_700_000_000, 24.5, 'C']) // no zone: UTC
  expect(read({ value: 77, unit: '°F' })).toEqual([1_700_000_000, 25, 'C'])
  expect(read({ metric: 'cpu_utilization', value: 35, unit: '%' })).toEqual([1_700_000_000, 0.35, 'ratio'])
  expect(read({ metric: 'power', value: 0.4125, unit: 'kW' })).toEqual([1_700_000_000, 412.5, 'W'])
})

it('names the problem instead of throwing', () => {
  const problem = (change: Record<string, unknown>) => {
    const parsed = parseTelemetryMessage({ ...valid, ...change })
    return parsed.ok ? 'ok' : parsed.problem
  }
  expect(problem({ timestamp: 1_700_000_000_000 })).toBe(
    'timestamp 1700000000000 looks like milliseconds; use Unix seconds',
  )
  expect(problem({ timestamp: 'yesterday' })).toBe(
    'timestamp "yesterday" is neither Unix seconds nor ISO 8601',
  )
  expect(problem({ timestamp: null })).toBe('timestamp must be Unix seconds or an ISO 8601 string')
  expect(problem({ asset: '' })).toBe('asset must be a non-empty string')
  expect(problem({ metric: 'humidity' })).toBe(
    'metric "humidity" is not one of cpu_utilization, power, inlet_temperature, exhaust_temperature, supply_temperature, return_temperature, cooling_load',
  )
  expect(problem({ value: '24.5' })).toBe('value "24.5" is not a finite number')
  expect(problem({ unit: 'bananas' })).toBe('unit "bananas" is not one inlet_temperature accepts')
  expect(problem({ unit: undefined })).toBe('unit undefined is not one inlet_temperature accepts')
  expect(problem({ metric: 'cpu_utilization', value: 55, unit: 'ratio' })).toBe(
    'cpu_utilization 55 ratio is outside 0..1 ratio',
  )
  expect(parseTelemetryMessage([valid])).toEqual({ ok: false, problem: 'message is not a JSON object' })
})
