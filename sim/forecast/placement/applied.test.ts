// "A placement advised, applied and re-run breaches nothing": the top placement's deployments appended to the
// scenario's growth section (in the JSON as a user would, or as the product applies advice), the hall taken as of their date (scenarioAt) and run by the
// time-stepping engine for a day; no rack over its budget, no inlet above the recommended 27 °C, every ledger
// line ok at every sample.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import type { ScenarioInput } from '../../scenario/schema.ts'
import type { Scenario } from '../../scenario/types.ts'
import { createSimulation } from '../../simulation.ts'
import { applyChanges } from '../advice/applyChanges.ts'
import type { ScenarioChange } from '../advice/recommendation.ts'
import { scenarioAt } from '../growth/index.ts'
import { ledgerOf } from '../ledger/index.ts'
import { placementsFor } from './index.ts'
import { BIG_W, placementHallInput } from './placementHalls.ts'

/** The input with `changes` appended to its growth lists (a flat-demand growth section when it has none). */
function withChanges(input: ScenarioInput, changes: readonly ScenarioChange[]): ScenarioInput {
  const out = structuredClone(input)
  const growth = (out.growth ??= { demand: { kind: 'compound', percentPerMonth: 0 } })
  for (const { into, spec } of changes) ((growth[into] ??= []) as unknown[]).push(spec)
  return out
}

/** Runs `hall` for a day, every 300 s checking budgets, inlets and the ledger; returns the samples taken. */
function runDay(hall: Scenario, onSample: (sim: ReturnType<typeof createSimulation>) => void): number {
  const sim = createSimulation(hall)
  let samples = 0
  for (let tS = 300; tS <= 86_400; tS += 300, samples++) {
    sim.runUntil(tS)
    onSample(sim)
  }
  return samples
}

function expectNothingBreached(hall: Scenario): void {
  const samples = runDay(hall, (sim) => {
    const { rackPowerW, rackInletC } = sim.world
    hall.racks.forEach((rack, i) => {
      expect(rackPowerW[i], rack.id).toBeLessThanOrEqual(rack.powerBudgetKw * 1000)
      expect(rackInletC[i], rack.id).toBeLessThanOrEqual(27)
    })
    const notOk = ledgerOf(sim.world).filter((e) => e.state !== 'ok')
    expect(notOk).toEqual([])
  })
  expect(samples).toBe(288)
}

describe('a placement applied and re-run', () => {
  it('the hand hall: four 400 W servers in A-03 draw 3,600 W in the run, as settled', () => {
    const input = placementHallInput()
    const [top] = placementsFor(parseScenario(input), { model: 'big', count: 4 }).placements
    const applied = parseScenario(withChanges(input, top.changes))
    const hall = scenarioAt(applied, top.changes[0].spec.date)
    const a03 = hall.racks.findIndex((r) => r.id === 'A-03')
    expect(hall.racks[a03].servers).toHaveLength(14)
    expectNothingBreached(hall)
    runDay(hall, (sim) => expect(sim.world.rackPowerW[a03]).toBeCloseTo(2000 + 4 * BIG_W, 6))
  }, 60_000)

  it('the default hall: twenty Dell R640s split over two racks', () => {
    const input = JSON.parse(
      readFileSync(new URL('../../../scenarios/default.json', import.meta.url), 'utf8'),
    )
    const result = placementsFor(parseScenario(input), { model: 'dell-r640', count: 20, top: 1 })
    const [top] = result.placements
    // No rack alone: each draws over 2.7 kW at the peak and twenty more ~5.3 kW, past its 8 kW budget.
    expect(result.rejected['rackPower:estimated']).toBe(24)
    expect(top.slots.length).toBeGreaterThan(1)
    expect(top.slots.flatMap((s) => s.runs).reduce((n, run) => n + run.count, 0)).toBe(20)
    expect(top.changes).toHaveLength(top.slots.flatMap((s) => s.runs).length)
    // Applied the way the product applies a recommendation (advice/applyChanges), not by re-parsing the JSON.
    const applied = applyChanges(parseScenario(input), top.changes)
    expectNothingBreached(scenarioAt(applied, result.date))
  }, 120_000)
})
