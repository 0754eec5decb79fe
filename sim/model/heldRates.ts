// When the rates held between settles must be refreshed because the room they depend on has moved.
import type { Scenario } from '../scenario/types.ts'
import type { World } from './world.ts'
import { coilLines } from './cooling.ts'
import { MAX_RATED_INLET_C } from './serverPower.ts'
import { advanceZone } from './zone.ts'

/**
 * Share of the room's heat input the held server power may be off by before it is refreshed: 0.1 %
 * (docs/physics.md#timing-a-command-acts-from-its-own-time).
 */
export const REFRESH_HEAT_FRACTION = 1e-3
/** Largest room-air quantum, K, and so how far below its knee a rack's inlet still counts as sensitive. */
const MAX_QUANTUM_K = 1

/** The steepest inlet sensitivity of the scenario's servers and the lowest knee it starts at. */
export interface InletBand {
  perK: number
  kneeC: number
}

/** The band in which server power follows the inlets, or undefined when no server model has a sensitivity. */
export function inletBandOf(scenario: Scenario): InletBand | undefined {
  const sensitive = scenario.serverModels.flatMap((m) => (m.inletSensitivity ? [m.inletSensitivity] : []))
  if (sensitive.length === 0) return undefined
  return {
    perK: Math.max(...sensitive.map((s) => s.perK)),
    kneeC: Math.min(...sensitive.map((s) => s.kneeC)),
  }
}

/**
 * Room-air movement, K, over which the held server power stays within REFRESH_HEAT_FRACTION of the heat input:
 * every inlet moves at most as far as the room air (supplies and recirculation mix it with weights ≤ 1), so the
 * servers' heat moves at most S = Σ P_rack·perK per K over racks in the band (an upper bound); Infinity if none is.
 */
export function refreshQuantumK(world: World, band: InletBand): number {
  let slopeWK = 0
  for (let i = 0; i < world.rackCount; i++) {
    const inletC = world.rackInletC[i]
    if (inletC >= band.kneeC - MAX_QUANTUM_K && inletC < MAX_RATED_INLET_C)
      slopeWK += world.rackPowerW[i] * band.perK
  }
  return slopeWK > 0 ? Math.min(MAX_QUANTUM_K, (REFRESH_HEAT_FRACTION * world.heatInW) / slopeWK) : Infinity
}

/**
 * Seconds from now until the held server power should be refreshed: when the room air first lies a quantum away
 * from where it is, with today's rates held (exact zone steps, bisection to 1 ms); null if not within `horizonS`.
 * Refreshing on a grid of temperature rather than of time makes the hold's error independent of stepS
 * (a quantised-state method: Kofman & Junco, Latin American Applied Research 31, 2001).
 */
export function nextRefreshS(world: World, band: InletBand, horizonS: number): number | null {
  const quantumK = refreshQuantumK(world, band)
  if (quantumK === Infinity) return null
  const coils = coilLines(world)
  const start = world.zone
  const moved = (tS: number) =>
    Math.abs(advanceZone(start, world.zoneParams, world.heatInW, coils, tS).airC - start.airC) >= quantumK
  // The air is a sum of two exponentials and a constant within a coil regime, so it turns at most once there:
  // four probes find the first bracket in which it has moved a quantum (an excursion out and back inside one
  // probe interval is missed, and the next tick refreshes instead).
  const probes = 4
  let lo = 0
  let hi = NaN
  for (let k = 1; k <= probes && Number.isNaN(hi); k++) {
    const tS = (horizonS * k) / probes
    if (moved(tS)) hi = tS
    else lo = tS
  }
  if (Number.isNaN(hi)) return null
  while (hi - lo > 1e-3) {
    const mid = (lo + hi) / 2
    if (moved(mid)) hi = mid
    else lo = mid
  }
  return hi
}
