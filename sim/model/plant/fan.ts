// Fan power at part flow: the affinity cube law (docs/physics.md#cooling-units-and-fans).

/**
 * Affinity laws at a fixed system curve (V̇ ∝ N, P ∝ N³): P = P_rated·f³, f = flow fraction. A running fan never
 * turns slower than `minSpeedFraction`, so flow below it costs the minimum-speed power; f is capped at 1 because
 * the rated point is the top speed. A stopped fan is the caller's state, not f = 0.
 */
export function fanPowerW(ratedW: number, flowFraction: number, minSpeedFraction: number): number {
  const f = Math.min(1, Math.max(flowFraction, minSpeedFraction))
  return ratedW * f * f * f
}
