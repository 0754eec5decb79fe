// The browser's path: commands applied between worker steps act from their own time, whatever stepS
// (docs/physics.md#timing-a-command-acts-from-its-own-time).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSimApi } from './simApi.ts'
import { TIMELINE, agreeWithin, withStepS } from '../sim/testing/commandTimeline.ts'
import type { Answers } from '../sim/testing/commandTimeline.ts'

const crahFailure = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'crah-failure.json'), 'utf8')

/** crah-failure in the worker API at stepS, stepped as a display would (uneven steps), commands applied now. */
function viaWorkerApi(stepS: number): Answers {
  const api = createSimApi()
  const layout = api.load(withStepS(crahFailure, stepS), 'crah-failure.json')
  const out = new Float64Array(layout.snapshot.length)
  let nowS = 0
  const stepTo = (tS: number) => {
    // 7 s steps, like frames at some speed, so the commands land between physics ticks.
    for (; nowS + 7 < tS; nowS += 7) api.step(7, out)
    api.step(tS - nowS, out)
    nowS = tS
  }
  stepTo(50_000)
  stepTo(50_400)
  const answers: Answers = [api.failures()[1].timeToLimitS]
  for (const { atS, command } of TIMELINE) {
    stepTo(atS)
    api.apply(command)
    answers.push(api.timeToLimits())
  }
  return answers
}

describe('createSimApi, crah-failure at stepS 5, 60, 300 against 1 s', () => {
  const budget = { timeout: 120_000 }
  it(
    'every time to 27/32/35 °C after a failure, setpoint change or restore within 1 % (or 1 s)',
    budget,
    () => {
      const reference = viaWorkerApi(1)
      for (const stepS of [5, 60, 300])
        expect(viaWorkerApi(stepS)).toSatisfy((a: Answers) => agreeWithin(a, reference, 0.01, 1))
    },
  )
})
