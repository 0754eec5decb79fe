// Every shipped scenario parses, runs 24 simulated hours with sane physics, and the JSON Schema is current.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from './scenario/parse.ts'
import { createSimulation } from './simulation.ts'
import { heatRemovedW } from './testing/heatRemoved.ts'
import { scenarioJsonSchema } from './scenario/jsonSchema.ts'

const dir = join(import.meta.dirname, '..', 'scenarios')
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json')

describe.each(files)('scenarios/%s', (file) => {
  const scenario = parseScenarioText(readFileSync(join(dir, file), 'utf8'), file)
  // A hall without failures must hold every inlet in the ASHRAE recommended range (< 27 °C) all day.
  // The large hall's day takes about 2.4 s alone and past 5 s on a loaded 2-core machine: an explicit budget.
  const budget = { timeout: 60_000 }
  it('runs 24 h with finite values, inlets in bounds and heat removed = released − stored', budget, () => {
    const sim = createSimulation(scenario)
    let sampledRemovedJ = 0
    for (let minute = 1; minute <= 24 * 60; minute++) {
      const beforeW = heatRemovedW(sim.world)
      sim.runUntil(minute * 60)
      sampledRemovedJ += ((beforeW + heatRemovedW(sim.world)) / 2) * 60
      if (minute % 60 !== 0) continue
      const w = sim.world
      for (let i = 0; i < w.rackCount; i++) {
        expect(w.rackInletC[i]).toBeGreaterThan(10)
        expect(w.rackInletC[i]).toBeLessThan(scenario.events.length === 0 ? 27 : 60)
        expect(w.rackExhaustC[i]).toBeGreaterThanOrEqual(w.rackInletC[i])
      }
    }
    // The engine books removed heat from the zone balance; sampling the coils each minute must agree.
    const t = sim.world.totals
    expect(Math.abs(sampledRemovedJ - t.heatRemovedJ) / t.heatRemovedJ).toBeLessThan(0.001)
    expect(Math.abs(t.heatReleasedJ - t.heatRemovedJ) / t.heatReleasedJ).toBeLessThan(0.01)
    // Heat released, booked by the zone, against the electrical books: IT + CRAH fans + lighting + PDU losses.
    const fanJ = sim.tracking.unitFanJ.reduce((a, b) => a + b, 0)
    const electricalJ = t.itEnergyJ + fanJ + t.lightingW * 86_400 + t.pduLossEnergyJ
    expect(Math.abs(t.heatReleasedJ - electricalJ) / electricalJ).toBeLessThan(0.001)
    const kpis = sim.kpis()
    expect(Object.values(kpis).every(Number.isFinite)).toBe(true)
    expect(kpis.pue).toBeGreaterThan(1)
    expect(kpis.pue).toBeLessThan(3)
  })
})

it('ships the default and large-hall scenarios at the sizes the README promises', () => {
  const load = (f: string) => parseScenarioText(readFileSync(join(dir, f), 'utf8'), f)
  const count = (s: ReturnType<typeof load>) => [
    new Set(s.racks.map((r) => r.rowId)).size,
    s.racks.length,
    s.coolingUnits.length,
    s.racks.reduce((n, r) => n + r.servers.length, 0),
  ]
  expect(count(load('default.json'))).toEqual([2, 24, 3, 384])
  expect(count(load('large-hall.json'))).toEqual([20, 440, 18, 8800])
})

it('crah-failure.json is the default hall plus its failure events, nothing else', () => {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'))
  const { name: _n, description: _d, events, ...failure } = read('crah-failure.json')
  const { name: _n2, description: _d2, events: none, ...base } = read('default.json')
  expect(failure).toEqual(base)
  expect(none).toEqual([])
  expect(events.map((e: { atS: number }) => e.atS)).toEqual([50_400, 50_400, 51_600])
})

it('scenarios/schema.json is what the zod schema generates (run `npm run schema` after changing it)', () => {
  const onDisk = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'))
  expect(onDisk).toEqual(scenarioJsonSchema())
})
