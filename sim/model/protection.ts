// protectionStep: servers protect themselves: a rack whose inlet passes the trip point shuts down until it cools.
// Model and limits: docs/physics.md#thermal-protection.
import type { World } from './world.ts'

/** A rack tripping off on inlet temperature, or coming back once the inlet has fallen below the reset point. */
export interface ThermalEvent {
  atS: number
  rackId: string
  transition: 'tripped' | 'restarted'
  inletC: number
}

/** The thermal event log stops here (memory); counts past it are unknown. */
export const MAX_LOGGED_EVENTS = 10_000

/**
 * Servers shut themselves down when their inlet passes what they are rated for (room.serverTripInletC,
 * default 45 °C, ASHRAE A4's allowable maximum) and here restart once the rack inlet is back below
 * room.serverResetInletC (default 35 °C): a stand-in for the operator's restart. Without this, an uncooled
 * room would heat without bound.
 * @returns how many racks tripped or restarted: the caller recomputes power and inlets at once when any did,
 * so a rack stops (or starts) heating at the instant it is judged, not at whichever settle comes next.
 */
export function protectionStep(world: World, nowS: number): number {
  const { serverTripInletC, serverResetInletC } = world.scenario.room
  let changed = 0
  for (let i = 0; i < world.rackCount; i++) {
    const inletC = world.rackInletC[i]
    const tripped = world.rackTripped[i] === 1
    if (!tripped && inletC >= serverTripInletC) changed += log(world, nowS, i, 'tripped', inletC)
    else if (tripped && inletC < serverResetInletC) changed += log(world, nowS, i, 'restarted', inletC)
  }
  return changed
}

function log(
  world: World,
  atS: number,
  i: number,
  transition: ThermalEvent['transition'],
  inletC: number,
): 1 {
  world.rackTripped[i] = transition === 'tripped' ? 1 : 0
  if (world.thermalEvents.length < MAX_LOGGED_EVENTS)
    world.thermalEvents.push({ atS, rackId: world.scenario.racks[i].id, transition, inletC })
  return 1
}
