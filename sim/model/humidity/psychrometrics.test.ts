// Moist-air properties against ASHRAE Handbook—Fundamentals (2017) ch. 1: Table 3 (saturation pressure), Table 2
// (saturation humidity ratio, which includes the enhancement factor this module leaves out) and Example 1.
import { describe, expect, it } from 'vitest'
import {
  dewPointFromHumidityRatio,
  humidityRatioFromDewPoint,
  humidityRatioFromRh,
  humidityRatioFromWetBulb,
  relativeHumidityPct,
  saturationHumidityRatio,
  saturationPressurePa,
} from './psychrometrics.ts'

describe('saturation pressure (Hyland–Wexler, eqs. 5 and 6)', () => {
  // Table 3, ch. 1, 2017 Fundamentals, Pa; the handbook states its fit within 300 ppm of the table.
  const table3: [number, number][] = [
    [-20, 103.24],
    [-5, 401.74],
    [5, 872.6],
    [25, 3169.7],
    [50, 12351.3],
  ]
  it.each(table3)('at %d °C is Table 3’s %d Pa within 300 ppm', (tempC, pa) => {
    expect(Math.abs(saturationPressurePa(tempC) / pa - 1)).toBeLessThan(3e-4)
  })
  it('refuses temperatures outside −100…200 °C', () => {
    expect(() => saturationPressurePa(250)).toThrow(/outside −100…200 °C/)
  })
})

describe('humidity ratio, dew point and relative humidity', () => {
  it('saturated air at 5 and 25 °C holds Table 2’s 0.005425 and 0.020173 kg/kg within 0.5 %', () => {
    expect(saturationHumidityRatio(5) / 0.005425 - 1).toBeCloseTo(0, 2)
    expect(Math.abs(saturationHumidityRatio(25) / 0.020173 - 1)).toBeLessThan(0.005)
  })

  it('Example 1: 40 °C dry bulb, 20 °C wet bulb gives W ≈ 0.0065 kg/kg, RH ≈ 14 %, dew point ≈ 7 °C', () => {
    const ratio = humidityRatioFromWetBulb(40, 20)
    expect(Math.abs(ratio - 0.0065)).toBeLessThan(1e-4)
    expect(relativeHumidityPct(40, ratio)).toBeCloseTo(14, 0)
    expect(Math.abs(dewPointFromHumidityRatio(ratio) - 7)).toBeLessThan(0.5)
  })

  it('27 °C at 50 % RH has a dew point of 15.7 °C, at 60 % of 18.6 °C (Table 3 interpolation)', () => {
    // p_w = 0.5 × 3567 = 1783 Pa lies between p_ws(15) = 1705.6 and p_ws(16) = 1818.5: 15 + 77.9/112.9 = 15.69.
    expect(dewPointFromHumidityRatio(humidityRatioFromRh(27, 50))).toBeCloseTo(15.69, 1)
    // p_w = 0.6 × 3567 = 2140 Pa between p_ws(18) = 2064.4 and p_ws(19) = 2197.8: 18 + 76/133.4 = 18.57.
    expect(dewPointFromHumidityRatio(humidityRatioFromRh(27, 60))).toBeCloseTo(18.57, 1)
  })

  it('round-trips dew point → W → dew point to 1e-9 K, across the ice/water step at 0 °C', () => {
    for (const dewC of [-30, -5, 0, 9.335, 15, 24])
      expect(dewPointFromHumidityRatio(humidityRatioFromDewPoint(dewC))).toBeCloseTo(dewC, 9)
  })

  it('bounds the RH of air past eq. 6’s 200 °C by its value at 200 °C instead of throwing', () => {
    const ratio = humidityRatioFromDewPoint(24)
    expect(relativeHumidityPct(2280, ratio)).toBe(relativeHumidityPct(200, ratio))
    expect(relativeHumidityPct(200, ratio)).toBeLessThan(0.3)
  })

  it('saturated air is 100 % RH and its wet bulb equals its dry bulb', () => {
    expect(relativeHumidityPct(20, saturationHumidityRatio(20))).toBeCloseTo(100, 10)
    expect(humidityRatioFromWetBulb(20, 20)).toBeCloseTo(saturationHumidityRatio(20), 12)
  })

  it('uses eq. 35 below freezing: −1 °C dry bulb, −5 °C wet bulb is very dry air (t_d well below −5 °C)', () => {
    const ratio = humidityRatioFromWetBulb(-1, -5)
    expect(ratio).toBeGreaterThan(0.001)
    expect(ratio).toBeLessThan(saturationHumidityRatio(-5))
    expect(dewPointFromHumidityRatio(ratio)).toBeLessThan(-5)
  })

  it('refuses a wet bulb above the dry bulb and a negative humidity ratio, and calls bone-dry air −100 °C', () => {
    expect(() => humidityRatioFromWetBulb(20, 21)).toThrow(/wet bulb 21 °C is above dry bulb 20 °C/)
    expect(() => dewPointFromHumidityRatio(-1)).toThrow(/humidity ratio -1 kg\/kg must be ≥ 0/)
    expect(dewPointFromHumidityRatio(0)).toBe(-100)
  })
})
