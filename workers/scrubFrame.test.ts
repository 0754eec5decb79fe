// A scrub shows the run exactly as it was: the frame a fresh run stepped to that time gives, value for value.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HEADER } from '../sim/index.ts'
import type { Command } from '../sim/index.ts'
import { createSimApi } from './simApi.ts'

const scenarioJson = readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8')
const FAIL: Command = { type: 'failCoolingUnit', unitId: 'crah-1' }
const RESTORE: Command = { type: 'restoreCoolingUnit', unitId: 'crah-1' }

/** A fresh run: the failure applied at 1000 s (between steps), stepped to tS in one go from there. */
function freshFrameAt(tS: number): number[] {
  const api = createSimApi()
  const n = api.load(scenarioJson).snapshot.length
  api.step(1000, new Float64Array(n))
  api.apply(FAIL)
  return Array.from(api.step(tS - 1000, new Float64Array(n)))
}

describe('scrubFrame', () => {
  it('gives the frame of a fresh run at t, with a failure before t and without the restore after it', async () => {
    const api = createSimApi()
    const n = api.load(scenarioJson).snapshot.length
    // The live run in uneven steps: the failure at 1000 s, a restore at 7000 s, a scheduled setpoint at 9000 s.
    api.step(1000, new Float64Array(n))
    api.apply(FAIL)
    api.schedule({ type: 'setLoadScale', scale: 1.5 }, 9000)
    api.step(3333, new Float64Array(n))
    api.step(2667, new Float64Array(n))
    api.apply(RESTORE)
    api.step(4000, new Float64Array(n))
    const liveBefore = Array.from(api.step(0, new Float64Array(n)))
    expect(liveBefore[HEADER.timeS]).toBe(11_000)

    const fractions: number[] = []
    const at5000 = await api.scrubFrame(5000, new Float64Array(n), (f) => fractions.push(f))
    expect(fractions.at(-1)).toBe(1)
    const frame = Array.from(at5000.frame)
    expect(frame[HEADER.timeS]).toBe(5000)
    // crah-1 (unit 0) is down at 5000 s: the restore at 7000 s must not show.
    expect(frame[HEADER.runningUnits]).toBe(liveBefore[HEADER.runningUnits] - 1)
    expect(frame).toEqual(freshFrameAt(5000))

    // Forward from the cursor (no replay from 0), past the restore: the same as a fresh run with both.
    const at8000 = Array.from((await api.scrubFrame(8000, new Float64Array(n))).frame)
    const fresh = createSimApi()
    fresh.load(scenarioJson)
    fresh.step(1000, new Float64Array(n))
    fresh.apply(FAIL)
    fresh.step(6000, new Float64Array(n))
    fresh.apply(RESTORE)
    expect(at8000).toEqual(Array.from(fresh.step(1000, new Float64Array(n))))

    // The live run was not touched.
    expect(Array.from(api.step(0, new Float64Array(n)))).toEqual(liveBefore)
  }, 120_000)

  it('lets a newer scrub supersede one under way and clamps a time after the present to it', async () => {
    const api = createSimApi()
    const n = api.load(scenarioJson).snapshot.length
    api.step(3 * 86_400, new Float64Array(n))
    const older = api.scrubFrame(2 * 86_400, new Float64Array(n))
    const newer = api.scrubFrame(3600, new Float64Array(n))
    await expect(older).rejects.toThrow(/superseded/)
    expect((await newer).frame[HEADER.timeS]).toBe(3600)
    // A time after the present is clamped to it.
    expect((await api.scrubFrame(1e9, new Float64Array(n))).frame[HEADER.timeS]).toBe(3 * 86_400)
  }, 120_000)
})
