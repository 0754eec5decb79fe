// Per-rack time to a limit: how long until each rack's inlet reaches 27/32/35 °C if nothing changes from now.
import type { World } from '../world.ts'
import { coilLine, coilLines, unitAirPoint } from '../cooling.ts'
import { advanceZone } from '../zone.ts'
import type { ZoneState } from '../zone.ts'
import { sparseMultiply } from '../linalg.ts'
import { advanceZones } from './advanceZones.ts'
import { zoneCoils, zoneHeatW } from './zonalRoom.ts'
import type { ZonalRoom } from './zonalRoom.ts'
import type { ZonalState } from './zoneSystem.ts'
import { singleSupplyWeights, zonalSupplyWeights } from './zoneSupply.ts'
import type { SupplyWeights } from './zoneSupply.ts'

/** The room advanced with frozen rates, and each unit's return air (its zone's, or the one room's) in a state. */
interface Projection<S> {
  start: S
  step(s: S, dtS: number): S
  unitAirC(s: S): Float64Array
}

function zonalProjection(world: World, zones: ZonalRoom): Projection<ZonalState> {
  const heatW = zoneHeatW(world, zones.layout, new Float64Array(world.unitCount))
  const coils = zoneCoils(world)
  return {
    start: zones.state,
    step: (s, dtS) => advanceZones(s, zones.layout, heatW, coils, dtS, zones.cache),
    unitAirC: (s) => s.airC,
  }
}

function singleProjection(world: World): Projection<ZoneState> {
  const coils = coilLines(world)
  return {
    start: world.zone,
    step: (s, dtS) => advanceZone(s, world.zoneParams, world.heatInW, coils, dtS),
    unitAirC: (s) => new Float64Array(world.unitCount).fill(s.airC),
  }
}

/**
 * Rack inlets as an affine map of the units' supply and return air (docs/physics.md#zones-of-influence):
 * inlet = D·P + E·supply (recirculation.ts) and supply = W_unit·T_s + W_zone·T_z (zoneSupply.ts), so with power
 * and running units frozen, inlet_i = rise_i + (E·W_unit)_i·T_s + (E·W_zone)_i·T_z: O(units) per rack.
 */
function inletMap(world: World, w: SupplyWeights) {
  const { rackCount: n, unitCount: z, recirculation: rec } = world
  const rise = new Float64Array(n)
  sparseMultiply(rec.heat, world.rackPowerW, rise)
  const bUnit = new Float64Array(n * z)
  const bZone = new Float64Array(n * z)
  const { start, cols, values } = rec.mix
  for (let i = 0; i < n; i++)
    for (let k = start[i]; k < start[i + 1]; k++)
      for (let j = 0; j < z; j++) {
        bUnit[i * z + j] += values[k] * w.unit[cols[k] * z + j]
        bZone[i * z + j] += values[k] * w.zone[cols[k] * z + j]
      }
  const lines = world.scenario.coolingUnits.map((_, j) =>
    world.unitRunning[j] ? coilLine(world, j) : undefined,
  )
  /** Units' supply (by coolingStep's own formula) and return air for the room air of one state. */
  const airOf = (unitAirC: Float64Array) => {
    const supplyC = new Float64Array(z)
    world.scenario.coolingUnits.forEach((unit, j) => {
      const line = lines[j]
      supplyC[j] = line ? unitAirPoint(line, unit.fanPosition, unitAirC[j]).supplyC : unitAirC[j]
    })
    return { supplyC, returnC: unitAirC }
  }
  const inlet = (i: number, air: ReturnType<typeof airOf>) => {
    let t = rise[i]
    for (let j = 0; j < z; j++) t += bUnit[i * z + j] * air.supplyC[j] + bZone[i * z + j] * air.returnC[j]
    return t
  }
  return { airOf, inlet }
}

/**
 * For each limit (°C) and rack, the seconds until the rack's inlet reaches it with today's load, units and
 * setpoints held: 0 if it already has, null if not within `horizonS`. Exact room steps of `probeS`; a rack
 * that crosses inside a probe is bisected to 0.1 s (the states of shared bisection points are reused).
 * @returns [limit][rack] in the order of world.scenario.racks
 */
export function rackTimesToLimitS(
  world: World,
  limitsC: readonly number[],
  horizonS = 86_400,
  probeS = 30,
): (number | null)[][] {
  const zones = world.zones
  return zones
    ? sweep(
        world,
        zonalProjection(world, zones),
        zonalSupplyWeights(world, zones.layout),
        limitsC,
        horizonS,
        probeS,
      )
    : sweep(world, singleProjection(world), singleSupplyWeights(world), limitsC, horizonS, probeS)
}

function sweep<S>(
  world: World,
  proj: Projection<S>,
  weights: SupplyWeights,
  limitsC: readonly number[],
  horizonS: number,
  probeS: number,
): (number | null)[][] {
  const n = world.rackCount
  const { airOf, inlet } = inletMap(world, weights)
  const result: (number | null)[][] = limitsC.map(() => new Array<number | null>(n).fill(null))
  let pending = 0
  let s = proj.start
  const air = airOf(proj.unitAirC(s))
  for (let i = 0; i < n; i++)
    limitsC.forEach((limitC, k) => {
      if (inlet(i, air) >= limitC) result[k][i] = 0
      else pending++
    })
  for (let tS = 0; pending > 0 && tS < horizonS;) {
    const dtS = Math.min(probeS, horizonS - tS)
    const next = proj.step(s, dtS)
    const nextAir = airOf(proj.unitAirC(next))
    const within = new Map<number, ReturnType<typeof airOf>>()
    const airAt = (mid: number) => {
      let a = within.get(mid)
      if (!a) within.set(mid, (a = airOf(proj.unitAirC(proj.step(s, mid)))))
      return a
    }
    for (let i = 0; i < n; i++)
      limitsC.forEach((limitC, k) => {
        if (result[k][i] !== null || inlet(i, nextAir) < limitC) return
        let lo = 0
        let hi = dtS
        while (hi - lo > 0.1) {
          const mid = (lo + hi) / 2
          if (inlet(i, airAt(mid)) >= limitC) hi = mid
          else lo = mid
        }
        result[k][i] = Math.round((tS + hi) * 10) / 10
        pending--
      })
    let moved = 0
    const a0 = proj.unitAirC(s)
    const a1 = proj.unitAirC(next)
    for (let j = 0; j < a0.length; j++) moved = Math.max(moved, Math.abs(a1[j] - a0[j]))
    if (moved < 1e-9) break // steady: nothing more will cross
    s = next
    tS += dtS
  }
  return result
}

/** The hottest inlet's time to each limit from the per-rack answer: the first rack to reach it. */
export function firstRackTimes(perRack: (number | null)[][]): (number | null)[] {
  return perRack.map((racks) => {
    let first: number | null = null
    for (const s of racks) if (s !== null && (first === null || s < first)) first = s
    return first
  })
}
