// Validation cases for humidity, the ASHRAE envelopes and the air-side economiser, each against ASHRAE's own
// tables or a hand calculation from them (docs/physics.md#humidity-and-ashrae-classes, #air-side-economiser).
import { economiserMode } from '../../model/plant/economiser.ts'
import { apparatusDewPointC, coilLeavingHumidityRatio } from '../../model/humidity/coil.ts'
import {
  dewPointFromHumidityRatio,
  humidityRatioFromDewPoint,
  humidityRatioFromRh,
  humidityRatioFromWetBulb,
  saturationHumidityRatio,
  saturationPressurePa,
} from '../../model/humidity/psychrometrics.ts'
import type { ValidationCase } from '../validationCase.ts'

const FUNDAMENTALS = 'ASHRAE Handbook—Fundamentals (2017) ch. 1'
/** A 1 kW fan in 5 m³/s of standard air (ρc_p = 1.2 · 1006) warms it by 1000 / 6036 = 0.1657 K. */
const FAN_RISE_K = 1000 / (1.2 * 1006 * 5)
const airSide = { kind: 'air', supplySetpointC: 18, returnC: 29, fanRiseK: FAN_RISE_K } as const

export const cases: ValidationCase[] = [
  {
    id: 'humidity/saturation-pressure-25C',
    what: 'saturation pressure of water vapour at 25 °C',
    source: `${FUNDAMENTALS}, Table 3: 3.1697 kPa (the Hyland–Wexler fit is stated within 300 ppm)`,
    expected: 3169.7,
    unit: 'Pa',
    tolerance: { rel: 3e-4 },
    obtained: () => saturationPressurePa(25),
  },
  {
    id: 'humidity/saturation-ratio-25C',
    what: 'humidity ratio of saturated air at 25 °C, sea level',
    source: `${FUNDAMENTALS}, Table 2: 0.020173 kg/kg (the table includes the ~0.4 % enhancement factor; the model not)`,
    expected: 0.020173,
    unit: 'kg/kg',
    tolerance: { rel: 0.005 },
    obtained: () => saturationHumidityRatio(25),
  },
  {
    id: 'humidity/example1-humidity-ratio',
    what: 'humidity ratio of air at 40 °C dry bulb, 20 °C wet bulb, 101.325 kPa',
    source: `${FUNDAMENTALS}, Example 1: W = 0.0065 kg/kg (eq. 33)`,
    expected: 0.0065,
    unit: 'kg/kg',
    tolerance: { abs: 1e-4 },
    obtained: () => humidityRatioFromWetBulb(40, 20),
  },
  {
    id: 'humidity/dew-point-27C-50pct',
    what: 'dew point of air at 27 °C and 50 % RH (recommended limit 15 °C, A1 allowable 17 °C)',
    source: `${FUNDAMENTALS}, Table 3 interpolated: p_w = 0.5 · 3567 = 1783 Pa; t_d = 15 + (1783 − 1705.6)/(1818.5 − 1705.6)`,
    expected: 15.69,
    unit: '°C',
    tolerance: { abs: 0.05 },
    obtained: () => dewPointFromHumidityRatio(humidityRatioFromRh(27, 50)),
  },
  {
    id: 'humidity/wet-coil-supply-dew-point',
    what: 'supply dew point of a wet coil on 7/12 °C chilled water: 35 °C return at a 15 °C dew point leaves at 18 °C',
    source:
      'hand, apparatus dew point 9.5 °C, bypass factor (18 − 9.5)/(35 − 9.5) = 1/3, W_ADP and W_in from Table 3, ' +
      `p_w = 1361 Pa → t_d = 11 + 48.1/89.8 (${FUNDAMENTALS})`,
    expected: 11.54,
    unit: '°C',
    tolerance: { abs: 0.05 },
    obtained: () =>
      dewPointFromHumidityRatio(
        coilLeavingHumidityRatio(35, humidityRatioFromDewPoint(15), 18, apparatusDewPointC(7, 12)),
      ),
  },
  {
    id: 'economiser/air-side-10C-dew-5C',
    what: 'chiller share with an air-side economiser at 10 °C, 5 °C dew point outdoors (18 °C supply, 29 °C return)',
    source:
      'closed form: 10 °C ≤ 18 − 0.166 K fan rise and 5 °C within −9…15 °C, so outdoor air carries it all',
    expected: 0,
    unit: '1',
    tolerance: { abs: 0 },
    obtained: () => economiserMode(airSide, 10, undefined, 5).chillerFraction,
  },
  {
    id: 'economiser/air-side-22C-partial',
    what: 'chiller share with an air-side economiser at 22 °C, 10 °C dew point outdoors (18 °C supply, 29 °C return)',
    source: 'closed form: (22 − 17.834)/(29 − 17.834) = 0.3731, 100 % outdoor air pre-cooling the coil',
    expected: (22 - (18 - FAN_RISE_K)) / (29 - (18 - FAN_RISE_K)),
    unit: '1',
    tolerance: { abs: 1e-12 },
    obtained: () => economiserMode(airSide, 22, undefined, 10).chillerFraction,
  },
  {
    id: 'economiser/air-side-30C',
    what: 'chiller share with an air-side economiser at 30 °C outdoors',
    source: 'closed form: above the 27 °C high limit (ASHRAE 2021 recommended maximum) the dampers close',
    expected: 1,
    unit: '1',
    tolerance: { abs: 0 },
    obtained: () => economiserMode(airSide, 30, undefined, 12).chillerFraction,
  },
]
