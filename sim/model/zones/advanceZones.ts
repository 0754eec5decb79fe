// Advances the zones over an interval of constant rates, switching coil regimes exactly where a zone crosses one.
import type { ZoneLayout } from './zoneLayout.ts'
import { advanceThroughRegimes } from '../regimeStepping.ts'
import { regimeKey, regimeSolution } from './zoneSystem.ts'
import type { EigenCache, ZonalState, ZoneCoil } from './zoneSystem.ts'

/**
 * Exact within each regime (zoneSystem.ts); where any zone's air crosses its coil's setpoint or capacity
 * threshold the crossing is bisected to 1e-9 s and the next regime starts there, as the one-zone advanceZone
 * does, so one long step and many short ones agree.
 */
export function advanceZones(
  start: ZonalState,
  layout: ZoneLayout,
  heatW: Float64Array,
  coils: readonly ZoneCoil[],
  dtS: number,
  cache: EigenCache,
): ZonalState {
  return advanceThroughRegimes(
    start,
    dtS,
    4 * coils.length + 4,
    (z) => regimeKey(z.airC, coils),
    (z, key) => regimeSolution(layout, z, heatW, coils, key, cache),
  )
}

/** Heat stored in the zones going from `before` to `after`, J: Σ C_a,j·ΔT_j + C_m,j·ΔM_j. */
export function storedHeatJ(layout: ZoneLayout, before: ZonalState, after: ZonalState): number {
  let j = 0
  for (let k = 0; k < layout.zoneCount; k++)
    j +=
      layout.airJK[k] * (after.airC[k] - before.airC[k]) +
      layout.massJK[k] * (after.massC[k] - before.massC[k])
  return j
}

/** Capacity-weighted mean air and equipment temperatures, °C: the one-zone view of the zones. */
export function meanOfZones(layout: ZoneLayout, s: ZonalState): { airC: number; massC: number } {
  let air = 0
  let airJK = 0
  let mass = 0
  let massJK = 0
  for (let j = 0; j < layout.zoneCount; j++) {
    air += layout.airJK[j] * s.airC[j]
    airJK += layout.airJK[j]
    mass += layout.massJK[j] * s.massC[j]
    massJK += layout.massJK[j]
  }
  return { airC: air / airJK, massC: mass / massJK }
}

/**
 * The zones' steady state for constant rates, from a uniform start at `guessC`: the exact solution carried two
 * days ahead (the slowest mode, equipment mass against the coils, settles in well under an hour). When the
 * running coils cannot remove the heat there is no steady state; the caller keeps the one-zone answer then.
 */
export function steadyZones(
  layout: ZoneLayout,
  heatW: Float64Array,
  coils: readonly ZoneCoil[],
  guessC: number,
  cache: EigenCache,
): ZonalState {
  const z = layout.zoneCount
  const start = { airC: new Float64Array(z).fill(guessC), massC: new Float64Array(z).fill(guessC) }
  return advanceZones(start, layout, heatW, coils, 2 * 86_400, cache)
}
