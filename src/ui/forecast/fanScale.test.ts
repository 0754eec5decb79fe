import { describe, expect, it } from 'vitest'
import { fanScaleOf } from './fanScale.ts'

describe('fan chart y axis', () => {
  it('fits everything when p90 stays within 1.5 × max(limit, p50)', () => {
    expect(fanScaleOf([50, 80], [60, 149], 100)).toEqual({ max: null, offScale: null })
  })

  it('cuts at 1.5 × the highest p50 (above the limit) and names the highest p90 beyond', () => {
    // p50 reaches 120 % > the 100 % limit: the axis stops at 180 %; months 2 and 3 go beyond, 10,000 % the most.
    expect(fanScaleOf([50, 80, 120, null], [60, 90, 10_000, 500], 100)).toEqual({
      max: 180,
      offScale: { value: 10_000, month: 2 },
    })
  })
})
