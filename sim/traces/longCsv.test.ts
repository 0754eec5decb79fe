// The generic long CSV: README example, units, quoting, errors with lines, fuzzing, FASRC data (a committed
// cut always, every node when the shared data is there).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectLinearTime } from '../../test-fixtures/linearTime.ts'
import { fixture, sharedData } from '../../test-fixtures/sharedData.ts'
import { longCsvReader, utilizationSeriesOf } from './longCsv.ts'
import { parseLongCsv } from '../testing/wholeText.ts'
import type { Measurement } from './series.ts'
import { TraceError } from './series.ts'

const FASRC = sharedData(
  'fasrc_ipmi/derived_node_hourly_ambient_power.csv',
  'FASRC IPMI 2025-06-03, all 1,689 nodes',
)
const HEADER = 'timestamp,asset,metric,value,unit'
const T0 = Date.UTC(2025, 5, 3) / 1000

it('parses the README example: units converted, quoted assets, empty values skipped', () => {
  const readme = readFileSync(join(import.meta.dirname, 'README.md'), 'utf8')
  const example = /```csv\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const csv = parseLongCsv(example, 'example.csv')
  expect(csv.rows).toBe(5)
  expect(csv.emptyValues).toBe(1)
  const get = (asset: string, metric: string) =>
    csv.channels.find((c) => c.asset === asset && c.metric === metric)
  expect([...(get('node-01', 'cpu_utilization')?.values ?? [])]).toEqual([0.35, 0.42])
  expect([...(get('node-01', 'cpu_utilization')?.timesS ?? [])]).toEqual([T0, T0 + 60])
  expect(get('node-01', 'power')).toMatchObject({ unit: 'W', values: Float64Array.of(412.5) })
  expect(get('node-01', 'inlet_temperature')?.values[0]).toBeCloseTo(22, 12)
  expect(get('rack A, node 2', 'power')).toMatchObject({
    timesS: Float64Array.of(T0 + 60),
    values: Float64Array.of(380),
  })
  expect(utilizationSeriesOf(csv)).toEqual([
    {
      id: 'node-01',
      startS: T0,
      stepS: 60,
      timesS: Float64Array.of(0, 60),
      utilization: Float64Array.of(0.35, 0.42),
      warnings: { outOfOrder: 0, duplicates: 0 },
    },
  ])
})

it('converts °F, K, kW and % and refuses what is out of range, unknown, or malformed, with the line', () => {
  const one = (row: string) => parseLongCsv(`${HEADER}\n${row}`, 'site.csv').channels[0].values[0]
  expect(one('0,a,exhaust_temperature,308.15,K')).toBeCloseTo(35, 12)
  expect(one('0,a,power,1.5,KW')).toBe(1500)
  expect(one('0,a,cpu_utilization,100,percent')).toBe(1)
  const error = (row: string) => () => parseLongCsv(`${HEADER}\n\n${row}`, 'site.csv')
  expect(error('0,a,cpu_utilization,55,ratio')).toThrow(
    'site.csv:3: cpu_utilization 55 ratio is outside 0..1 ratio',
  )
  expect(error('0,a,humidity,40,%')).toThrow(new TraceError('site.csv', 3, 'unknown metric "humidity"'))
  expect(error('0,a,power,3,hp')).toThrow('site.csv:3: unknown unit "hp" for power')
  expect(error('0,a,power,-3,W')).toThrow('site.csv:3: power -3 W is outside 0..Infinity W')
  expect(error('0,a,power,3')).toThrow('site.csv:3: expected 5 fields, got 4')
  expect(error('0,"a,power,3,W')).toThrow('site.csv:3: Quoted field unterminated')
  expect(error('0,,power,3,W')).toThrow('site.csv:3: empty asset')
  expect(error('0,a,power,3e,W')).toThrow('site.csv:3: value "3e" is not a number')
  expect(error('-99999999999,a,power,3,W')).toThrow(
    'site.csv:3: timestamp "-99999999999" is outside 1970-01-01..2200-01-01',
  )
  expect(() => parseLongCsv('time,asset,metric,value\n', 'site.csv')).toThrow(
    'site.csv:1: header lacks column(s) timestamp, unit',
  )
})

it('refuses a long bad value, timestamp or quoted field in time linear in its length', () => {
  const digits = (n: number) => `${'1'.repeat(n)}x`
  const parse = (text: string) => parseLongCsv(text, 'site.csv')
  expectLinearTime('value', (n) => `${HEADER}\n0,a,power,${digits(n)},W`, parse)
  expectLinearTime('timestamp', (n) => `${HEADER}\n${digits(n)},a,power,1,W`, parse)
  expectLinearTime('quoted value', (n) => `${HEADER}\n0,a,power,"${digits(n)}",W`, parse)
}, 60_000)

it('takes the columns in any order with extras, CRLF, and applies the row policy per channel', () => {
  const text = [
    'unit,value,site,metric,asset,timestamp',
    'W,3,x,power,a,120',
    'W,1,x,power,a,0',
    'W,2,x,power,a,60',
  ]
  const csv = parseLongCsv([...text, 'W,4,x,power,a,60', 'C,20,x,inlet_temperature,a,0'].join('\r\n'), 'f')
  expect(csv.channels[0]).toMatchObject({
    timesS: Float64Array.of(0, 60, 120),
    values: Float64Array.of(1, 4, 3),
    warnings: { outOfOrder: 1, duplicates: 1 },
  })
  expect(csv.channels[1].warnings).toEqual({ outOfOrder: 0, duplicates: 0 })
})

it('streams rows to onMeasurement without collecting them when asked', () => {
  const seen: Measurement[] = []
  const reader = longCsvReader('f', { onMeasurement: (m) => seen.push(m), collect: false })
  for (const chunk of [HEADER.slice(0, 7), `${HEADER.slice(7)}\n0,a,pow`, 'er,2,kW\n60,a,power,3,W'])
    reader.push(chunk)
  expect(reader.finish()).toEqual({ channels: [], rows: 2, emptyValues: 0 })
  expect(seen).toEqual([
    { timeS: 0, asset: 'a', metric: 'power', value: 2000, unit: 'W' },
    { timeS: 60, asset: 'a', metric: 'power', value: 3, unit: 'W' },
  ])
})

it('returns a result or throws a TraceError on any input, never another error', () => {
  const field = fc.oneof(
    fc.constantFrom('0', '1e3', '2025-06-03T00:00:00Z', 'a', 'power', 'cpu_utilization', 'inlet_temperature'),
    fc.constantFrom('W', '%', '°F', '', '"', '"x,y"', 'NaN', '-1', '2025-13-40', 'constructor', '\r'),
    fc.string({ maxLength: 6 }),
  )
  // Five fields half the time, so rows get past the field count to the timestamp, metric, unit and value.
  const fields = fc.oneof(fc.array(field, { maxLength: 7 }), fc.array(field, { minLength: 5, maxLength: 5 }))
  const line = fields.map((list) => list.join(','))
  fc.assert(
    fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (lines, withHeader) => {
      try {
        parseLongCsv([...(withHeader ? [HEADER] : []), ...lines].join('\n'), 'fuzz')
      } catch (error) {
        expect(error).toBeInstanceOf(TraceError)
      }
    }),
  )
})

/** The FASRC hourly node CSV rewritten as a long CSV, odd hours in °F and kW, against its own columns. */
function expectFasrc(path: string, expected: { rows: number; assets: number }) {
  const rows = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
  // node, hour_utc, n_ambient, ambient_mean_C, …, syspower_mean_W: odd hours written in °F and kW.
  const long = rows.flatMap(([node, hour, , inletC, , , , powerW]) => {
    const time = `2025-06-03T${hour.padStart(2, '0')}:00:00Z`
    const odd = Number(hour) % 2 === 1
    const inlet = odd && inletC !== '' ? `${(Number(inletC) * 9) / 5 + 32},F` : `${inletC},C`
    const power = odd && powerW !== '' ? `${Number(powerW) / 1000},kW` : `${powerW},W`
    return [`${time},${node},inlet_temperature,${inlet}`, `${time},${node},power,${power}`]
  })
  const csv = parseLongCsv([HEADER, ...long].join('\n'), 'fasrc.csv')
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length
  const column = (i: number) =>
    rows
      .map((r) => r[i])
      .filter((v) => v !== '')
      .map(Number)
  const values = (metric: string) =>
    csv.channels.filter((c) => c.metric === metric).flatMap((c) => [...c.values])
  expect(rows).toHaveLength(expected.rows)
  expect(csv.emptyValues).toBe(rows.length * 2 - column(3).length - column(7).length)
  expect(new Set(csv.channels.map((c) => c.asset)).size).toBe(expected.assets)
  expect(mean(values('inlet_temperature'))).toBeCloseTo(mean(column(3)), 9)
  expect(mean(values('power'))).toBeCloseTo(mean(column(7)), 9)
}

it('keeps every node’s hourly inlet and power in the committed FASRC cut, °F and kW rows converted', () => {
  expectFasrc(fixture('fasrc_ipmi/derived_node_hourly_ambient_power-first120.csv'), { rows: 120, assets: 38 })
})

describe.skipIf(!FASRC)('FASRC IPMI 2025-06-03, all 1,689 nodes, as long CSV', () => {
  it(
    'keeps every node’s hourly inlet and power through a conversion with °F and kW rows',
    { timeout: 30_000 },
    () => {
      expectFasrc(FASRC, { rows: 7493, assets: 1689 })
    },
  )
})
