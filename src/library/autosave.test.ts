// Autosave against fake-indexeddb: which changes are written, when, and what the hall is marked afterwards.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ScenarioInput } from '../../sim/index.ts'
import { useHall } from '../state/hall.ts'
import type { HallState } from '../state/hall.ts'
import { AUTOSAVE_DEBOUNCE_MS, startAutosave, wantsSave } from './autosave.ts'
import { getHall } from './halls.ts'
import { library, useLibrary } from './libraryState.ts'

const doc = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as ScenarioInput
const hall = (over: Partial<HallState>): HallState => ({
  id: null,
  doc,
  origin: 'builtin',
  source: 'scenarios/default.json',
  rev: 0,
  savedRev: -1,
  ...over,
})

describe('what autosave writes', () => {
  it('keeps files, imports and new halls at once; shipped halls and links on their first change', () => {
    expect(wantsSave(hall({ origin: 'builtin' }))).toBe(false)
    expect(wantsSave(hall({ origin: 'link' }))).toBe(false)
    expect(wantsSave(hall({ origin: 'builtin', rev: 1 }))).toBe(true)
    expect(wantsSave(hall({ origin: 'file' }))).toBe(true)
    expect(wantsSave(hall({ origin: 'netbox' }))).toBe(true)
    expect(wantsSave(hall({ origin: 'new' }))).toBe(true)
    expect(wantsSave(hall({ origin: 'library', id: 'x', savedRev: 0 }))).toBe(false)
    expect(wantsSave(hall({ origin: 'library', id: 'x', rev: 3, savedRev: 2 }))).toBe(true)
    expect(wantsSave(hall({ origin: 'file', id: 'x', savedRev: 0 }))).toBe(false)
    expect(wantsSave(hall({ doc: null, origin: 'file' }))).toBe(false)
  })
})

describe('autosave', () => {
  beforeAll(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('writes a shipped hall once, 750 ms after its last change, under a new id marked saved', async () => {
    const stop = startAutosave()
    useHall.setState(hall({ origin: 'builtin' }))
    useHall.setState({ doc: { ...doc, name: 'Edited once' }, rev: 1 })
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS - 1)
    useHall.setState({ doc: { ...doc, name: 'Edited twice' }, rev: 2 })
    expect(useLibrary.getState().saving).toBe(true)
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS - 1)
    expect(useHall.getState().id).toBeNull() // the second change restarted the wait
    vi.advanceTimersByTime(1)
    await vi.waitFor(() => expect(useHall.getState().savedRev).toBe(2))
    const { id } = useHall.getState()
    expect(id).not.toBeNull()
    const db = await library()
    const stored = db && id ? await getHall(db, id) : undefined
    expect(stored).toMatchObject({ name: 'Edited twice', rev: 1 })
    expect(useLibrary.getState()).toMatchObject({ saving: false, status: 'ready' })
    expect(useLibrary.getState().halls.map((h) => h.name)).toContain('Edited twice')
    stop()
  })
})
