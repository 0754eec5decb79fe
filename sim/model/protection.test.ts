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
