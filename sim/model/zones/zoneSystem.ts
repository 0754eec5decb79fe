// The zones' air and equipment nodes within one coil regime: an affine linear system, solved exactly.
import type { ZoneLayout } from './zoneLayout.ts'
import { symmetricEigen } from './symmetricEigen.ts'
import type { SymmetricEigen } from './symmetricEigen.ts'
import type { CoilLine } from '../zone.ts'
import { exp, expm1 } from '../../math/portable.ts'

/** Zone air T_j and equipment M_j temperatures, °C, one entry per zone (= per cooling unit). */
export interface ZonalState {
  readonly airC: Float64Array
  readonly massC: Float64Array
}

/**
 * Unit j's coil line (cooling.ts coilLine: setpoint, ρ·c_p·V̇, capacity, fan heat) as zone j sees it: it draws
 * zone j's air; a failed unit has conductance 0.
 */
export type ZoneCoil = CoilLine

/** Regime of each coil: 'x' not running, '0' idle, '1' proportional, '2' at capacity. */
export function regimeKey(airC: Float64Array, coils: readonly ZoneCoil[]): string {
  let key = ''
  for (let j = 0; j < coils.length; j++) {
    const c = coils[j]
    if (c.conductanceWK <= 0) key += 'x'
    else {
      const q = c.conductanceWK * (airC[j] - c.setpointC) + c.fanHeatW
      key += q <= 0 ? '0' : q >= c.capacityW ? '2' : '1'
    }
  }
  return key
}

/** Decompositions of the symmetrised system, per regime and coil conductances (they change at commands). */
export type EigenCache = Map<string, { conductanceWK: Float64Array; eigen: SymmetricEigen }>

/**
 * The system C·dx/dt = −K·x + f with x = (T_1..T_z, M_1..M_z) (docs/physics.md#zones-of-influence):
 *   C_a,j·dT_j/dt = Q_j − coil_j − hA_j·(T_j − M_j) − Σ_k G_jk·(T_j − T_k),  C_m,j·dM_j/dt = hA_j·(T_j − M_j),
 * coil_j = g_j·(T_j − T_set,j) + P_fan,j when proportional (into K and f), cap_j at capacity (into f), 0 idle;
 * unit j's fan heat is part of Q_j (the air it moves is zone j's).
 * K is symmetric and C diagonal, so S = C^{-1/2}·K·C^{-1/2} is symmetric positive semi-definite: real
 * eigenvalues λ ≥ 0 and orthonormal eigenvectors V. With y = C^{1/2}·x and h = C^{-1/2}·f,
 *   y(t) = V·(e^{−Λt}·Vᵀy₀ + φ(Λ, t)·Vᵀh),  φ(λ, t) = (1 − e^{−λt})/λ  (t when λ = 0),
 * exact for any t. Returns the solution from x₀ as a function of t.
 */
export function regimeSolution(
  layout: ZoneLayout,
  start: ZonalState,
  heatW: Float64Array,
  coils: readonly ZoneCoil[],
  key: string,
  cache: EigenCache,
): (tS: number) => ZonalState {
  const z = layout.zoneCount
  const n = 2 * z
  const { values, vectors } = eigenFor(layout, coils, key, cache)
  const rootC = new Float64Array(n)
  for (let j = 0; j < z; j++) {
    rootC[j] = Math.sqrt(layout.airJK[j])
    rootC[z + j] = Math.sqrt(layout.massJK[j])
  }
  const y0 = new Float64Array(n)
  const h = new Float64Array(n)
  for (let j = 0; j < z; j++) {
    y0[j] = rootC[j] * start.airC[j]
    y0[z + j] = rootC[z + j] * start.massC[j]
    let f = heatW[j]
    if (key[j] === '1') f += coils[j].conductanceWK * coils[j].setpointC - coils[j].fanHeatW
    else if (key[j] === '2') f -= coils[j].capacityW
    h[j] = f / rootC[j]
  }
  const p = new Float64Array(n)
  const q = new Float64Array(n)
  for (let k = 0; k < n; k++)
    for (let r = 0; r < n; r++) {
      p[k] += vectors[r * n + k] * y0[r]
      q[k] += vectors[r * n + k] * h[r]
    }
  const w = new Float64Array(n)
  return (tS) => {
    for (let k = 0; k < n; k++) {
      const l = values[k]
      const phi = l === 0 ? tS : -expm1(-l * tS) / l
      w[k] = exp(-l * tS) * p[k] + phi * q[k]
    }
    const airC = new Float64Array(z)
    const massC = new Float64Array(z)
    for (let r = 0; r < n; r++) {
      let y = 0
      for (let k = 0; k < n; k++) y += vectors[r * n + k] * w[k]
      if (r < z) airC[r] = y / rootC[r]
      else massC[r - z] = y / rootC[r]
    }
    return { airC, massC }
  }
}

function eigenFor(layout: ZoneLayout, coils: readonly ZoneCoil[], key: string, cache: EigenCache) {
  const cached = cache.get(key)
  if (cached && cached.conductanceWK.every((g, j) => g === coils[j].conductanceWK)) return cached.eigen
  const z = layout.zoneCount
  const n = 2 * z
  const k = new Float64Array(n * n)
  for (let j = 0; j < z; j++) {
    let diag = layout.couplingWK[j] + (key[j] === '1' ? coils[j].conductanceWK : 0)
    for (let m = 0; m < z; m++) {
      if (m === j) continue
      const g = layout.mixingWK[j * z + m]
      k[j * n + m] = -g
      diag += g
    }
    k[j * n + j] = diag
    k[j * n + z + j] = k[(z + j) * n + j] = -layout.couplingWK[j]
    k[(z + j) * n + z + j] = layout.couplingWK[j]
  }
  const c = (r: number) => (r < z ? layout.airJK[r] : layout.massJK[r - z])
  for (let r = 0; r < n; r++) for (let col = 0; col < n; col++) k[r * n + col] /= Math.sqrt(c(r) * c(col))
  const eigen = symmetricEigen(k, n)
  // A handful of regimes recur in a run; a bound keeps a long run with many setpoint changes from growing it.
  if (cache.size > 64) cache.clear()
  cache.set(key, { conductanceWK: Float64Array.from(coils, (c) => c.conductanceWK), eigen })
  return eigen
}
