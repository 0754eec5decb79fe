import { describe, expect, it } from 'vitest'
import { cubeLawFan, energyPlusVavFan, fanDesignPowerW, fanPowerW } from './fan.ts'

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
  it('is also a model built by a factory', () => {
    expect(cubeLawFan(8000, 0.2)(0.5)).toBe(1000)
    expect(cubeLawFan(8000, 0.25)(0.1)).toBe(125)
  })
})

describe('energyPlusVavFan (Fan:VariableVolume, EC plug fan coefficients)', () => {
  // 1ZoneDataCenterCRAC_wPumpedDXCoolingCoil.idf: 8.5 m³/s, 486 Pa, total efficiency 0.7 (physics.md §3.1).
  const designW = fanDesignPowerW(8.5, 486, 0.7)
  const fan = energyPlusVavFan(designW)
  it('has the example design power V̇·Δp/η = 8.5·486/0.7 W', () => {
    expect(designW).toBeCloseTo(5901.43, 2)
  })
  it('evaluates the quartic by hand: f_pl(1) = 1.00236, f_pl(0.5) = 0.290227', () => {
    expect(fan(1) / designW).toBeCloseTo(1.0023574, 7)
    expect(fan(0.5) / designW).toBeCloseTo(0.2902266, 7)
  })
  it('sits above the cube law at half flow (0.290 vs 0.125): duct-pressure control', () => {
    expect(fan(0.5)).toBeGreaterThan(fanPowerW(designW, 0.5, 0))
  })
  it('clamps flow below the 0.05 minimum flow fraction: f_pl(0.05) = 0.131626', () => {
    expect(fan(0.01)).toBe(fan(0.05))
    expect(fan(0.05) / designW).toBeCloseTo(0.1316261, 7)
  })
  it('takes other coefficients: all on c4 is the cube law', () => {
    expect(energyPlusVavFan(1000, [0, 0, 0, 1, 0], 0)(0.5)).toBe(125)
  })
})
