// How long until the hottest inlet reaches given limits, if everything stays as it is now (a frozen-input projection).
import type { World } from './world.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import { coilLines } from './cooling.ts'
import { rackTemperatures } from './thermal.ts'
import { advanceZone, coilHeatW, steadyAirC } from './zone.ts'
import type { ZoneState } from './zone.ts'

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
  const coils = coilLines(world)
  const unitSupplyC = new Float64Array(world.unitCount)
  const supplyC = new Float64Array(world.rackCount)
  const inletC = new Float64Array(world.rackCount)
  const hottestAt = (zone: ZoneState) => {
    world.scenario.coolingUnits.forEach((unit, j) => {
      const g = AIR_HEAT_CAPACITY_J_M3K * unit.airflowM3s * world.unitFlowFraction[j]
      const removedW = world.unitRunning[j]
        ? Math.min(Math.max(0, g * (zone.airC - world.unitSetpointC[j])), unit.capacityKw * 1000)
        : 0
      unitSupplyC[j] = zone.airC - removedW / g
    })
    rackTemperatures(world, zone.airC, unitSupplyC, supplyC, inletC)
    let max = -Infinity
    for (let i = 0; i < world.rackCount; i++) if (inletC[i] > max) max = inletC[i]
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
