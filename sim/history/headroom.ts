// The three headrooms of a history row, from the engine's own capacity figures (docs/history.md#headroom).
import { coolingCapacityOf } from '../model/coolingRedundancy.ts'
import { upsLive } from '../model/powerChain/state.ts'
import type { World } from '../model/world.ts'
import { ASHRAE_CLASSES } from '../metrics/ashrae.ts'

/**
 * Usable IT capacity of the power chain now, W: the smaller of what the live UPS systems' running modules are
 * rated for and what the energised PDUs are rated for (the two limits checkPowerChain raises 'overload'
 * against). The single-UPS shorthand: its rating. No electrical model: NaN (no headroom to state).
 */
export function usablePowerCapacityW(world: Readonly<World>): number {
  const { chain, state, flow } = world.electrical
  if (chain && state && flow) {
    let upsW = 0
    for (let u = 0; u < chain.upsIds.length; u++)
      if (upsLive(state, u)) upsW += (state.upsModulesAlive[u] * chain.upsRatedW[u]) / chain.upsModuleCount[u]
    let pduW = 0
    for (let p = 0; p < chain.pduIds.length; p++) if (flow.pduEnergised[p]) pduW += chain.pduRatedW[p]
    return Math.min(upsW, pduW)
  }
  const single = world.scenario.electrical
  return single ? single.upsCapacityKw * 1000 : NaN
}

/** 1 - itW / capacity: 0..1, negative when over, -Infinity with IT load and nothing left, NaN without a model. */
export function powerHeadroom(world: Readonly<World>): number {
  const capacityW = usablePowerCapacityW(world)
  if (Number.isNaN(capacityW)) return NaN
  if (capacityW <= 0) return world.totals.itW > 0 ? -Infinity : 0
  return 1 - world.totals.itW / capacityW
}

/**
 * 1 - heat the coils must remove / rated capacity of every running unit (coolingCapacityOf: the figures the
 * 'overCapacity' condition compares).
 */
export function coolingHeadroom(world: Readonly<World>): number {
  const { heatW, runningCapacityW } = coolingCapacityOf(world)
  if (runningCapacityW <= 0) return heatW > 0 ? -Infinity : 0
  return 1 - heatW / runningCapacityW
}

/** ASHRAE's recommended maximum inlet (27 °C) less the hottest rack inlet, K. */
export function thermalHeadroomK(maxInletC: number): number {
  return ASHRAE_CLASSES.recommended.maxC - maxInletC
}
