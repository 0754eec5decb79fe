// Zones of influence in a running hall: the symmetric special case equals the one-zone room, a failed unit's
// racks cross first, and the heat books stay exact (docs/physics.md#zones-of-influence).
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import type { ScenarioInput } from '../../scenario/schema.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { heatRemovedW } from '../../testing/heatRemoved.ts'
import { storedHeatJ } from './advanceZones.ts'

/** Two CRAHs at x = 1 and 9 m with a row of 8 racks centred between them: a hall symmetric about x = 5 m. */
function symmetricHall(airZones: 'single' | 'perUnit'): ScenarioInput {
  return tinyHall({ racks: 8, units: 2, utilization: 0.6 }, (s) => {
    s.rows[0].xM = 5 - (8 * 0.6) / 2
    s.room.recirculationFraction = 0.1
    s.room.airZones = airZones
    // 2 × 1.5 m³/s against the racks' 4 m³/s: a quarter of every inlet is room (zone) air.
    for (const u of s.coolingUnits) u.airflowM3s = 1.5
    s.events = [{ atS: 1800, command: { type: 'setSupplySetpoint', unitId: 'crah-1', supplySetpointC: 20 } }]
    s.events.push({
      atS: 1800,
      command: { type: 'setSupplySetpoint', unitId: 'crah-2', supplySetpointC: 20 },
    })
  })
}

/** A 30 m room, three CRAHs along it (x = 1, 15, 29 m) and 40 racks between them: one unit can fail. */
function longHall(airZones: 'single' | 'perUnit'): ScenarioInput {
  return tinyHall({ racks: 40, units: 3, utilization: 0.7 }, (s) => {
    s.room.widthM = 30
    s.rows[0].xM = 3
    s.room.recirculationFraction = 0.1
    s.room.airZones = airZones
    s.coolingUnits.forEach((u, j) => ((u.xM = 1 + 14 * j), (u.airflowM3s = 8), (u.capacityKw = 45)))
  })
}

describe('zones of influence', () => {
  it('two identical units and symmetric racks: equal zones, equal to the one-zone room', () => {
    const one = createSimulation(parseScenario(symmetricHall('single')))
    const two = createSimulation(parseScenario(symmetricHall('perUnit')))
    for (const tS of [0, 1800, 1830, 3600]) {
      one.runUntil(tS)
      two.runUntil(tS)
      const zones = two.world.zones!.state
      expect(Math.abs(zones.airC[0] - zones.airC[1])).toBeLessThan(1e-9)
      expect(Math.abs(zones.airC[0] - one.world.zone.airC)).toBeLessThan(1e-9)
      expect(Math.abs(zones.massC[0] - one.world.zone.massC)).toBeLessThan(1e-9)
      for (let i = 0; i < 8; i++)
        expect(Math.abs(two.world.rackInletC[i] - one.world.rackInletC[i])).toBeLessThan(1e-9)
    }
    // The setpoint step moved the room: the comparison was not between two resting states.
    expect(one.world.zone.airC).toBeGreaterThan(22)
  })

  it('a failed unit’s racks reach each limit first, its neighbours later, sooner than the one-zone room says', () => {
    const run = (airZones: 'single' | 'perUnit') => {
      const sim = createSimulation(parseScenario(longHall(airZones)))
      sim.runUntil(600)
      sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
      return sim.failures[0]
    }
    const zoned = run('perUnit')
    const at27 = zoned.rackTimeToLimitS[0]
    // Rack 0 stands 2.3 m from crah-1, rack 39 2.3 m from crah-3: the failed unit's end crosses first.
    expect(at27[0]).not.toBeNull()
    const firstEnd = Math.min(...at27.slice(0, 10).map((s) => s ?? Infinity))
    const farEnd = Math.min(...at27.slice(30).map((s) => s ?? Infinity))
    expect(firstEnd).toBeLessThan(farEnd)
    expect(zoned.timeToLimitS[0]).toBe(firstEnd)
    // The one-zone room spreads the lost unit over the whole air volume: its hottest rack crosses later.
    const single = run('single')
    expect(single.timeToLimitS[0] ?? Infinity).toBeGreaterThan(zoned.timeToLimitS[0]!)
  })

  it('keeps the heat book exact: removed = released − stored, and equal to the coils’ load sampled each second', () => {
    const sim = createSimulation(parseScenario(longHall('perUnit')), {})
    sim.runUntil(600)
    const t = sim.world.totals
    const released0 = t.heatReleasedJ
    const removed0 = t.heatRemovedJ
    const zones = sim.world.zones!
    const before = { airC: zones.state.airC.slice(), massC: zones.state.massC.slice() }
    sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    let sampledJ = 0
    for (let s = 600; s < 1800; s++) {
      sampledJ += heatRemovedW(sim.world) // held over the next second (stepS 60: loads move at ticks only)
      sim.runUntil(s + 1)
    }
    const stored = storedHeatJ(zones.layout, before, zones.state)
    const removed = t.heatRemovedJ - removed0
    expect(removed).toBeCloseTo(t.heatReleasedJ - released0 - stored, 3)
    expect(Math.abs(sampledJ - removed) / removed).toBeLessThan(0.002)
  })
})
