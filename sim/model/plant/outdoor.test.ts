import { describe, expect, it } from 'vitest'
import { syntheticDryBulbC } from './outdoor.ts'

describe('syntheticDryBulbC', () => {
  const year = { meanC: 10, dailySwingC: 8, annualSwingC: 20 }
  const hourly = (params: typeof year, hours: number) =>
    Array.from({ length: hours }, (_, h) => syntheticDryBulbC(params, h))

  it('is flat at the mean without swings', () => {
    expect(hourly({ meanC: 12, dailySwingC: 0, annualSwingC: 0 }, 100).every((t) => t === 12)).toBe(true)
  })

  it('averages to the mean over a whole year: both sinusoids complete their periods', () => {
    expect(hourly(year, 8760).reduce((a, b) => a + b, 0) / 8760).toBeCloseTo(10, 9)
  })

  it('is coldest in mid-January and hottest in mid-July, within mean ± (annual + daily)/2', () => {
    const s = hourly(year, 8760)
    // Jan 16 15:00: annual trough, daily peak → 10 − 10 + 4 = 4; Jul 17 15:00 (182.5 days later) → 10 + 10 + 4 = 24.
    expect(s[15 * 24 + 15]).toBeCloseTo(4, 2)
    expect(s[15 * 24 + 3]).toBeCloseTo(-4, 2)
    expect(Math.max(...s)).toBeCloseTo(24, 2)
    expect(Math.min(...s)).toBeCloseTo(-4, 2)
  })
})
