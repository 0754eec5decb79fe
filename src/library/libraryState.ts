// The library as the UI sees it: whether browser storage works, the stored halls for the menu, a write pending.
import { create } from 'zustand'
import { useUi } from '../state/store.ts'
import { openLibraryDb } from './db.ts'
import type { LibraryDb } from './db.ts'
import { listHalls } from './halls.ts'
import type { HallSummary } from './halls.ts'

export interface LibraryState {
  /** 'unavailable': IndexedDB is missing or refused (a private window, a policy); the app works without saving. */
  status: 'opening' | 'ready' | 'unavailable'
  halls: readonly HallSummary[]
  /** A write is waiting for its debounce or in flight. */
  saving: boolean
}

export const useLibrary = create<LibraryState>()(() => ({ status: 'opening', halls: [], saving: false }))

let opened: Promise<LibraryDb | null> | null = null

/** The library database, opened once; null (said once in the error banner) when the browser refuses storage. */
export function library(): Promise<LibraryDb | null> {
  opened ??= openLibraryDb().then(
    async (db) => {
      useLibrary.setState({ status: 'ready', halls: await listHalls(db) })
      return db
    },
    (error: unknown) => {
      useLibrary.setState({ status: 'unavailable' })
      const why = error instanceof Error ? error.message : String(error)
      useUi.setState({
        error: `Browser storage (IndexedDB) is unavailable, so halls are not saved: ${why}. Export a hall to keep it.`,
      })
      return null
    },
  )
  return opened
}

/** Reads the list of stored halls again after a write, delete or duplicate. */
export async function refreshHalls(): Promise<void> {
  const db = await library()
  if (db) useLibrary.setState({ halls: await listHalls(db) })
}
