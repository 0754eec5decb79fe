// Timestamps: Unix seconds and ISO 8601 as one instant; milliseconds, impossible days and other forms refused.
import { expect, it } from 'vitest'
import { expectLinearTime } from '../../test-fixtures/linearTime.ts'
import { parseTimestampS } from './timestamp.ts'

const T0 = Date.UTC(2025, 5, 3) / 1000

it('reads Unix seconds and ISO 8601 with or without a zone (none means UTC) as the same instant', () => {
  for (const text of ['1748959200', '2025-06-03T14:00:00Z', '2025-06-03 14:00', '2025-06-03T16:00:00+02:00'])
    expect(parseTimestampS(text)).toBe(T0 + 14 * 3600)
  expect(parseTimestampS('2025-06-03T09:00:00.5-0500')).toBe(T0 + 14 * 3600 + 0.5)
  expect(parseTimestampS('2025-06-03')).toBe(T0)
  expect(parseTimestampS('1748959200000')).toMatch(/looks like milliseconds/)
  expect(parseTimestampS('2025-02-30T00:00:00Z')).toMatch(/no such day/)
  expect(parseTimestampS('03/06/2025')).toMatch(/neither Unix seconds nor ISO 8601/)
})

it('keeps to 1970-01-01..2200-01-01, so a broken field cannot start a run in the year −1199', () => {
  expect(parseTimestampS('-99999999999')).toBe('timestamp "-99999999999" is outside 1970-01-01..2200-01-01')
  expect(parseTimestampS('-1')).toMatch(/outside 1970-01-01\.\.2200-01-01/)
  expect(parseTimestampS('1969-12-31T23:59:59Z')).toMatch(/outside/)
  expect(parseTimestampS('2200-01-01T00:00:01Z')).toMatch(/outside/)
  expect(parseTimestampS('0')).toBe(0)
  expect(parseTimestampS('2200-01-01')).toBe(7_258_118_400) // Date.UTC(2200, 0, 1) / 1000, the last allowed
})

it('refuses a long bad timestamp in time linear in its length', () => {
  const refuse = (text: string) => {
    const timeS = parseTimestampS(text)
    if (typeof timeS === 'string') throw new Error(timeS)
  }
  expectLinearTime('Unix seconds', (n) => `${'1'.repeat(n)}.${'1'.repeat(n)}x`, refuse)
  expectLinearTime('ISO fraction', (n) => `2025-06-03T00:00:00.${'1'.repeat(n)}x`, refuse)
}, 60_000)
