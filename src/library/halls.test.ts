// The library against fake-indexeddb: a fresh in-memory IndexedDB per test, the real idb code on top.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ScenarioInput } from '../../sim/index.ts'
import { DEFAULT_ROW_TEMPLATE } from '../state/rowTemplate.ts'
import { openLibraryDb } from './db.ts'
import type { LibraryDb } from './db.ts'
import { deleteHall, duplicateHall, getHall, listHalls, newHallId, putHall } from './halls.ts'

const defaultDoc = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as ScenarioInput
const named = (name: string): ScenarioInput => ({ ...defaultDoc, name })

let db: LibraryDb
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openLibraryDb()
  return () => db.close()
})

describe('scenario library', () => {
  it('lists halls newest first, without their documents', async () => {
    await putHall(db, { id: 'a', doc: named('Alpha') }, 1_000)
    await putHall(db, { id: 'b', doc: named('Beta') }, 3_000)
    await putHall(db, { id: 'c', doc: named('Gamma') }, 2_000)
    expect(await listHalls(db)).toEqual([
      { id: 'b', name: 'Beta', updatedAt: 3_000 },
      { id: 'c', name: 'Gamma', updatedAt: 2_000 },
      { id: 'a', name: 'Alpha', updatedAt: 1_000 },
    ])
  })

  it('keeps the document whole, counts writes and keeps the template across writes without one', async () => {
    const template = { ...DEFAULT_ROW_TEMPLATE, racksPerRow: 6 }
    const first = await putHall(db, { id: 'a', doc: defaultDoc, template }, 1_000)
    expect(first.rev).toBe(1)
    const second = await putHall(db, { id: 'a', doc: named('Renamed') }, 5_000)
    expect(second).toMatchObject({ rev: 2, name: 'Renamed', updatedAt: 5_000, template })
    const stored = await getHall(db, 'a')
    expect(stored?.doc).toEqual(named('Renamed'))
    // The stored document is byte for byte what was given: 24 racks in default.json's two rows of 12.
    expect(JSON.stringify(stored?.doc.rows)).toBe(JSON.stringify(defaultDoc.rows))
  })

  it('duplicates under a new id and name, leaving the original; deletes', async () => {
    await putHall(db, { id: 'a', doc: defaultDoc }, 1_000)
    const copy = await duplicateHall(db, 'a', 'Default hall (copy)', 2_000)
    expect(copy?.id).not.toBe('a')
    expect(copy).toMatchObject({ name: 'Default hall (copy)', rev: 1, updatedAt: 2_000 })
    expect(copy?.doc.rows).toEqual(defaultDoc.rows)
    expect((await getHall(db, 'a'))?.name).toBe('Default hall')
    expect(await duplicateHall(db, 'missing', 'x')).toBeUndefined()
    await deleteHall(db, 'a')
    expect((await listHalls(db)).map((h) => h.name)).toEqual(['Default hall (copy)'])
  })

  it('makes distinct ids', () => {
    expect(new Set(Array.from({ length: 100 }, newHallId)).size).toBe(100)
  })
})
