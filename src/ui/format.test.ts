import { describe, expect, it } from 'vitest'
import { fixed, formatSimTime } from './format.ts'

describe('formatSimTime', () => {
  it('formats the default scenario start, 2026-01-05T00:00:00Z = 1767571200 s', () => {
    expect(formatSimTime(1767571200)).toBe('2026-01-05 00:00 UTC')
  })

  it('floors to the minute: 14 h 30 min 59 s later still reads 14:30', () => {
    expect(formatSimTime(1767571200 + 14 * 3600 + 30 * 60 + 59)).toBe('2026-01-05 14:30 UTC')
  })

  it('shows a dash for a missing time', () => {
    expect(formatSimTime(Number.NaN)).toBe('—')
  })
})

describe('fixed', () => {
  it('rounds to the given decimals and dashes out non-finite values', () => {
    expect(fixed(1.6962, 2)).toBe('1.70')
    expect(fixed(Number.POSITIVE_INFINITY, 2)).toBe('—')
  })
})
