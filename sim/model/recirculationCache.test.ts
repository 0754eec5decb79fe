// The recirculation model is reused only for the same racks and room, and a run on it is the run on a fresh one.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { buildWorld } from '../scenario/build.ts'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { buildRecirculation } from './recirculation.ts'

const defaultHall = () => JSON.parse(readFileSync('scenarios/default.json', 'utf8'))

describe('sharedRecirculation', () => {
  it('reuses the matrices for the same racks and room, with scratch arrays of its own', () => {
    const first = buildWorld(parseScenario(defaultHall())).recirculation
    const again = buildWorld(parseScenario({ ...defaultHall(), seed: 99 })).recirculation
    expect(again.heat).toBe(first.heat)
    expect(again.mix).toBe(first.mix)
    expect(again.lastPowerW).not.toBe(first.lastPowerW)
    expect(again.powerRiseK).not.toBe(first.powerRiseK)
  })

  it('builds afresh when a rack moved: row A 0.6 m east', () => {
    const doc = defaultHall()
    const before = buildWorld(parseScenario(doc)).recirculation
    doc.rows[0].xM += 0.6
    const moved = parseScenario(doc)
    const after = buildWorld(moved).recirculation
    expect(after.heat).not.toBe(before.heat)
    const fresh = buildRecirculation(moved, buildWorld(moved).rackAirflowM3s)
    expect(after.heat).toEqual(fresh.heat)
    expect(after.heat.values).not.toEqual(before.heat.values)
  })

  it('builds afresh when the room changed: hot-aisle containment', () => {
    const before = buildWorld(parseScenario(defaultHall())).recirculation
    const doc = defaultHall()
    doc.room.containment = 'hot'
    expect(buildWorld(parseScenario(doc)).recirculation.heat).not.toBe(before.heat)
  })

  it('runs six hours to the same KPIs on a reused model as on a fresh one', () => {
    // A room no other test here builds, so the first run builds its model and the second reuses it.
    const doc = { ...defaultHall(), room: { ...defaultHall().room, lightingW: 1234 } }
    const run = () => {
      const sim = createSimulation(parseScenario(doc))
      sim.runUntil(6 * 3600)
      return { kpis: sim.kpis(), heat: sim.world.recirculation.heat }
    }
    const fresh = run()
    const reused = run()
    expect(reused.heat).toBe(fresh.heat)
    expect(reused.kpis).toEqual(fresh.kpis)
  }, 60_000)
})
