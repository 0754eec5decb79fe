// A run restored from its inputs is the run it was; a step that throws stops the run instead of leaving it half-done.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { forkFromInputs, HEADER } from '../sim/index.ts'
import { createSimApi } from './simApi.ts'

const scenarioJson = (name: string) =>
  readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8')

type Api = ReturnType<typeof createSimApi>

/** The snapshot now, as a plain array (NaN equals NaN under toEqual). */
function snapshotOf(api: Api, length: number): number[] {
  return Array.from(api.step(0, new Float64Array(length)))
}

describe('restore', () => {
  it.each(['default', 'jobs'])(
    'restores %s exactly: same snapshot at t, and the same run after it',
    async (name) => {
      const original = createSimApi()
      const layout = original.load(scenarioJson(name), `${name}.json`)
      const n = layout.snapshot.length
      // Uneven steps, a command applied between steps and one scheduled beyond the restore point.
      original.step(1234.5, new Float64Array(n))
      original.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
      original.schedule({ type: 'restoreCoolingUnit', unitId: 'crah-1' }, 9000)
      original.step(4321, new Float64Array(n))
      original.step(777, new Float64Array(n))
      const inputs = original.forkInputs()
      expect(inputs.nowS).toBe(1234.5 + 4321 + 777)

      const restored = createSimApi()
      const fractions: number[] = []
      await restored.restore(inputs, undefined, (f) => fractions.push(f))
      expect(fractions.at(-1)).toBe(1)
      expect(snapshotOf(restored, n)).toEqual(snapshotOf(original, n))
      // Past the scheduled restore at 9000 s: both ran the same commands at the same instants.
      for (const api of [original, restored]) api.step(7200, new Float64Array(n))
      const after = snapshotOf(original, n)
      expect(after[HEADER.timeS]).toBe(13532.5)
      expect(after[HEADER.runningUnits]).toBe(3)
      expect(snapshotOf(restored, n)).toEqual(after)
      expect(restored.kpis()).toEqual(original.kpis())
    },
    60_000,
  )

  it('restores a run driven by a long CSV on its own dates, and keeps the scenario a later clearTrace restarts', async () => {
    const june3 = Date.parse('2025-06-03T00:00:00Z') / 1000
    const rows = (asset: string, metric: string, value: string) =>
      Array.from({ length: 13 }, (_, k) => `${june3 + 300 * k},${asset},${metric},${value}`)
    const csv = ['timestamp,asset,metric,value,unit', ...rows('A-01', 'cpu_utilization', '0.9,ratio')]
    const original = createSimApi()
    const scenarioStart = original.load(scenarioJson('default'), 'default.json').startEpochS
    const { layout } = await original.loadTrace([new File([csv.join('\n')], 'june.csv')], 'csv')
    const n = layout.snapshot.length
    original.step(2000, new Float64Array(n))
    const origin = original.origin()
    expect([origin.scenario.startEpochS, origin.base.startEpochS]).toEqual([june3, scenarioStart])
    const restored = createSimApi()
    expect((await restored.restore(original.forkInputs(), origin.base)).startEpochS).toBe(june3)
    expect(snapshotOf(restored, n)).toEqual(snapshotOf(original, n))
    expect(restored.clearTrace().startEpochS).toBe(scenarioStart)
  }, 30_000)
})

describe('a step that throws', () => {
  it('refuses the half-advanced run until it is restored', async () => {
    const api = createSimApi()
    const n = api.load(scenarioJson('default'), 'default.json').snapshot.length
    // A command for a unit the hall does not have fires at 1000 s, in the middle of the next step.
    api.schedule({ type: 'failCoolingUnit', unitId: 'crah-9' }, 1000)
    const before = api.forkInputs()
    expect(() => api.step(3600, new Float64Array(n))).toThrow(
      'a step from run time 0 s failed at 1000 s: no cooling unit has id "crah-9"',
    )
    for (const call of [() => api.step(60, new Float64Array(n)), () => api.kpis(), () => api.forkInputs()])
      expect(call).toThrow(
        expect.objectContaining({
          name: 'RunStoppedError',
          message: expect.stringContaining('the run stopped when a step from run time 0 s failed at 1000 s'),
        }),
      )

    await api.restore(before)
    const back = snapshotOf(api, n)
    expect(back[HEADER.timeS]).toBe(0)
    const fresh = createSimApi()
    fresh.load(scenarioJson('default'), 'default.json')
    expect(back).toEqual(snapshotOf(fresh, n))
    // Up to the bad command the restored run steps again.
    expect(api.step(900, new Float64Array(n))[HEADER.timeS]).toBe(900)
  }, 30_000)

  it('logs a refused command nowhere, so a fork or restore does not replay it', () => {
    const api = createSimApi()
    api.load(scenarioJson('default'), 'default.json')
    expect(() => api.apply({ type: 'failCoolingUnit', unitId: 'nope' })).toThrow('no cooling unit')
    const inputs = api.forkInputs()
    expect(inputs.commandLog.filter((e) => e.via === 'now')).toEqual([])
    expect(() => forkFromInputs(inputs, [])).not.toThrow()
  }, 30_000)
})

describe('connectLive', () => {
  it('forgets commands scheduled on the run it replaces, so a fork of the live run fails nothing', () => {
    const api = createSimApi()
    api.load(scenarioJson('default'), 'default.json')
    api.schedule({ type: 'failCoolingUnit', unitId: 'crah-1' }, 600)
    // Nothing listens on port 9: the source retries in the background until disconnected.
    api.connectLive({
      kind: 'prometheus',
      baseUrl: 'http://127.0.0.1:9',
      allowedOrigins: ['http://127.0.0.1:9'],
      stepS: 15,
      queries: [{ metric: 'cpu_utilization', query: 'cpu' }],
    })
    try {
      const inputs = api.forkInputs()
      expect(inputs.pending).toEqual([])
      const fork = forkFromInputs(inputs, [])
      fork.runUntil(1200)
      expect(Array.from(fork.world.unitRunning)).toEqual([1, 1, 1])
      expect(api.progress(0, 0).following).toBe(true)
    } finally {
      api.disconnectLive()
    }
  }, 30_000)
})
