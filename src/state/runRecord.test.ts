// The page's record, filled by deltas from the worker, restores the run the worker had.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HEADER } from '../../sim/index.ts'
import { createSimApi } from '../../workers/simApi.ts'
import { extendRecord, restorePoint, startRecord } from './runRecord.ts'

const defaultJson = readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')

describe('the run record', () => {
  it('built from an origin and deltas restores the run the worker had at its last frame', async () => {
    const api = createSimApi()
    const n = api.load(defaultJson, 'default.json').snapshot.length
    let record = startRecord(api.origin())
    const sync = () => (record = extendRecord(record, api.progress(record.commandLog.length, 0)))
    api.step(1800, new Float64Array(n))
    api.apply({ type: 'setLoadScale', scale: 1.5 })
    sync()
    api.step(1800, new Float64Array(n))
    api.apply({ type: 'failCoolingUnit', unitId: 'crah-2' })
    api.schedule({ type: 'restoreCoolingUnit', unitId: 'crah-2' }, 5400)
    sync()
    expect(record.commandLog.map((e) => [e.atS, e.command.type])).toEqual([
      [1800, 'setLoadScale'],
      [3600, 'failCoolingUnit'],
    ])
    // Frames arrive after the last sync; nothing but the page's own commands enters the log meanwhile.
    const last = api.step(2400, new Float64Array(n))
    const inputs = restorePoint(record, last[HEADER.timeS])
    expect(inputs.nowS).toBe(6000)
    // The restore at 5400 s fired after the last sync: the record still has it pending, which replays the same.
    expect(inputs.pending).toEqual([{ atS: 5400, command: { type: 'restoreCoolingUnit', unitId: 'crah-2' } }])
    expect(api.forkInputs().commandLog.at(-1)).toMatchObject({ atS: 5400, via: 'scheduled' })

    const restored = createSimApi()
    await restored.restore(inputs, record.origin.base)
    expect(Array.from(restored.step(0, new Float64Array(n)))).toEqual(Array.from(last))
  }, 30_000)

  it('ignores progress of another run, and stops at the last sync while a live source feeds the run', () => {
    const api = createSimApi()
    api.load(defaultJson, 'default.json')
    const record = startRecord(api.origin())
    api.clearTrace()
    expect(extendRecord(record, api.progress(0, 0))).toBe(record)
    const following = { ...record, nowS: 120, following: true }
    expect(restorePoint(following, 900).nowS).toBe(120)
    expect(restorePoint({ ...following, following: false }, 900).nowS).toBe(900)
  }, 30_000)
})
