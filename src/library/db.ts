// The scenario library's storage: IndexedDB database "plenum" v1 through idb, one store of halls by id.
// docs/hall.md#scenario-library-autosave-and-share-links says what is kept and why IndexedDB.
import { openDB } from 'idb'
import type { DBSchema, IDBPDatabase } from 'idb'
import type { ScenarioInput } from '../../sim/index.ts'
import type { RowTemplate } from '../../sim/edit/edit.ts'

/** One hall kept in the browser: its document as the user would export it, and the row template it was made with. */
export interface LibraryEntry {
  id: string
  /** The document's own name, copied here so the menu lists halls without reading their documents. */
  name: string
  doc: ScenarioInput
  /** How many times this entry was written (1 on its first save). */
  rev: number
  /** Unix ms of the last write (Date.now()). */
  updatedAt: number
  template?: RowTemplate
}

interface PlenumSchema extends DBSchema {
  halls: { key: string; value: LibraryEntry; indexes: { updatedAt: number } }
}

export type LibraryDb = IDBPDatabase<PlenumSchema>

export const DB_NAME = 'plenum'
const DB_VERSION = 1

/** Opens (creating on first use) the library database; rejects where IndexedDB is missing or refused. */
export function openLibraryDb(): Promise<LibraryDb> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'))
  return openDB<PlenumSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      // v1 is the first version: nothing to migrate, only the store to make.
      const halls = db.createObjectStore('halls', { keyPath: 'id' })
      halls.createIndex('updatedAt', 'updatedAt')
    },
  })
}
