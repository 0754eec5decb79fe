// Per-rack time to a limit: how long until each rack's inlet reaches 27/32/35 °C if nothing changes from now.
import type { World } from '../world.ts'
import { coilLine, coilLines, unitAirPoint } from '../cooling.ts'
import { advanceZone, coilHeatW, steadyAirC } from '../zone.ts'
import type { ZoneState } from '../zone.ts'
import { recirculatedInlets } from '../recirculation.ts'
import { advanceZones, steadyZones } from './advanceZones.ts'
import { zoneCoils, zoneHeatW } from './zonalRoom.ts'
import type { ZonalRoom } from './zonalRoom.ts'
import type { ZonalState } from './zoneSystem.ts'
import { singleSupplyWeights } from './zoneSupply.ts'
import { foldRecirculation, inletMaps, racksOwnHeatK } from './zonalInlets.ts'
import type { InletMaps } from './zonalInlets.ts'

/** The room advanced with frozen rates, each unit's return air in a state, and the steady state if there is one. */
interface Projection<S> {
  start: S
  step(s: S, dtS: number): S
  unitAirC(s: S): Float64Array
  steady: S | undefined
}

function zonalProjection(world: World, zones: ZonalRoom): Projection<ZonalState> {
  const heatW = zoneHeatW(world, zones.layout, new Float64Array(world.unitCount))
  const coils = zoneCoils(world)
  let capacityW = 0
  for (const c of coils) if (c.conductanceWK > 0) capacityW += c.capacityW
  const step = (s: ZonalState, dtS: number) => advanceZones(s, zones.layout, heatW, coils, dtS, zones.cache)
  return {
    start: zones.state,
    step,
    unitAirC: (s) => s.airC,
    steady:
      capacityW > world.heatInW
        ? steadyZones(zones.layout, heatW, coils, world.zone.airC, zones.cache)
        : undefined,
  }
}

function singleProjection(world: World): Projection<ZoneState> {
  const coils = coilLines(world)
  const holds =
    coils.length > 0 && coilHeatW(steadyAirC(world.heatInW, coils), coils) >= world.heatInW * (1 - 1e-9)
  const settledC = holds ? steadyAirC(world.heatInW, coils) : NaN
  return {
    start: world.zone,
    step: (s, dtS) => advanceZone(s, world.zoneParams, world.heatInW, coils, dtS),
    unitAirC: (s) => new Float64Array(world.unitCount).fill(s.airC),
    steady: holds ? { airC: settledC, massC: settledC } : undefined,
  }
}

/**
 * Rack inlets as an affine map of the units' supply and return air (docs/physics.md#zones-of-influence): with
 * power and running units frozen, inlet_i = (D·P)_i + (E·W_unit)_i·T_s + (E·W_zone)_i·T_z, O(units) per rack.
 */
function inletOf(world: World, maps: InletMaps) {
  const { rackCount: n, unitCount: z, zones } = world
  const rise = new Float64Array(n)
  // D·P: the zones keep their own (zonalInlets.ts); for one zone the recirculation model's, with zero supply.
  if (zones) rise.set(racksOwnHeatK(world, zones))
  else recirculatedInlets(world.recirculation, world.rackPowerW, new Float64Array(n), rise)
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
    for (let j = 0; j < z; j++)
      t += maps.unit[i * z + j] * air.supplyC[j] + maps.zone[i * z + j] * air.returnC[j]
    return t
  }
  return { airOf, inlet }
}

/**
 * For each limit (°C) and rack, the seconds until the rack's inlet reaches it with today's load, units and
 * setpoints held: 0 if it already has, null if not within `horizonS`. A limit the rack stays under now and at
 * the steady state is never reached (the approach is monotone, as timeToLimitsS assumes); the rest are found by
 * exact room steps of `probeS` and bisected to 0.1 s (states at shared bisection points are reused).
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
    ? sweep(world, zonalProjection(world, zones), inletMaps(world, zones), limitsC, horizonS, probeS)
    : sweep(
        world,
        singleProjection(world),
        foldRecirculation(world, singleSupplyWeights(world)),
        limitsC,
        horizonS,
        probeS,
      )
}

function sweep<S>(
  world: World,
  proj: Projection<S>,
  maps: InletMaps,
  limitsC: readonly number[],
  horizonS: number,
  probeS: number,
): (number | null)[][] {
  const n = world.rackCount
  const { airOf, inlet } = inletOf(world, maps)
  const result: (number | null)[][] = limitsC.map(() => new Array<number | null>(n).fill(null))
  const start = airOf(proj.unitAirC(proj.start))
  const settled = proj.steady === undefined ? undefined : airOf(proj.unitAirC(proj.steady))
  // pending[i]: the limits rack i has still to reach, and will.
  const pending: number[][] = []
  for (let i = 0; i < n; i++) {
    const nowC = inlet(i, start)
    const finalC = settled ? inlet(i, settled) : Infinity
    pending.push([])
    limitsC.forEach((limitC, k) => {
      if (nowC >= limitC) result[k][i] = 0
      else if (finalC >= limitC) pending[i].push(k)
    })
  }
  const racks = pending.map((_, i) => i).filter((i) => pending[i].length > 0)
  let s = proj.start
  for (let tS = 0; racks.length > 0 && tS < horizonS;) {
    const dtS = Math.min(probeS, horizonS - tS)
    const next = proj.step(s, dtS)
    const nextAir = airOf(proj.unitAirC(next))
    const within = new Map<number, ReturnType<typeof airOf>>()
    const airAt = (mid: number) => {
      let a = within.get(mid)
      if (!a) within.set(mid, (a = airOf(proj.unitAirC(proj.step(s, mid)))))
      return a
    }
    for (let r = racks.length - 1; r >= 0; r--) {
      const i = racks[r]
      const endC = inlet(i, nextAir)
      pending[i] = pending[i].filter((k) => {
        if (endC < limitsC[k]) return true
        let lo = 0
        let hi = dtS
        while (hi - lo > 0.1) {
          const mid = (lo + hi) / 2
          if (inlet(i, airAt(mid)) >= limitsC[k]) hi = mid
          else lo = mid
        }
        result[k][i] = Math.round((tS + hi) * 10) / 10
        return false
      })
      if (pending[i].length === 0) racks.splice(r, 1)
    }
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
