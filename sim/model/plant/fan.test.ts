import { describe, expect, it } from 'vitest'
import { fanPowerW } from './fan.ts'

describe('fanPowerW (affinity cube law)', () => {
  it('draws 1/8 of rated power at half flow and all of it at full flow', () => {
    expect(fanPowerW(8000, 0.5, 0)).toBe(1000)
    expect(fanPowerW(8000, 1, 0)).toBe(8000)
  })
  it('runs at the minimum speed when asked for less flow: 0.1 with a 0.3 floor costs 0.3³', () => {
    expect(fanPowerW(1000, 0.1, 0.3)).toBeCloseTo(27, 10)
    expect(fanPowerW(1000, 0, 0.3)).toBeCloseTo(27, 10)
  })
  it('never runs faster than rated', () => {
    expect(fanPowerW(1000, 1.4, 0)).toBe(1000)
  })
})
