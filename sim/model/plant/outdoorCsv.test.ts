import { describe, expect, it } from 'vitest'
import { expectLinearTime } from '../../../test-fixtures/linearTime.ts'
import { parseIsoTimeS, parseOutdoorCsv } from './outdoorCsv.ts'

const JAN_1_2026_S = 1_767_225_600 // Date.UTC(2026, 0, 1) / 1000

describe('parseOutdoorCsv', () => {
  it('reads the two required columns', () => {
    const series = parseOutdoorCsv('timestamp,dryBulbC\n2026-01-01T00:00:00Z,5.5\n2026-01-01T01:00:00Z,-2\n')
    expect(Array.from(series.timeS)).toEqual([JAN_1_2026_S, JAN_1_2026_S + 3600])
    expect(Array.from(series.dryBulbC)).toEqual([5.5, -2])
    expect(series.wetBulbC).toBeUndefined()
    expect(series.dewPointC).toBeUndefined()
  })

  it('reads the optional wet-bulb and dew-point columns, CRLF line ends and blank lines', () => {
    const text =
      'timestamp,dryBulbC,wetBulbC,dewPointC\r\n2026-07-01T12:00Z,30,22,18\r\n\r\n2026-07-01T13:00Z,31,22.5,18\r\n'
    const series = parseOutdoorCsv(text)
    expect(Array.from(series.wetBulbC ?? [])).toEqual([22, 22.5])
    expect(Array.from(series.dewPointC ?? [])).toEqual([18, 18])
  })

  it('takes the dew point without the wet bulb', () => {
    const series = parseOutdoorCsv('timestamp,dryBulbC,dewPointC\n2026-01-01T00:00:00Z,5,1')
    expect(series.wetBulbC).toBeUndefined()
    expect(Array.from(series.dewPointC ?? [])).toEqual([1])
  })

  it('rejects a non-number naming line 2 and the column', () => {
    expect(() => parseOutdoorCsv('timestamp,dryBulbC\n2026-01-01T00:00:00Z,abc')).toThrow(
      "line 2, column dryBulbC: 'abc' is not a number",
    )
  })

  it('rejects a temperature outside −60…60 °C and a wet bulb or dew point above the dry bulb, naming the line', () => {
    expect(() => parseOutdoorCsv('timestamp,dryBulbC\n2026-01-01T00:00:00Z,1e6')).toThrow(
      'line 2, column dryBulbC: 1000000 °C is outside −60…60 °C',
    )
    expect(() => parseOutdoorCsv('timestamp,dryBulbC,wetBulbC\n2026-01-01T00:00:00Z,20,21')).toThrow(
      'line 2, column wetBulbC: 21 °C is above the dry bulb',
    )
    expect(() => parseOutdoorCsv('timestamp,dryBulbC,dewPointC\n2026-01-01T00:00:00Z,5,6')).toThrow(
      'line 2, column dewPointC: 6 °C is above the dry bulb',
    )
  })

  it('rejects an empty field instead of reading it as 0 °C', () => {
    expect(() => parseOutdoorCsv('timestamp,dryBulbC,wetBulbC\n2026-01-01T00:00:00Z,5,')).toThrow(
      /line 2, column wetBulbC/,
    )
  })

  it('rejects a missing or reordered header on line 1', () => {
    expect(() => parseOutdoorCsv('2026-01-01T00:00:00Z,5')).toThrow(/line 1/)
    expect(() => parseOutdoorCsv('timestamp,dryBulbC,dewPointC,wetBulbC\n')).toThrow(/line 1/)
    expect(() => parseOutdoorCsv('timestamp,dryBulbC,humidity\n')).toThrow(/line 1/)
  })

  it('rejects a line with the wrong number of columns', () => {
    const text = 'timestamp,dryBulbC\n2026-01-01T00:00:00Z,5\n2026-01-01T01:00:00Z,5,7'
    expect(() => parseOutdoorCsv(text)).toThrow('line 3: expected 2 columns (timestamp,dryBulbC), got 3')
  })

  it('rejects bad and out-of-order timestamps in the timestamp column', () => {
    expect(() => parseOutdoorCsv('timestamp,dryBulbC\n1 Jan 2026,5')).toThrow(/line 2, column timestamp/)
    expect(() => parseOutdoorCsv('timestamp,dryBulbC\n2026-02-30T00:00:00Z,5')).toThrow(
      /line 2, column timestamp/,
    )
    const backwards = 'timestamp,dryBulbC\n2026-01-01T01:00:00Z,5\n2026-01-01T00:00:00Z,5'
    expect(() => parseOutdoorCsv(backwards)).toThrow(/line 3, column timestamp: .* not after/)
  })

  it('refuses a file with only its header, and times outside 1970-01-01..2200-01-01', () => {
    expect(() => parseOutdoorCsv('timestamp,dryBulbC\n')).toThrow('no samples: only the header line')
    expect(() => parseOutdoorCsv('timestamp,dryBulbC,wetBulbC\r\n\r\n')).toThrow('no samples')
    expect(() => parseOutdoorCsv('timestamp,dryBulbC\n1969-12-31T23:00:00Z,5')).toThrow(
      "line 2, column timestamp: '1969-12-31T23:00:00Z' is outside 1970-01-01..2200-01-01",
    )
    expect(() => parseOutdoorCsv('timestamp,dryBulbC\n2026-01-01T00:00Z,1\n2200-06-01T00:00Z,5')).toThrow(
      /line 3, column timestamp/,
    )
  })

  it('refuses a long bad timestamp or value in time linear in its length', () => {
    const csv = (row: string) => `timestamp,dryBulbC\n${row}`
    expectLinearTime('fraction', (n) => csv(`2026-01-01T00:00:00.${'1'.repeat(n)}x,5`), parseOutdoorCsv)
    expectLinearTime('value', (n) => csv(`2026-01-01T00:00:00Z,${'1'.repeat(n)}x`), parseOutdoorCsv)
  }, 60_000)
})

describe('parseIsoTimeS', () => {
  it('reads a timestamp without a zone as UTC, whatever the machine zone', () => {
    expect(parseIsoTimeS('2026-01-01T00:00:00')).toBe(JAN_1_2026_S)
    expect(parseIsoTimeS('2026-01-01 00:00')).toBe(JAN_1_2026_S)
  })
  it('applies zone offsets and fractional seconds', () => {
    expect(parseIsoTimeS('2026-01-01T01:00:00+01:00')).toBe(JAN_1_2026_S)
    expect(parseIsoTimeS('2025-12-31T19:30:00-0430')).toBe(JAN_1_2026_S)
    expect(parseIsoTimeS('2026-01-01T00:00:00.5Z')).toBe(JAN_1_2026_S + 0.5)
  })
  it('returns NaN for impossible dates and times', () => {
    expect(parseIsoTimeS('2026-13-01T00:00:00Z')).toBeNaN()
    expect(parseIsoTimeS('2026-01-01T24:00:00Z')).toBeNaN()
    expect(parseIsoTimeS('2025-02-29T00:00:00Z')).toBeNaN()
  })
})
