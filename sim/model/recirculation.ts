// Heat recirculation between racks from the floor layout: the abstract heat-flow model of Tang, Gupta et al.
import type { Scenario } from '../scenario/types.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import { invert, multiplyTransposed, sparseMultiply, sparseRows } from './linalg.ts'
import type { SparseRows } from './linalg.ts'
import { givenMatrix } from './givenRecirculation.ts'
import { capInflows, inletBalance } from './inletBalance.ts'
import { exp, hypot } from '../math/portable.ts'

/** The most of any inlet's air that may be other racks' exhaust; the rest is always cooling-unit supply. */
const MAX_RECIRCULATED_SHARE = 0.9

/**
 * Cross-interference model (docs/physics.md#recirculation-from-the-layout; Tang, Gupta, Varsamopoulos, IEEE TPDS 19(11), 2008):
 * a_ij is the share of rack i's exhaust entering rack j's inlet. With K = ρ·c_p·V̇ per rack (W/K),
 * K_j·T_in,j − Σ_i a_ij·K_i·T_in,i = Σ_i a_ij·P_i + S_j·T_sup,j, S_j = K_j − Σ_i a_ij·K_i (supply air),
 * so T_in = M⁻¹·(AᵀP + S∘T_sup): linear in P, M⁻¹ built once, O(n²) per step.
 */
export interface Recirculation {
  readonly n: number
  readonly a: Float64Array
  readonly solve: Float64Array
  readonly supplyWK: Float64Array
  readonly rackWK: Float64Array
  /** D = M⁻¹·Aᵀ (K/W): inlet rise per watt of each rack; E = M⁻¹·diag(S): how supply deviations mix in. */
  readonly heat: SparseRows
  readonly mix: SparseRows
  /** The last power vector seen and its inlet rises: power changes only at workload steps and commands. */
  readonly lastPowerW: Float64Array
  readonly powerRiseK: Float64Array
  readonly scratch: Float64Array
}

interface Point {
  x: number
  y: number
}

const FRONT: Record<string, Point> = {
  '+x': { x: 1, y: 0 },
  '-x': { x: -1, y: 0 },
  '+y': { x: 0, y: 1 },
  '-y': { x: 0, y: -1 },
}

/**
 * a_ij from the layout: rack i sends r of its exhaust back to inlets, shared in proportion to
 * exp(−d_ij / L), d_ij from i's exhaust face to j's inlet face; a row's end racks also take the row-end share
 * of their own exhaust back round the end. Both shares scale by the containment leakage when aisles are
 * contained. So own-rack over-the-top and next-door leakage dominate, the facing row gets less,
 * and distant racks almost nothing. The user-level fractions are what a CFD run or a survey would calibrate.
 */
export function recirculationMatrix(scenario: Scenario): Float64Array {
  const racks = scenario.racks
  // A measured matrix replaces the layout's guess (docs/physics.md#recirculation-matrix-from-a-survey-or-cfd).
  const measured = scenario.room.recirculationMatrix?.entries
  if (measured) return givenMatrix(measured, racks)
  const n = racks.length
  const { recirculationFraction, rowEndRecirculationFraction, recirculationLengthM, containment } =
    scenario.room
  const contained = containment === 'none' ? 1 : scenario.room.containmentLeakageFraction
  const face = (i: number, sign: 1 | -1): Point => {
    const f = FRONT[racks[i].facing]
    return {
      x: racks[i].xM + (sign * f.x * racks[i].depthM) / 2,
      y: racks[i].yM + (sign * f.y * racks[i].depthM) / 2,
    }
  }
  const inlets = racks.map((_, j) => face(j, 1))
  const a = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    const exhaust = face(i, -1)
    const endShare = racks[i].rowEnd ? rowEndRecirculationFraction * contained : 0
    const shareOut = Math.min(recirculationFraction * contained, 1 - endShare)
    let sum = 0
    for (let j = 0; j < n; j++) {
      const w = exp(-hypot(exhaust.x - inlets[j].x, exhaust.y - inlets[j].y) / recirculationLengthM)
      a[i * n + j] = w
      sum += w
    }
    for (let j = 0; j < n; j++) a[i * n + j] *= shareOut / sum
    // Exhaust that wraps round the end of a row comes straight back into the end rack's own inlet.
    a[i * n + i] += endShare
  }
  return a
}

/** Builds the solver for the racks' airflows; racks with no airflow (no servers) just see their supply. */
export function buildRecirculation(scenario: Scenario, rackAirflowM3s: Float64Array): Recirculation {
  const n = scenario.racks.length
  const a = recirculationMatrix(scenario)
  const rackWK = Float64Array.from(rackAirflowM3s, (v) => v * AIR_HEAT_CAPACITY_J_M3K)
  for (let i = 0; i < n; i++) if (rackWK[i] === 0) for (let j = 0; j < n; j++) a[i * n + j] = a[j * n + i] = 0
  // Cap what the layout's guess sends into each inlet, so supply air S_j never turns negative. A measured
  // matrix is used as given: parsing refused one that leaves an inlet no supply air.
  if (scenario.room.recirculationMatrix === undefined) capInflows(a, rackWK, MAX_RECIRCULATED_SHARE)
  const { m, supplyWK } = inletBalance(a, rackWK)
  const solve = invert(m, n)
  // D = M⁻¹·Aᵀ once at build (O(n³)) so a power change costs one sparse product per step, not two.
  const d = multiplyTransposed(solve, a, n)
  const e = new Float64Array(n * n)
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) e[j * n + i] = solve[j * n + i] * supplyWK[i]
  return {
    n,
    a,
    solve,
    supplyWK,
    rackWK,
    heat: sparseRows(d, n, false),
    mix: sparseRows(e, n, false),
    lastPowerW: new Float64Array(n).fill(NaN),
    powerRiseK: new Float64Array(n),
    scratch: new Float64Array(n),
  }
}

/** Rack inlet temperatures (°C) into `outInletC` from rack power (W) and the supply air each rack receives (°C). */
export function recirculatedInlets(
  rec: Recirculation,
  rackPowerW: Float64Array,
  rackSupplyC: Float64Array,
  outInletC: Float64Array,
): void {
  const { n, lastPowerW, powerRiseK, scratch } = rec
  let changed = false
  for (let i = 0; i < n; i++) if (rackPowerW[i] !== lastPowerW[i]) changed = true
  if (changed) {
    sparseMultiply(rec.heat, rackPowerW, powerRiseK)
    lastPowerW.set(rackPowerW)
  }
  // Supply enters as deviations from its mean: rows of E sum to one, so a uniform supply (every unit at
  // setpoint, the usual case) passes straight through with no product at all, and the entries dropped from E
  // only ever multiply a few kelvin, never absolute temperatures.
  let baseC = 0
  for (let j = 0; j < n; j++) baseC += rackSupplyC[j]
  baseC /= n
  let uniform = true
  for (let j = 0; j < n; j++) {
    scratch[j] = rackSupplyC[j] - baseC
    if (Math.abs(scratch[j]) > 1e-12) uniform = false
  }
  if (uniform) for (let j = 0; j < n; j++) outInletC[j] = baseC + powerRiseK[j]
  else {
    sparseMultiply(rec.mix, scratch, outInletC)
    for (let j = 0; j < n; j++) outInletC[j] += baseC + powerRiseK[j]
  }
}
