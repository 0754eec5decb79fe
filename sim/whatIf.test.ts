// A fork has lived the same run as its source, then goes its own way.
import { expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenarioText } from './scenario/parse.ts'
import { createSimulation } from './simulation.ts'
import { forkFromInputs, forkInputsOf } from './whatIf.ts'
import type { TimedCommand } from './scenario/types.ts'

const file = join(import.meta.dirname, '..', 'scenarios', 'crah-failure.json')
const scenario = parseScenarioText(readFileSync(file, 'utf8'), 'crah-failure.json')
type Sim = ReturnType<typeof createSimulation>
/** A fork of a simulation in this thread, with what was scheduled on it (or those commands are missing). */
const forkOf = (source: Sim, hypothetical: TimedCommand[], scheduled: TimedCommand[] = []) =>
  forkFromInputs(forkInputsOf(source, {}, scheduled), hypothetical)
const snapshot = (sim: Sim) => Array.from(sim.snapshot(new Float64Array(sim.layout.length)))

it('forks from now with the same state, then diverges only by the hypothetical command', () => {
  const source = createSimulation(scenario)
  source.runUntil(3600)
  source.apply({ type: 'setLoadScale', scale: 1.2 }) // a planner's change between steps
  source.runUntil(10 * 3600)
  source.schedule({ type: 'failCoolingUnit', unitId: 'crah-3' }, 12 * 3600)
  source.runUntil(13 * 3600)

  const same = forkOf(source, [])
  expect(snapshot(same)).toEqual(snapshot(source))
  expect(same.kpis()).toEqual(source.kpis())

  const whatIf = forkOf(source, [
    { atS: 0, command: { type: 'setSupplySetpoint', unitId: 'crah-1', supplySetpointC: 24 } },
  ])
  source.runUntil(16 * 3600)
  whatIf.runUntil(16 * 3600)
  expect(whatIf.nowS).toBe(source.nowS)
  expect(whatIf.kpis().coolingEnergyKwh).not.toBe(source.kpis().coolingEnergyKwh)
})

it('forks from plain inputs, even through a structured clone, exactly as from the source', () => {
  const source = createSimulation(scenario)
  source.runUntil(2 * 3600)
  source.apply({ type: 'failCoolingUnit', unitId: 'crah-2' })
  const scheduled = [
    { atS: 3 * 3600, command: { type: 'restoreCoolingUnit', unitId: 'crah-2' } as const },
    { atS: 6 * 3600, command: { type: 'failCoolingUnit', unitId: 'crah-1' } as const },
  ]
  for (const entry of scheduled) source.schedule(entry.command, entry.atS)
  source.runUntil(4 * 3600 + 30) // between two physics steps
  const inputs = forkInputsOf(source, {}, scheduled)
  expect(inputs.nowS).toBe(4 * 3600 + 30)
  expect(inputs.commandLog.map((e) => [e.atS, e.via, e.command.type])).toEqual([
    [7200, 'now', 'failCoolingUnit'],
    [10800, 'scheduled', 'restoreCoolingUnit'],
  ])
  // The restore at 3 h has fired and is in the log; only the failure at 6 h is still to come.
  expect(inputs.pending).toEqual([scheduled[1]])
  const hypothetical = [{ atS: 5 * 3600, command: { type: 'setLoadScale', scale: 1.2 } as const }]
  const viaSource = forkOf(source, hypothetical, scheduled)
  // What a worker receives: a structured clone (no shared objects, no functions).
  const viaInputs = forkFromInputs(structuredClone(inputs), hypothetical)
  // Without what is still scheduled, a fork would never lose crah-1.
  const forgetful = forkOf(source, hypothetical)
  expect(snapshot(viaInputs)).toEqual(snapshot(source))
  for (const sim of [viaSource, viaInputs, forgetful, source]) sim.runUntil(8 * 3600)
  expect(snapshot(viaInputs)).toEqual(snapshot(viaSource))
  expect(viaInputs.kpis()).toEqual(viaSource.kpis())
  expect(Array.from(viaInputs.world.unitRunning)).toEqual([0, 1, 1])
  expect(Array.from(forgetful.world.unitRunning)).toEqual([1, 1, 1])
  // The load scale at 5 h is the only difference from the source: 20 % more utilisation draws more IT power.
  expect(viaInputs.kpis().itEnergyKwh).toBeGreaterThan(source.kpis().itEnergyKwh)
})
