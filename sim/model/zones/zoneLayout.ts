// Zones of influence from the floor plan: which share of each rack, of the room's air and of its equipment
// belongs to each cooling unit's zone, and how strongly neighbouring zones mix (docs/physics.md#zones-of-influence).
import type { Scenario } from '../../scenario/types.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from '../air.ts'
import type { ZoneParams } from '../zone.ts'
import { exp, hypot } from '../../math/portable.ts'

/** One air zone per cooling unit (index j = the unit's index), fixed by the layout. */
export interface ZoneLayout {
  readonly zoneCount: number
  /** s_ij at [i * zoneCount + j]: the share of rack i (its exhaust, its equipment) in zone j; rows sum to 1. */
  readonly rackShare: Float64Array
  /** Air C_a,j and equipment C_m,j heat capacities, J/K, and their coupling hA_j, W/K; each sums to the room's. */
  readonly airJK: Float64Array
  readonly massJK: Float64Array
  readonly couplingWK: Float64Array
  /** G_jk at [j * zoneCount + k], W/K: symmetric mixing between zones, zero on the diagonal. */
  readonly mixingWK: Float64Array
  /** Σ_i s_ij·V̇_i, m³/s: the rack airflow each zone's unit is there to serve. */
  readonly rackFlowM3s: Float64Array
  /** Share of the room air (and of room gains such as lighting) in each zone, Σ = 1. */
  readonly volumeShare: Float64Array
}

/**
 * Builds the zones from the units' geometric influence on the racks (world.influence, unnormalised):
 * s_ij = w_ij / Σ_k w_ik; zone j holds the share Σ_i s_ij / n_racks of the room's air and Σ_i s_ij·U_i / Σ U_i of
 * its equipment (U_i: rack units of servers), hA_j = C_m,j / τ as the room's. Zones j, k mix by
 * G_jk = ρ·c_p·V̇_mix·exp(−d_jk / L_mix), times the containment leakage when the straight path between the
 * two units crosses a contained aisle.
 */
export function buildZoneLayout(
  scenario: Scenario,
  influence: Float64Array,
  rackAirflowM3s: Float64Array,
  room: ZoneParams,
): ZoneLayout {
  const units = scenario.coolingUnits
  const z = units.length
  const n = scenario.racks.length
  const rackShare = new Float64Array(n * z)
  const volumeShare = new Float64Array(z)
  const massShare = new Float64Array(z)
  const rackFlowM3s = new Float64Array(z)
  let totalU = 0
  scenario.racks.forEach((rack, i) => {
    let sum = 0
    for (let j = 0; j < z; j++) sum += influence[i * z + j]
    let u = 0
    for (const server of rack.servers) u += scenario.serverModels[server.modelIndex].uHeight
    totalU += u
    for (let j = 0; j < z; j++) {
      const s = influence[i * z + j] / sum
      rackShare[i * z + j] = s
      volumeShare[j] += s / n
      massShare[j] += s * u
      rackFlowM3s[j] += s * rackAirflowM3s[i]
    }
  })
  for (let j = 0; j < z; j++) {
    if (n === 0) volumeShare[j] = 1 / z
    massShare[j] = totalU > 0 ? massShare[j] / totalU : volumeShare[j]
  }
  return {
    zoneCount: z,
    rackShare,
    airJK: volumeShare.map((v) => v * room.airJK),
    massJK: massShare.map((m) => m * room.massJK),
    couplingWK: massShare.map((m) => m * room.couplingWK),
    mixingWK: mixingMatrix(scenario),
    rackFlowM3s,
    volumeShare,
  }
}

function mixingMatrix(scenario: Scenario): Float64Array {
  const units = scenario.coolingUnits
  const z = units.length
  const { zoneMixingM3s, zoneMixingLengthM, containment, containmentLeakageFraction } = scenario.room
  const contained = scenario.aisles.filter((a) => containment !== 'none' && a.kind === containment)
  const g = new Float64Array(z * z)
  for (let j = 0; j < z; j++)
    for (let k = j + 1; k < z; k++) {
      const a = units[j]
      const b = units[k]
      const d = hypot(a.xM - b.xM, a.yM - b.yM)
      const crosses = contained.some((box) => segmentCrossesBox(a.xM, a.yM, b.xM, b.yM, box))
      const gjk =
        AIR_HEAT_CAPACITY_J_M3K *
        zoneMixingM3s *
        exp(-d / zoneMixingLengthM) *
        (crosses ? containmentLeakageFraction : 1)
      g[j * z + k] = g[k * z + j] = gjk
    }
  return g
}

interface Box {
  xM: number
  yM: number
  widthM: number
  depthM: number
}

/** Whether the segment (x0, y0)–(x1, y1) passes through the box [xM, xM + widthM] × [yM, yM + depthM] (Liang–Barsky clipping). */
export function segmentCrossesBox(x0: number, y0: number, x1: number, y1: number, box: Box): boolean {
  let lo = 0
  let hi = 1
  const dx = x1 - x0
  const dy = y1 - y0
  const edges: [number, number][] = [
    [-dx, x0 - box.xM],
    [dx, box.xM + box.widthM - x0],
    [-dy, y0 - box.yM],
    [dy, box.yM + box.depthM - y0],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false
      continue
    }
    const r = q / p
    if (p < 0) lo = Math.max(lo, r)
    else hi = Math.min(hi, r)
    if (lo > hi) return false
  }
  return true
}
