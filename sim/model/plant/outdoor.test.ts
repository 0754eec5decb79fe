import { describe, expect, it } from 'vitest'
import { constantOutdoor, syntheticOutdoor } from './outdoor.ts'

describe('syntheticOutdoor', () => {
  const year = { meanC: 10, dailySwingC: 8, annualSwingC: 20 }

  it('gives one hourly sample per hour, starting at startS', () => {
    const s = syntheticOutdoor({ ...year, startS: 1000 }, 48)
    expect(s.dryBulbC.length).toBe(48)
    expect(s.timeS[0]).toBe(1000)
    expect(s.timeS[47]).toBe(1000 + 47 * 3600)
  })

  it('is flat at the mean without swings', () => {
    const s = syntheticOutdoor({ meanC: 12, dailySwingC: 0, annualSwingC: 0 }, 100)
    expect(s.dryBulbC.every((t) => t === 12)).toBe(true)
  })

  it('averages to the mean over a whole year: both sinusoids complete their periods', () => {
    const s = syntheticOutdoor(year, 8760)
    expect(s.dryBulbC.reduce((a, b) => a + b, 0) / 8760).toBeCloseTo(10, 9)
  })

  it('is coldest in mid-January and hottest in mid-July, within mean ± (annual + daily)/2', () => {
    const s = syntheticOutdoor(year, 8760)
    // Jan 16 15:00: annual trough, daily peak → 10 − 10 + 4 = 4; Jul 17 15:00 (182.5 days later) → 10 + 10 + 4 = 24.
    expect(s.dryBulbC[15 * 24 + 15]).toBeCloseTo(4, 2)
    expect(s.dryBulbC[15 * 24 + 3]).toBeCloseTo(-4, 2)
    expect(Math.max(...s.dryBulbC)).toBeCloseTo(24, 2)
    expect(Math.min(...s.dryBulbC)).toBeCloseTo(-4, 2)
  })

  it('is deterministic: the same parameters give the same series', () => {
    expect(syntheticOutdoor(year, 500)).toEqual(syntheticOutdoor(year, 500))
  })

  it('derives wet bulb and dew point from constant depressions only when asked', () => {
    const plain = syntheticOutdoor(year, 3)
    expect(plain.wetBulbC).toBeUndefined()
    const humid = syntheticOutdoor({ ...year, wetBulbDepressionK: 3, dewPointDepressionK: 6 }, 3)
    expect(humid.wetBulbC?.[1]).toBeCloseTo(humid.dryBulbC[1] - 3, 12)
    expect(humid.dewPointC?.[2]).toBeCloseTo(humid.dryBulbC[2] - 6, 12)
  })
})

describe('constantOutdoor', () => {
  it('repeats one sample hourly', () => {
    const s = constantOutdoor(5, 3, 4)
    expect(Array.from(s.timeS)).toEqual([0, 3600, 7200])
    expect(Array.from(s.dryBulbC)).toEqual([5, 5, 5])
    expect(Array.from(s.wetBulbC ?? [])).toEqual([4, 4, 4])
    expect(s.dewPointC).toBeUndefined()
  })
})
