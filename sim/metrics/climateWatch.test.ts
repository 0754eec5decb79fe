// The inlet conditions' deadband (docs/physics.md#conditions-deadband): an inlet swinging about its class's
// allowable maximum raises dryBulbHigh once; it clears only once the inlet is 0.5 K back inside.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import type { ComplianceTracker } from './ashrae.ts'
import { ASHRAE_CLASSES } from './ashrae.ts'
import { createClimateWatch, INLET_DEADBAND } from './climateWatch.ts'

/** Polls a fresh watch of the tiny hall with every inlet at each of `inletC` in turn, a minute apart. */
function replay(inletC: number[]) {
  // A settled hall (the humidity model reads the units' supply), then a watch of its own on forced inlets.
  const sim = createSimulation(parseScenario(tinyHall({})))
  sim.runUntil(600)
  const world = sim.world
  const watch = createClimateWatch(world)
  const n = world.rackCount
  // Only what poll reads of the tracker: no change in the hour or quarter hour.
  const compliance = {
    changeLimits: Array.from({ length: n }, () => ({ hourC: 20, quarterHourC: 5 })),
    hourChangeNowC: new Float64Array(n),
    quarterHourChangeNowC: new Float64Array(n),
  } as unknown as ComplianceTracker
  inletC.forEach((c, k) => {
    world.rackInletC.fill(c)
    watch.poll(world, compliance, 600 + 60 * k)
  })
  const rack = world.scenario.racks[0].id
  const maxC = ASHRAE_CLASSES[watch.rackClass[0]].maxC
  const events = watch.conditions.log
    .filter((e) => e.assetId === rack && e.kind === 'dryBulbHigh')
    .map((e) => [e.atS, e.transition])
  return { maxC, events }
}

describe('the inlet deadband', () => {
  const { maxC } = replay([20])

  it('is 0.5 K for temperatures and 1 %RH for relative humidity', () => {
    expect(INLET_DEADBAND).toEqual({ temperatureK: 0.5, relativeHumidityPct: 1 })
  })

  it('raises dryBulbHigh once for an inlet swinging ±0.1 K about the allowable maximum', () => {
    const swing = Array.from({ length: 30 }, (_, k) => maxC + (k % 2 === 0 ? 0.1 : -0.1))
    expect(replay(swing).events).toEqual([[600, 'raised']])
  })

  it('holds 0.4 K inside, clears 0.6 K inside, and raises again only past the limit', () => {
    const steps = [maxC + 0.2, maxC - 0.4, maxC - 0.6, maxC - 0.1, maxC + 0.1]
    expect(replay(steps).events).toEqual([
      [600, 'raised'],
      [720, 'cleared'],
      [840, 'raised'],
    ])
  })
})
