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

const MAX_LOGGED_EVENTS = 10_000

/**
 * Servers shut themselves down when their inlet passes what they are rated for (room.serverTripInletC,
 * default 45 °C, ASHRAE A4's allowable maximum) and here restart once the rack inlet is back below
 * room.serverResetInletC (default 35 °C): a stand-in for the operator's restart. A tripped rack draws, and
 * heats, nothing from the next step on. Without this, an uncooled room would heat without bound.
 */
export function protectionStep(world: World, nowS: number): void {
  const { serverTripInletC, serverResetInletC } = world.scenario.room
  for (let i = 0; i < world.rackCount; i++) {
    const inletC = world.rackInletC[i]
    const tripped = world.rackTripped[i] === 1
    if (!tripped && inletC >= serverTripInletC) log(world, nowS, i, 'tripped', inletC)
    else if (tripped && inletC < serverResetInletC) log(world, nowS, i, 'restarted', inletC)
  }
}

function log(
  world: World,
  atS: number,
  i: number,
  transition: ThermalEvent['transition'],
  inletC: number,
): void {
  world.rackTripped[i] = transition === 'tripped' ? 1 : 0
  if (world.thermalEvents.length < MAX_LOGGED_EVENTS)
    world.thermalEvents.push({ atS, rackId: world.scenario.racks[i].id, transition, inletC })
}
