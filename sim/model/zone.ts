// A room zone as two lumped thermal masses (air, equipment), advanced exactly between events.
import { advanceThroughRegimes } from './regimeStepping.ts'
import { exp, expm1 } from '../math/portable.ts'

/** Air node and equipment node temperatures, °C. */
export interface ZoneState {
  airC: number
  massC: number
}

/** C_a = ρ·c_p·V_air and C_m (servers, racks) in J/K; hA couples them, W/K. */
export interface ZoneParams {
  airJK: number
  massJK: number
  couplingWK: number
}

/**
 * One running cooling unit as the zone sees it: it draws air at the zone air temperature, its fan heats that
 * air and its coil cools it so that it leaves the unit at `setpointC`
 * (docs/physics.md#fan-heat-and-the-air-side-first-law).
 */
export interface CoilLine {
  /** Supply air temperature (after the fan) the unit holds while its coil is neither idle nor at capacity, °C. */
  setpointC: number
  /** ρ·c_p·V̇ of the unit, W/K. */
  conductanceWK: number
  capacityW: number
  /** Heat the unit's fan puts into the air it moves, W: the coil takes it out again with the room's heat. */
  fanHeatW: number
}

/**
 * Coil load of one unit with zone (return) air at `airC`, W: the first law over the unit, air in at T_a and out
 * at the setpoint with the fan's heat added on the way, g·(T_a − T_set) + P_fan, within [0, capacity]. Idle, the
 * fan still heats the air; at capacity the unit's net removal is capacity − P_fan.
 */
export function coilLoadW(c: CoilLine, airC: number): number {
  return Math.min(Math.max(0, c.conductanceWK * (airC - c.setpointC) + c.fanHeatW), c.capacityW)
}

/** Heat all coils remove with zone air at `airC`, W (the fans' heat is in the zone's heat input). */
export function coilHeatW(airC: number, coils: readonly CoilLine[]): number {
  let q = 0
  for (const c of coils) q += coilLoadW(c, airC)
  return q
}

// Regime of each coil (0 idle, 1 proportional, 2 at capacity) as one comparable key.
function regimeKey(airC: number, coils: readonly CoilLine[]): string {
  let key = ''
  for (const c of coils) {
    const q = c.conductanceWK * (airC - c.setpointC) + c.fanHeatW
    key += q <= 0 ? '0' : q >= c.capacityW ? '2' : '1'
  }
  return key
}

/**
 * Exact solution of the affine 2 × 2 system within one coil regime (docs/physics.md#room-air-and-equipment-two-thermal-masses):
 *   C_a·dT_a/dt = Q_in − Q_coil(T_a) − hA·(T_a − T_m),   C_m·dT_m/dt = hA·(T_a − T_m),
 * with Q_coil affine in T_a inside a regime. Spectral form: e^{At} = Σ P_k·e^{λ_k t}; the forcing integrates with
 * φ(λ, t) = (e^{λt} − 1)/λ. hA > 0 makes the two eigenvalues real and distinct.
 */
function solveRegime(
  s: ZoneState,
  p: ZoneParams,
  heatInW: number,
  coils: readonly CoilLine[],
  key: string,
  tS: number,
): ZoneState {
  let g = 0
  let forcingW = heatInW
  coils.forEach((c, k) => {
    if (key[k] === '1') {
      g += c.conductanceWK
      forcingW += c.conductanceWK * c.setpointC - c.fanHeatW
    } else if (key[k] === '2') forcingW -= c.capacityW
  })
  const h = p.couplingWK
  const a00 = -(g + h) / p.airJK
  const a01 = h / p.airJK
  const a10 = h / p.massJK
  const a11 = -h / p.massJK
  const b0 = forcingW / p.airJK
  const half = (a00 + a11) / 2
  const halfGap = (a00 - a11) / 2
  const root = Math.sqrt(halfGap * halfGap + a01 * a10)
  const l1 = half + root
  const l2 = half - root
  const e1 = exp(l1 * tS)
  const e2 = exp(l2 * tS)
  const phi = (l: number) => (l === 0 ? tS : expm1(l * tS) / l)
  const f1 = phi(l1)
  const f2 = phi(l2)
  // P1 = (A − λ2·I)/(λ1 − λ2), P2 = (A − λ1·I)/(λ2 − λ1); x(t) = Σ P_k (e_k·x0 + f_k·b), b = (b0, 0).
  const d = l1 - l2
  const x0 = s.airC
  const x1 = s.massC
  const y0 = (e: number, f: number) => e * x0 + f * b0
  const y1 = (e: number) => e * x1
  const p1 = (r0: number, r1: number) => [((a00 - l2) * r0 + a01 * r1) / d, (a10 * r0 + (a11 - l2) * r1) / d]
  const p2 = (r0: number, r1: number) => [
    -((a00 - l1) * r0 + a01 * r1) / d,
    -(a10 * r0 + (a11 - l1) * r1) / d,
  ]
  const u = p1(y0(e1, f1), y1(e1))
  const v = p2(y0(e2, f2), y1(e2))
  return { airC: u[0] + v[0], massC: u[1] + v[1] }
}

/**
 * Advances the zone by dtS with constant heat input, switching coil regimes exactly where the air crosses
 * a setpoint or a capacity threshold (bisection to 1e-9 s), so one long step and many short ones agree.
 * @returns the new state; heat removed over the step follows from the balance Q_in·dt − C_a·ΔT_a − C_m·ΔT_m
 */
export function advanceZone(
  start: ZoneState,
  p: ZoneParams,
  heatInW: number,
  coils: readonly CoilLine[],
  dtS: number,
): ZoneState {
  return advanceThroughRegimes(
    start,
    dtS,
    4 * coils.length + 4,
    (z) => regimeKey(z.airC, coils),
    (z, key) => (tS) => solveRegime(z, p, heatInW, coils, key, tS),
  )
}

/**
 * The air temperature at which the coils remove `heatInW`, °C (the steady state), or the hottest capacity
 * threshold when they cannot: the room then keeps warming. Bisection on the monotone Q_coil(T_a).
 */
export function steadyAirC(heatInW: number, coils: readonly CoilLine[]): number {
  if (coils.length === 0) throw new Error('steadyAirC needs at least one running coil')
  // Each coil is idle below T_set − P_fan/g and at capacity above T_set + (capacity − P_fan)/g.
  let lo = Math.min(...coils.map((c) => c.setpointC - c.fanHeatW / c.conductanceWK))
  let hi = Math.max(...coils.map((c) => c.setpointC + (c.capacityW - c.fanHeatW) / c.conductanceWK))
  if (coilHeatW(hi, coils) < heatInW) return hi
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2
    if (coilHeatW(mid, coils) < heatInW) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}
