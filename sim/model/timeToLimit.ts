// How long until the hottest inlet reaches given limits, if everything stays as it is now (a frozen-input projection;
// docs/physics.md#time-to-a-limit).
import type { World } from './world.ts'
import { coilLine, coilLines, unitAirPoint } from './cooling.ts'
import { rackTemperatures } from './thermal.ts'
import { advanceZone, coilHeatW, steadyAirC } from './zone.ts'
import type { ZoneState } from './zone.ts'
import { firstRackTimes, rackTimesToLimitS } from './zones/rackTimeToLimit.ts'

/**
 * Projects the room forward from its present state with today's load, units and setpoints held fixed, and
 * returns for each limit (°C, ascending) the seconds until the hottest rack inlet reaches it: 0 if it already
 * has, null if it does not within `horizonS`. Exact zone steps of `probeS`, then bisection to 0.1 s.
 * This is the "how long until inlets pass 32 °C if a CRAH fails" answer: call it right after the failure.
 */
export function timeToLimitsS(
  world: World,
  limitsC: readonly number[],
  horizonS = 86_400,
  probeS = 30,
): (number | null)[] {
  // With zones the hottest inlet is the first rack to cross (docs/physics.md#zones-of-influence).
  if (world.zones) return firstRackTimes(rackTimesToLimitS(world, limitsC, horizonS, probeS))
  const coils = coilLines(world)
  const lines = world.scenario.coolingUnits.map((_, j) =>
    world.unitRunning[j] ? coilLine(world, j) : undefined,
  )
  const unitSupplyC = new Float64Array(world.unitCount)
  const supplyC = new Float64Array(world.rackCount)
  const inletC = new Float64Array(world.rackCount)
  // The last zone asked about and its answer: each limit starts by asking about the same zone.
  let asked: ZoneState | undefined
  let answerC = NaN
  const hottestAt = (zone: ZoneState) => {
    if (zone === asked) return answerC
    asked = zone
    // The units' supply at this room air, by coolingStep's own formula.
    world.scenario.coolingUnits.forEach((unit, j) => {
      const line = lines[j]
      unitSupplyC[j] = line ? unitAirPoint(line, unit.fanPosition, zone.airC).supplyC : zone.airC
    })
    rackTemperatures(world, zone.airC, unitSupplyC, supplyC, inletC)
    let max = -Infinity
    for (let i = 0; i < world.rackCount; i++) if (inletC[i] > max) max = inletC[i]
    answerC = max
    return max
  }
  const step = (zone: ZoneState, dtS: number) =>
    advanceZone(zone, world.zoneParams, world.heatInW, coils, dtS)

  // If the coils can hold today's heat, the room settles where they remove it; a limit the settled room stays
  // under is never reached (the approach is monotone), so skip a day of probing for it.
  const settledC =
    coils.length > 0 && coilHeatW(steadyAirC(world.heatInW, coils), coils) >= world.heatInW * (1 - 1e-9)
      ? hottestAt({ airC: steadyAirC(world.heatInW, coils), massC: 0 })
      : Infinity

  const result: (number | null)[] = []
  let tS = 0
  let zone = world.zone
  for (const limitC of limitsC) {
    if (settledC < limitC && hottestAt(zone) < limitC) {
      result.push(null)
      continue
    }
    while (tS < horizonS && hottestAt(zone) < limitC) {
      const next = step(zone, probeS)
      if (hottestAt(next) >= limitC) {
        let lo = 0
        let hi = probeS
        while (hi - lo > 0.1) {
          const mid = (lo + hi) / 2
          if (hottestAt(step(zone, mid)) >= limitC) hi = mid
          else lo = mid
        }
        zone = step(zone, hi)
        tS += hi
        break
      }
      if (Math.abs(next.airC - zone.airC) < 1e-9 && Math.abs(next.massC - zone.massC) < 1e-9) tS = horizonS // steady
      zone = next
      tS += probeS
    }
    result.push(hottestAt(zone) >= limitC && tS <= horizonS ? Math.round(tS * 10) / 10 : null)
  }
  return result
}

/** When the hottest inlet first reached each limit since a watch began; see watchLimits. */
export interface LimitWatch {
  /** Looks inside the interval [fromS, toS] the physics is about to integrate, with the world's present rates. */
  observe(world: World, fromS: number, toS: number): void
  /** Seconds from the watch's start to the first instant at or above each limit (null: not yet). */
  readonly reachedS: (number | null)[]
}

/**
 * Watches the hottest inlet from `startS` on without sampling it at ticks: between events every rate is
 * constant, so the frozen-input projection from an interval's start is what the run does within it, and its
 * crossing (to 0.1 s) is the actual one (docs/physics.md#timing-a-command-acts-from-its-own-time).
 * Call observe for every interval, before the zone is advanced over it.
 */
export function watchLimits(limitsC: readonly number[], startS: number): LimitWatch {
  const reachedS: (number | null)[] = limitsC.map(() => null)
  return {
    reachedS,
    observe(world, fromS, toS) {
      if (toS < startS || reachedS.every((s) => s !== null)) return
      const pending = limitsC.filter((_, k) => reachedS[k] === null)
      const inS = timeToLimitsS(world, pending, toS - fromS, Math.min(30, Math.max(toS - fromS, 0.1)))
      let p = 0
      limitsC.forEach((_, k) => {
        if (reachedS[k] !== null) return
        const s = inS[p++]
        // A crossing before the watch began counts as reached at its start (the approach is monotone).
        if (s !== null) reachedS[k] = Math.round(Math.max(0, fromS + s - startS) * 10) / 10
      })
    },
  }
}
