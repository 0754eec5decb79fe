// Servers trip on hot inlets and restart once cooled: the story of a total cooling loss and its repair.
import { expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'

it('trips every rack at 45 °C after a total cooling loss, draws nothing, and restarts below 35 °C', () => {
  const sim = createSimulation(parseScenario(tinyHall()))
  sim.runUntil(600)
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
  sim.runUntil(6 * 3600)
  const w = sim.world
  expect([...w.rackTripped]).toEqual([1, 1])
  expect(w.rackPowerW[0]).toBe(0)
  const trips = w.thermalEvents.filter((e) => e.transition === 'tripped')
  expect(trips.map((e) => e.rackId).sort()).toEqual(['A-01', 'A-02'])
  for (const e of trips) expect(e.inletC).toBeGreaterThanOrEqual(45)
  // With the servers off the room stops climbing: no inlet is hotter than a physics step past the trip.
  expect(Math.max(...sim.tracking.rackMaxInletC)).toBeLessThan(47)
  sim.apply({ type: 'restoreCoolingUnit', unitId: 'crah-1' })
  sim.runUntil(8 * 3600)
  expect([...w.rackTripped]).toEqual([0, 0])
  expect(w.rackPowerW[0]).toBe(2000)
  expect(w.thermalEvents.at(-1)?.transition).toBe('restarted')
})

it('stops a rack heating at the instant it trips, whatever the physics step', () => {
  // Before, a trip took effect at the next settle: with a 600 s step the tripped racks heated the room for up
  // to 600 s more. Now power and inlets are recomputed in the settle that judges the trip.
  for (const stepS of [60, 600]) {
    const scenario = parseScenario(tinyHall({}, (s) => (s.stepS = stepS)))
    const first = createSimulation(scenario)
    first.runUntil(600)
    first.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    first.runUntil(6 * 3600)
    const trip = first.world.thermalEvents.find((e) => e.transition === 'tripped')!
    // The same run stopped exactly at the trip: the tripped rack already draws nothing.
    const again = createSimulation(scenario)
    again.runUntil(600)
    again.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    again.runUntil(trip.atS)
    const i = scenario.racks.findIndex((r) => r.id === trip.rackId)
    expect(again.world.rackTripped[i]).toBe(1)
    expect(again.world.rackPowerW[i]).toBe(0)
    // The hottest inlet seen is the reading that tripped it, not a later one.
    expect(again.tracking.rackMaxInletC[i]).toBe(trip.inletC)
  }
})
