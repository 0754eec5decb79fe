// A command acts from its own time: what follows a failure, restore or setpoint change does not depend on stepS
// (docs/physics.md#timing-a-command-acts-from-its-own-time).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario, parseScenarioText } from './scenario/parse.ts'
import { createSimulation } from './simulation.ts'
import { forkFromInputs, forkInputsOf } from './whatIf.ts'
import { tinyHall } from './testing/tinyHall.ts'
import { TIMELINE, agreeWithin, withStepS } from './testing/commandTimeline.ts'
import type { Answers } from './testing/commandTimeline.ts'

const crahFailure = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'crah-failure.json'), 'utf8')

const STEPS_S = [5, 60, 300]
// Each run simulates 14 h; at stepS 1 that is 50,000 ticks.
const budget = { timeout: 120_000 }

describe('a command between two physics ticks', () => {
  it('leaves the interval before it to the old state: 570 s without cooling store 570 s of heat', () => {
    const sim = createSimulation(parseScenario(tinyHall({}, (s) => ((s.stepS = 600), (s.horizon = '1d')))))
    sim.schedule({ type: 'failCoolingUnit', unitId: 'crah-1' }, 630)
    sim.runUntil(600)
    const steady = sim.world.zone
    sim.runUntil(630)
    // Constant load: the room was at its steady state until the failure, whatever the tick said.
    expect(sim.world.zone.airC).toBeCloseTo(steady.airC, 9)
    expect(sim.world.zone.massC).toBeCloseTo(steady.massC, 9)
    const { airJK, massJK } = sim.world.zoneParams
    const heatInW = sim.world.heatInW
    const removedJ = sim.world.totals.heatRemovedJ
    const failed = sim.world.zone
    sim.runUntil(1200)
    const after = sim.world.zone
    const storedJ = airJK * (after.airC - failed.airC) + massJK * (after.massC - failed.massC)
    // With no coil running, every joule released from 630 s to the next tick at 1200 s stays in the room.
    expect(storedJ / (heatInW * 570)).toBeCloseTo(1, 9)
    // Removed = released − stored: nothing, up to the balance's round-off (1 ulp of 2.9 MJ is 5e-10 J).
    expect(sim.world.totals.heatRemovedJ).toBeCloseTo(removedJ, 6)
  })
  it('leaves the run exactly as it was when refused, as a fork that never saw it', () => {
    const run = (refuse: boolean) => {
      const sim = createSimulation(parseScenarioText(crahFailure, 'crah-failure.json'))
      sim.runUntil(50_430) // the room heating after the failures at 50,400 s
      if (refuse) expect(() => sim.apply({ type: 'failCoolingUnit', unitId: 'crah-9' })).toThrow('crah-9')
      sim.runUntil(52_000)
      return [sim.world.zone, sim.kpis()]
    }
    // Carried to 50,430 s before the id was checked, the run differed from then on by 1e-14 °C.
    expect(run(true)).toEqual(run(false))
  })
})

/** crah-failure at stepS, commands applied between steps (as the UI does): the answers after each. */
function applied(stepS: number): Answers {
  const sim = createSimulation(parseScenarioText(withStepS(crahFailure, stepS), 'crah-failure.json'))
  sim.runUntil(50_400)
  const answers: Answers = [sim.failures[1].timeToLimitS]
  for (const { atS, command } of TIMELINE) {
    sim.runUntil(atS)
    sim.apply(command)
    answers.push(sim.timeToLimits())
  }
  return answers
}

describe('crah-failure at stepS 5, 60 and 300 against a 1 s reference', () => {
  const reference = applied(1)
  it('reads the fine-step reference: 32 °C 832 s after the two failures, sooner after each change', () => {
    // [failure of crah-1 + crah-2, crah-3 at 22 °C, crah-3 failed too, crah-1 back]
    expect(reference.map((row) => row.map((s) => (s === null ? null : Math.round(s)))))
      .toMatchInlineSnapshot(`
        [
          [
            104,
            832,
            1206,
          ],
          [
            0,
            684,
            1049,
          ],
          [
            0,
            9,
            52,
          ],
          [
            0,
            540,
            890,
          ],
        ]
      `)
  })
  for (const stepS of STEPS_S)
    it(
      `stepS ${stepS} s: every time to 27/32/35 °C within 1 % (or 1 s, the reference's tick)`,
      budget,
      () => {
        expect(applied(stepS)).toSatisfy((a: Answers) => agreeWithin(a, reference, 0.01, 1))
      },
    )
  for (const stepS of STEPS_S)
    it(
      `stepS ${stepS} s, forked at 13.9 h: the same answers within 1 % (or 1 s, the reference's tick)`,
      budget,
      () => {
        const source = createSimulation(parseScenarioText(withStepS(crahFailure, stepS), 'crah-failure.json'))
        source.runUntil(50_000)
        const fork = forkFromInputs(forkInputsOf(source), TIMELINE)
        fork.runUntil(50_400)
        const answers: Answers = [fork.failures[1].timeToLimitS]
        for (const { atS } of TIMELINE) {
          fork.runUntil(atS)
          answers.push(fork.timeToLimits())
        }
        expect(answers).toSatisfy((a: Answers) => agreeWithin(a, reference, 0.01, 1))
      },
    )
})

/** crah-failure at stepS, watched from 50,000 s to 54,000 s: seconds from the failures to each limit. */
function watched(stepS: number) {
  const sim = createSimulation(parseScenarioText(withStepS(crahFailure, stepS), 'crah-failure.json'))
  sim.runUntil(50_000)
  const reached = sim.watchLimits([27, 32, 35])
  sim.runUntil(54_000)
  return { sim, afterFailureS: reached().map((s) => (s === null ? null : s - 400)) }
}

describe('the actual time to 27/32/35 °C after the failures, found between ticks', () => {
  const reference = watched(1).afterFailureS as number[]
  it('reads the fine-step reference: 32 °C 760 s after the failures (sooner than the frozen-load 832 s)', () => {
    expect(reference.map(Math.round)).toEqual([97, 760, 1084])
  })
  it('stepS 5 s: within 1 % (or 1 s)', budget, () => {
    expect([watched(5).afterFailureS]).toSatisfy((a: Answers) => agreeWithin(a, [reference], 0.01, 1))
  })
  for (const stepS of [60, 300])
    it(
      `stepS ${stepS} s: inside the tick where the run's own inlets cross, within 5 % of 1 s`,
      budget,
      () => {
        const { afterFailureS } = watched(stepS)
        const source = createSimulation(parseScenarioText(withStepS(crahFailure, stepS), 'crah-failure.json'))
        afterFailureS.forEach((s, k) => {
          const limitC = [27, 32, 35][k]
          const tickBeforeS = 50_400 + Math.floor((s as number) / stepS) * stepS
          source.runUntil(tickBeforeS)
          expect(Math.max(...source.world.rackInletC)).toBeLessThan(limitC)
          source.runUntil(tickBeforeS + stepS)
          // At 300 s the step after 35 °C is 51,600 s, where crah-1 is back first: a monitor polling the
          // inlets at steps never sees 35 °C, which the run did reach 1,086 s after the failures.
          if (tickBeforeS + stepS < 51_600)
            expect(Math.max(...source.world.rackInletC)).toBeGreaterThanOrEqual(limitC)
          else expect(Math.max(...source.world.rackInletC)).toBeLessThan(limitC)
          // Inlet-driven server power is refreshed whenever the room air moves 0.1 K, not only at ticks.
          expect(Math.abs((s as number) - reference[k]) / reference[k]).toBeLessThan(0.01)
        })
      },
    )
})
