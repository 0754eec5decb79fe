import { describe, expect, it } from 'vitest'
import {
  fixed,
  formatDuration,
  formatShortTime,
  formatSimTime,
  formatSpan,
  nameList,
  spreadText,
  timeToLimitText,
} from './format.ts'

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

describe('formatDuration', () => {
  it('writes the failure times of the brief the way an operator reads them', () => {
    expect([250, 938, 1365].map(formatDuration)).toEqual(['4 min 10 s', '15 min 38 s', '22 min 45 s'])
  })

  it('drops a zero second part, switches to hours and minutes from one hour, and rounds', () => {
    expect(formatDuration(17.6)).toBe('18 s')
    expect(formatDuration(59.6)).toBe('1 min')
    expect(formatDuration(3600)).toBe('1 h')
    expect(formatDuration(2 * 3600 + 5 * 60 + 20)).toBe('2 h 5 min')
  })
})

describe('timeToLimitText', () => {
  it('says "already above" for 0, "not within 24 h" for null, otherwise "in …"', () => {
    expect(timeToLimitText(0)).toBe('already above')
    expect(timeToLimitText(null)).toBe('not within 24 h')
    expect(timeToLimitText(249.6)).toBe('in 4 min 10 s')
    expect(timeToLimitText(0.1)).toBe('in < 1 s')
  })
})

describe('formatShortTime', () => {
  it('prints month, day and the UTC clock: 1 h 10 min into 2026-01-05', () => {
    expect(formatShortTime(1767571200 + 4200)).toBe('Jan 5 01:10')
  })
})

describe('formatSpan and nameList', () => {
  it('gives trace lengths in hours up to two days, then in days', () => {
    expect(formatSpan(288 * 300)).toBe('24 h')
    expect(formatSpan(2700)).toBe('45 min')
    expect(formatSpan(3 * 86_400)).toBe('3 days')
    expect(formatSpan(7.5 * 86_400)).toBe('7.5 days')
  })

  it('lists a few file names and counts the rest', () => {
    expect(nameList(['a', 'b', 'c'])).toBe('a, b, c')
    expect(nameList(['a', 'b', 'c', 'd'])).toBe('a, b and 2 more')
  })
})

describe('spreadText', () => {
  it('says how many servers a round-robin replay drives', () => {
    expect(spreadText(3, 384)).toBe('On 3 of 384 servers, the rest idle')
    expect(spreadText(384, 384)).toBe('One series per server')
    expect(spreadText(768, 384)).toBe('2 series per server, averaged')
    expect(spreadText(1052, 384)).toBe('2–3 series per server, averaged')
  })
})
