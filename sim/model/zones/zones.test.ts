// Zones of influence in a running hall: the symmetric special case equals the one-zone room, a failed unit's
// racks cross first (docs/physics.md#zones-of-influence).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { longHall, symmetricHall } from '../../testing/zoneHalls.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { sparseMultiply } from '../linalg.ts'
import { racksOwnHeatK } from './zonalInlets.ts'

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
  it('updates the racks’ own heat term D·P column by column, equal to the full product', () => {
    const sim = createSimulation(parseScenario(longHall('perUnit')))
    sim.runUntil(600)
    const { world } = sim
    const zones = world.zones!
    racksOwnHeatK(world, zones)
    // Two racks change power (as racks above the inlet-sensitivity knee do at every tick): two columns of D.
    const power = world.rackPowerW as Float64Array
    power[3] += 150
    power[27] -= 80
    const kept = racksOwnHeatK(world, zones)
    expect(zones.ownHeat.columns).toBeDefined()
    const full = new Float64Array(world.rackCount)
    sparseMultiply(world.recirculation.heat, power, full)
    for (let i = 0; i < full.length; i++) expect(Math.abs(kept[i] - full[i])).toBeLessThan(1e-12)
    expect(kept[3]).toBeGreaterThan(0)
  })
  it('crah-failure-zones.json is crah-failure.json with one zone per unit, nothing else', () => {
    const read = (f: string) => JSON.parse(readFileSync(`scenarios/${f}`, 'utf8'))
    const { name: _n, description: _d, room, ...zoned } = read('crah-failure-zones.json')
    const { name: _n1, description: _d1, room: room1, ...base } = read('crah-failure.json')
    expect(zoned).toEqual(base)
    expect(room).toEqual({ ...room1, airZones: 'perUnit' })
  })
  it('refuses zones per unit in a hall of more than 60 units, naming the JSON path', () => {
    const hall = (units: number) =>
      tinyHall({ units }, (s) => {
        s.room.airZones = 'perUnit'
        s.room.widthM = 600
        s.coolingUnits.forEach((u, j) => (u.xM = 1 + j * 9))
      })
    expect(() => parseScenario(hall(61))).toThrow(
      "$.room.airZones: 'perUnit' takes at most 60 cooling units, the hall has 61",
    )
    expect(() => parseScenario(hall(60))).not.toThrow()
  })
  it('starts every zone at the one-zone answer when a zone cannot pass its excess heat on (no mixing)', () => {
    // The middle zone takes 54 of the 99 kW against crah-2's 45 kW: with zoneMixingM3s 0 it has no steady state.
    const sim = createSimulation(
      parseScenario({ ...longHall('perUnit'), room: { ...longHall('perUnit').room, zoneMixingM3s: 0 } }),
    )
    sim.runUntil(0)
    const { airC } = sim.world.zones!.state
    expect(Math.max(...airC)).toBe(Math.min(...airC))
    expect(airC[0]).toBeCloseTo(sim.world.zone.airC, 12)
  })
  // The heat book (removed = released − stored, and against per-second coil sampling): sim/validation/cases/zones.ts.
})
