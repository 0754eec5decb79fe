// Moist-air properties from ASHRAE Handbook—Fundamentals (2017), ch. 1, in SI: saturation pressure, humidity
// ratio, relative humidity, dew point, wet bulb (docs/physics.md#humidity-and-ashrae-classes).
import { exp, log } from '../../math/portable.ts'

/** Standard atmosphere at sea level, Pa (ASHRAE Fundamentals ch. 1, Table 1). */
export const SEA_LEVEL_PRESSURE_PA = 101_325
/** Ratio of the molar masses of water vapour and dry air (eq. 20's 0.621945). */
const MOLAR_MASS_RATIO = 0.621945
const KELVIN = 273.15

/**
 * Saturation pressure of water vapour, Pa, by Hyland and Wexler as ASHRAE gives it: over ice below 0 °C
 * (eq. 5, valid from −100 °C) and over liquid water from 0 °C (eq. 6, to 200 °C); within 300 ppm of Table 3.
 */
export function saturationPressurePa(tempC: number): number {
  if (!(tempC >= -100 && tempC <= 200)) throw new RangeError(`${tempC} °C is outside −100…200 °C`)
  return exp(lnSaturationPressure(tempC + KELVIN))
}

// Polynomials in Horner form: this runs for every rack inlet at every physics tick.
/** ln p_ws (p_ws in Pa) at `t` K: eq. 5 below 273.15 K, eq. 6 from it. */
function lnSaturationPressure(t: number): number {
  if (t < KELVIN)
    return (
      -5.6745359e3 / t +
      6.3925247 +
      t * (-9.677843e-3 + t * (6.2215701e-7 + t * (2.0747825e-9 - t * 9.484024e-13))) +
      4.1635019 * log(t)
    )
  return (
    -5.8002206e3 / t +
    1.3914993 +
    t * (-4.8640239e-2 + t * (4.1764768e-5 - t * 1.4452093e-8)) +
    6.5459673 * log(t)
  )
}

/** d(ln p_ws)/dT at `t` K, 1/K: eqs. 5 and 6 differentiated, for the dew point's Newton steps. */
function lnSaturationPressureSlope(t: number): number {
  if (t < KELVIN)
    return (
      5.6745359e3 / (t * t) +
      (-9.677843e-3 + t * (2 * 6.2215701e-7 + t * (3 * 2.0747825e-9 - t * 4 * 9.484024e-13))) +
      4.1635019 / t
    )
  return (
    5.8002206e3 / (t * t) + (-4.8640239e-2 + t * (2 * 4.1764768e-5 - t * 3 * 1.4452093e-8)) + 6.5459673 / t
  )
}

/** Humidity ratio, kg water per kg dry air, of vapour at `vapourPa` in air at `pressurePa`: eq. 20. */
function humidityRatioFromVapourPa(vapourPa: number, pressurePa = SEA_LEVEL_PRESSURE_PA): number {
  return (MOLAR_MASS_RATIO * vapourPa) / (pressurePa - vapourPa)
}

/** Partial pressure of the vapour, Pa, for humidity ratio `ratio` (kg/kg): eq. 20 solved for p_w. */
function vapourPaFromHumidityRatio(ratio: number, pressurePa = SEA_LEVEL_PRESSURE_PA): number {
  if (!(ratio >= 0)) throw new RangeError(`humidity ratio ${ratio} kg/kg must be ≥ 0`)
  return (pressurePa * ratio) / (MOLAR_MASS_RATIO + ratio)
}

/** Humidity ratio of saturated air at `tempC`, kg/kg: eq. 23 (no enhancement factor, so Table 2 − 0.5 %). */
export function saturationHumidityRatio(tempC: number, pressurePa = SEA_LEVEL_PRESSURE_PA): number {
  return humidityRatioFromVapourPa(saturationPressurePa(tempC), pressurePa)
}

/** Humidity ratio of air whose dew point is `dewPointC`, kg/kg: p_w = p_ws(t_d), eq. 38 read backwards. */
export function humidityRatioFromDewPoint(dewPointC: number, pressurePa = SEA_LEVEL_PRESSURE_PA): number {
  return saturationHumidityRatio(dewPointC, pressurePa)
}

/**
 * Relative humidity, % (not capped: above 100 is supersaturated), of `ratio` in air at `tempC`: eq. 24. Air hotter
 * than eq. 6's 200 °C (an inlet in a hall with no cooling left for its heat) is taken at 200 °C, where any
 * humidity a hall holds is below 0.3 % RH: an upper bound, so a runaway run reports rather than throws.
 */
export function relativeHumidityPct(
  tempC: number,
  ratio: number,
  pressurePa = SEA_LEVEL_PRESSURE_PA,
): number {
  return (100 * vapourPaFromHumidityRatio(ratio, pressurePa)) / saturationPressurePa(Math.min(tempC, 200))
}

/** Humidity ratio, kg/kg, of air at `tempC` and relative humidity `rhPct` (%): eq. 24 then eq. 20. */
export function humidityRatioFromRh(
  tempC: number,
  rhPct: number,
  pressurePa = SEA_LEVEL_PRESSURE_PA,
): number {
  return humidityRatioFromVapourPa((rhPct / 100) * saturationPressurePa(tempC), pressurePa)
}

/**
 * Dew point, °C, of vapour at `vapourPa`: p_ws(t_d) = p_w solved for t_d (rather than the handbook's approximate
 * eq. 39/40) by Newton's method on ln p_ws, kept inside a shrinking bracket: ln p_ws rises monotonically but
 * steps by 0.01 % at 0 °C, where ice gives way to water, and a plain Newton iteration can circle that step.
 */
// Drier than saturation at −100 °C (0.0014 Pa) is bone dry for any data hall: the equation's end. Computed once:
// this runs for every rack at every humidity poll.
const DRIEST_VAPOUR_PA = saturationPressurePa(-100)

function dewPointFromVapourPa(vapourPa: number): number {
  if (!(vapourPa >= 0)) throw new RangeError(`vapour pressure ${vapourPa} Pa must be ≥ 0`)
  if (vapourPa <= DRIEST_VAPOUR_PA) return -100
  const target = log(vapourPa)
  let [lowC, highC] = [-100, 200]
  // Start from the Magnus approximation (within 0.4 K over −40…50 °C), so two or three steps converge.
  const gamma = log(vapourPa / 610.94)
  let tempC = Math.min(199, Math.max(-99, (243.04 * gamma) / (17.625 - gamma)))
  for (let k = 0; k < 100 && highC - lowC > 1e-12; k++) {
    const ln = lnSaturationPressure(tempC + KELVIN)
    const slope = lnSaturationPressureSlope(tempC + KELVIN)
    if (ln > target) highC = tempC
    else lowC = tempC
    let next = tempC - (ln - target) / slope
    if (!(next > lowC && next < highC)) next = (lowC + highC) / 2
    if (Math.abs(next - tempC) < 1e-12) return next
    tempC = next
  }
  return tempC
}

/** Dew point, °C, of air with humidity ratio `ratio` (kg/kg). */
export function dewPointFromHumidityRatio(ratio: number, pressurePa = SEA_LEVEL_PRESSURE_PA): number {
  return dewPointFromVapourPa(vapourPaFromHumidityRatio(ratio, pressurePa))
}

/**
 * Humidity ratio, kg/kg, from dry bulb and thermodynamic wet bulb, °C: eq. 33 over water, eq. 35 over ice
 * (wet bulb below 0 °C). A wet bulb above the dry bulb is refused: it has no physical meaning.
 */
export function humidityRatioFromWetBulb(
  dryBulbC: number,
  wetBulbC: number,
  pressurePa = SEA_LEVEL_PRESSURE_PA,
): number {
  if (wetBulbC > dryBulbC) throw new RangeError(`wet bulb ${wetBulbC} °C is above dry bulb ${dryBulbC} °C`)
  const wsStar = saturationHumidityRatio(wetBulbC, pressurePa)
  const ratio =
    wetBulbC >= 0
      ? ((2501 - 2.326 * wetBulbC) * wsStar - 1.006 * (dryBulbC - wetBulbC)) /
        (2501 + 1.86 * dryBulbC - 4.186 * wetBulbC)
      : ((2830 - 0.24 * wetBulbC) * wsStar - 1.006 * (dryBulbC - wetBulbC)) /
        (2830 + 1.86 * dryBulbC - 2.1 * wetBulbC)
  // A very dry, very hot pairing can give a slightly negative ratio: the equation's edge, not negative water.
  return Math.max(0, ratio)
}
