// Fan power at part flow: the affinity cube law and the EnergyPlus Fan:VariableVolume polynomial (physics.md §3.2).

/** Electrical power in W drawn at `flowFraction` = V̇ / V̇_design (clamped to the fan's range). */
export type FanModel = (flowFraction: number) => number

/**
 * Design (full-flow) fan power, W: P = V̇·Δp / η_total. The EnergyPlus data-centre example's EC plug fan
 * (8.5 m³/s, 486 Pa, η_total 0.7, physics.md §3.1) draws 5901 W.
 */
export function fanDesignPowerW(flowM3s: number, pressureRisePa: number, totalEfficiency: number): number {
  return (flowM3s * pressureRisePa) / totalEfficiency
}

/**
 * Affinity laws at a fixed system curve (V̇ ∝ N, P ∝ N³): P = P_rated·f³, f = flow fraction. A running fan never
 * turns slower than `minSpeedFraction`, so flow below it costs the minimum-speed power; f is capped at 1 because
 * the rated point is the top speed. A stopped fan is the caller's state, not f = 0.
 */
export function fanPowerW(ratedW: number, flowFraction: number, minSpeedFraction: number): number {
  const f = Math.min(1, Math.max(flowFraction, minSpeedFraction))
  return ratedW * f * f * f
}

/** The cube law as a model: `cubeLawFan(5901, 0.2)(0.5)` = 5901/8 W. */
export function cubeLawFan(ratedW: number, minSpeedFraction = 0): FanModel {
  return (flowFraction) => fanPowerW(ratedW, flowFraction, minSpeedFraction)
}

/** Fan:VariableVolume part-load coefficients c1..c5 of f_pl = c1 + c2·f + c3·f² + c4·f³ + c5·f⁴. */
export type FanPartLoadCoefficients = readonly [number, number, number, number, number]

/**
 * The "EC Plug Fan 1" coefficients of EnergyPlus testfiles/1ZoneDataCenterCRAC_wPumpedDXCoolingCoil.idf
 * (physics.md §3.2). They give f_pl(1) = 1.00236, not exactly 1, as in EnergyPlus itself.
 */
export const EC_PLUG_FAN_COEFFICIENTS: FanPartLoadCoefficients = [
  0.06990146, 1.39500612, -3.35487336, 2.89232315, 0,
]

/**
 * EnergyPlus Fan:VariableVolume: P = f_pl(max(f, f_min))·P_design, with P_design = V̇_design·Δp/η_total and
 * f_min the "Fan Power Minimum Flow Fraction" (0.05 in the example). Flow above design is capped at 1, and a
 * negative polynomial value at 0, as EnergyPlus floors fan power at zero.
 */
export function energyPlusVavFan(
  designW: number,
  coefficients: FanPartLoadCoefficients = EC_PLUG_FAN_COEFFICIENTS,
  minFlowFraction = 0.05,
): FanModel {
  const [c1, c2, c3, c4, c5] = coefficients
  return (flowFraction) => {
    const f = Math.min(1, Math.max(flowFraction, minFlowFraction))
    return Math.max(0, designW * (c1 + f * (c2 + f * (c3 + f * (c4 + f * c5)))))
  }
}
