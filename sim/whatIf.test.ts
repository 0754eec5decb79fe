// A fork has lived the same run as its source, then goes its own way.
import { expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenarioText } from './scenario/parse.ts'
import { createSimulation } from './simulation.ts'
import { forkWhatIf } from './whatIf.ts'

const file = join(import.meta.dirname, '..', 'scenarios', 'crah-failure.json')
const scenario = parseScenarioText(readFileSync(file, 'utf8'), 'crah-failure.json')
const snapshot = (sim: ReturnType<typeof createSimulation>) =>
  Array.from(sim.snapshot(new Float64Array(sim.layout.length)))

it('forks from now with the same state, then diverges only by the hypothetical command', () => {
  const source = createSimulation(scenario)
  source.runUntil(3600)
  source.apply({ type: 'setLoadScale', scale: 1.2 }) // a planner's change between steps
  source.runUntil(10 * 3600)
  source.schedule({ type: 'failCoolingUnit', unitId: 'crah-3' }, 12 * 3600)
  source.runUntil(13 * 3600)

  const same = forkWhatIf(source, [])
  expect(snapshot(same)).toEqual(snapshot(source))
  expect(same.kpis()).toEqual(source.kpis())

  const whatIf = forkWhatIf(source, [
    { atS: 0, command: { type: 'setSupplySetpoint', unitId: 'crah-1', supplySetpointC: 24 } },
  ])
  source.runUntil(16 * 3600)
  whatIf.runUntil(16 * 3600)
  expect(whatIf.nowS).toBe(source.nowS)
  expect(whatIf.kpis().coolingEnergyKwh).not.toBe(source.kpis().coolingEnergyKwh)
})
