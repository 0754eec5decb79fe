// The redundancy parts of the run report: cooling (design, capacities, conditions with times) and the A/B racks
// over-subscribed now (docs/physics.md#cooling-redundancy-and-ab-feed-subscription).
import type { Simulation } from '../simulation.ts'
import type { Condition, ConditionEvent } from '../model/conditionLog.ts'
import { coolingCapacityOf } from '../model/coolingRedundancy.ts'

/**
 * Seconds spent in condition `kind` (any asset) up to `nowS`, from the raised/cleared pairs of `log`; one
 * still active counts to `nowS`. A lower bound once the log has reached its cap.
 */
export function secondsInCondition<C extends Condition>(
  log: readonly ConditionEvent<C>[],
  kind: C['kind'],
  nowS: number,
): number {
  const raisedAtS = new Map<string, number>()
  let seconds = 0
  for (const e of log) {
    if (e.kind !== kind) continue
    if (e.transition === 'raised') raisedAtS.set(e.assetId, e.atS)
    else if (raisedAtS.has(e.assetId)) {
      seconds += e.atS - raisedAtS.get(e.assetId)!
      raisedAtS.delete(e.assetId)
    }
  }
  for (const atS of raisedAtS.values()) seconds += nowS - atS
  return seconds
}

/**
 * The cooling redundancy design against the heat load now, in kW, its state, the active conditions and the
 * logged events with the time spent in each condition. `state` is "no spare (N)" for a design without spare
 * units that is within its running capacity.
 */
export function coolingRedundancyOf(sim: Simulation) {
  const { world } = sim
  const capacity = coolingCapacityOf(world)
  const { conditions, log, eventCount } = world.coolingConditions
  const active = (kind: string) => conditions.some((c) => c.kind === kind)
  let state: 'intact' | 'redundancy lost' | 'over capacity' | 'no spare (N)' = 'intact'
  if (active('overCapacity')) state = 'over capacity'
  else if (active('redundancyLost')) state = 'redundancy lost'
  else if (capacity.spareUnits === 0) state = 'no spare (N)'
  return {
    design: capacity.design,
    /** Units the design may lose: the largest running ones are taken out. */
    spareUnits: capacity.spareUnits,
    runningUnits: capacity.runningUnits,
    heatLoadKw: capacity.heatW / 1000,
    runningCapacityKw: capacity.runningCapacityW / 1000,
    /** What the running units can remove with the design's spare units out. */
    designCapacityKw: capacity.designCapacityW / 1000,
    state,
    activeConditions: conditions.map((c) => ({ ...c })),
    events: log.map((e) => ({ ...e })),
    eventCount,
    secondsRedundancyLost: secondsInCondition(log, 'redundancyLost', sim.nowS),
    secondsOverCapacity: secondsInCondition(log, 'overCapacity', sim.nowS),
  }
}

/** Racks on A/B feeds drawing more than one feed may carry continuously, both feeds up, now. */
export function overSubscribedRacksOf(sim: Simulation): string[] {
  return sim.world.electrical.conditions.filter((c) => c.kind === 'overSubscribed').map((c) => c.assetId)
}
