// A replay in chunks is the replay in one go: the same snapshot whatever the chunk, commands at t = 0 included.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from './scenario/parse.ts'
import { createSimulation } from './simulation.ts'
import { forkInputsOf, replayInputs } from './whatIf.ts'
import type { Simulation } from './simulation.ts'

const scenario = parseScenarioText(
  readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8'),
  'default.json',
)

const snapshotOf = (sim: Simulation) => Array.from(sim.snapshot(new Float64Array(sim.layout.length)))

function drain(replay: Generator<number, Simulation>): { sim: Simulation; yields: number } {
  let yields = 0
  for (let step = replay.next(); ; step = replay.next(), yields++)
    if (step.done) return { sim: step.value, yields }
}

describe('replayInputs', () => {
  it('gives the source run at its present for any chunk, with a command applied at t = 0', () => {
    const source = createSimulation(scenario)
    source.runUntil(0)
    // Applied after what is due at 0 has run (as the worker does after a load): the replay must keep that order.
    source.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    source.advance(1777)
    source.apply({ type: 'setLoadScale', scale: 1.4 })
    source.advance(3333)
    const inputs = forkInputsOf(source)
    const expected = snapshotOf(source)
    const whole = drain(replayInputs(inputs, Infinity))
    const chunked = drain(replayInputs(inputs, 600))
    expect(snapshotOf(whole.sim)).toEqual(expected)
    expect(snapshotOf(chunked.sim)).toEqual(expected)
    // One yield per runUntil: the three stretches (to 0, to 1777, to 5110) whole, or 600 s at a time.
    expect(whole.yields).toBe(3)
    expect(chunked.yields).toBe(1 + Math.ceil(1777 / 600) + Math.ceil(3333 / 600))
  }, 30_000)
})
