import { describe, expect, it } from 'vitest'
import { rackColumn, sparkOf, viewPoint } from './sparkline.ts'

describe('sparkline', () => {
  it('draws few values point by point across the width, y down from the max', () => {
    // 20..30 over a 100 × 10 box: 20 is at the bottom (y 10), 30 at the top (y 0), 25 half-way.
    const s = sparkOf([20, 30, 25], 100, 10)
    expect(s).toEqual({ d: 'M0.0,10.0L50.0,0.0L100.0,5.0', min: 20, max: 30, last: 25 })
  })

  it('keeps a one-sample spike when many values share a pixel column', () => {
    const values = new Float32Array(1000).fill(1)
    values[501] = 9
    const s = sparkOf(values, 10, 8)
    expect(s.max).toBe(9)
    // Column 5 (values 500..599, x = 5.5) goes from the spike at the top (y 0) down to the floor (y 8).
    expect(s.d).toContain('L5.5,0.0L5.5,8.0')
  })

  it('scales (W to kW), skips NaN, draws a flat series mid-height, and nothing from one value', () => {
    expect(sparkOf([2000, Number.NaN, 4000], 10, 10, 1e-3)).toMatchObject({ min: 2, max: 4, last: 4 })
    expect(sparkOf([5, 5], 10, 10).d).toBe('M0.0,5.0L10.0,5.0')
    expect(sparkOf([5], 10, 10).d).toBe('')
  })

  it('reads one rack of a row-major [row * rackCount + rack] column', () => {
    const values = new Float32Array([1, 2, 3, 10, 20, 30])
    expect([...rackColumn(values, 3, 1, 2)]).toEqual([2, 20])
  })
})

describe('viewPoint', () => {
  const timeS = [0, 600, 1200, 1800, 2400]
  it('places the shown time along the width and names the row at or before it', () => {
    expect(viewPoint(timeS, 5, 1200, 180)).toEqual({ x: 90, row: 2 })
    expect(viewPoint(timeS, 5, 1500, 180)).toEqual({ x: 112.5, row: 2 })
    expect(viewPoint(timeS, 5, 0, 180)).toEqual({ x: 0, row: 0 })
  })

  it('clamps to the ends and places nothing without two rows', () => {
    expect(viewPoint(timeS, 5, 9999, 180)).toEqual({ x: 180, row: 4 })
    expect(viewPoint(timeS, 1, 0, 180)).toBeNull()
  })
})
