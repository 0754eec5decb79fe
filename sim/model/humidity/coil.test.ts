// The coil's moisture removal by hand: apparatus dew point from the chilled water, bypass factor from the dry
// bulbs, leaving humidity ratio and dew point from Table 3 (ASHRAE Fundamentals 2017 ch. 1) by interpolation.
import { describe, expect, it } from 'vitest'
import { apparatusDewPointC, coilLeavingHumidityRatio } from './coil.ts'
import { dewPointFromHumidityRatio, humidityRatioFromDewPoint } from './psychrometrics.ts'

describe('a chilled-water coil at 7 °C supply, 12 °C return', () => {
  const adpC = apparatusDewPointC(7, 12)

  it('has its apparatus dew point at the mean water temperature, 9.5 °C', () => {
    expect(adpC).toBe(9.5)
  })

  it('wet: 35 °C return air at a 15 °C dew point leaves at 18 °C with a dew point of 11.5 °C', () => {
    // BF = (18 − 9.5)/(35 − 9.5) = 1/3. Table 3: p_ws(9.5) ≈ (1148.1 + 1228.1)/2 = 1188 Pa → W_ADP = 0.621945 ·
    // 1188/(101325 − 1188) = 0.007379; p_ws(15) = 1705.6 Pa → W_in = 0.010648. W_out = 0.007379 + 0.003269/3 =
    // 0.008469 → p_w = 101325 · 0.008469/0.630414 = 1361 Pa, between p_ws(11) = 1312.9 and p_ws(12) = 1402.7 Pa:
    // t_d = 11 + 48.1/89.8 = 11.54 °C.
    const ratio = coilLeavingHumidityRatio(35, humidityRatioFromDewPoint(15), 18, adpC)
    expect(ratio).toBeCloseTo(0.00847, 5)
    expect(dewPointFromHumidityRatio(ratio)).toBeCloseTo(11.54, 1)
  })

  it('with no bypass (air leaving at the ADP) the supply dew point is the apparatus dew point', () => {
    const ratio = coilLeavingHumidityRatio(35, humidityRatioFromDewPoint(15), adpC, adpC)
    expect(dewPointFromHumidityRatio(ratio)).toBeCloseTo(adpC, 9)
  })

  it('dry: air whose dew point (8 °C) is below the ADP keeps its moisture', () => {
    const inRatio = humidityRatioFromDewPoint(8)
    expect(coilLeavingHumidityRatio(35, inRatio, 18, adpC)).toBe(inRatio)
  })

  it('idle: a coil that does not cool the air changes nothing', () => {
    const inRatio = humidityRatioFromDewPoint(15)
    expect(coilLeavingHumidityRatio(20, inRatio, 20, adpC)).toBe(inRatio)
    expect(coilLeavingHumidityRatio(9, inRatio, 8, adpC)).toBe(inRatio)
  })
})
