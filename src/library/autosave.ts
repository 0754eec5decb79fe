// Autosave: every change of the hall's document is written to the library ~750 ms after the last one, so a reload
// loses nothing (docs/hall.md#autosave). A shipped scenario or a share link becomes a library entry on its first
// change; a file, a NetBox import or a new hall as soon as it is opened (the user brought it in to keep it).
import { useHall } from '../state/hall.ts'
import type { HallOrigin, HallState } from '../state/hall.ts'
import { useUi } from '../state/store.ts'
import { useRowTemplate } from '../state/rowTemplate.ts'
import { newHallId, putHall } from './halls.ts'
import { library, refreshHalls, useLibrary } from './libraryState.ts'
import { rememberHall } from './lastHall.ts'

/** Edits come in bursts (a drag commits one, undo a few): one write per pause, not per edit. */
export const AUTOSAVE_DEBOUNCE_MS = 750

const KEPT_ON_OPEN: readonly HallOrigin[] = ['file', 'netbox', 'new']

/** Whether the hall on screen has something the library does not hold yet. */
export function wantsSave(s: HallState): boolean {
  if (!s.doc) return false
  if (s.rev > 0 && s.rev !== s.savedRev) return true
  return s.id === null && s.savedRev < 0 && KEPT_ON_OPEN.includes(s.origin)
}

// The same hall as when the write started: a save that finishes after another hall was opened must not mark it.
const sameHall = (a: HallState, b: HallState) =>
  a.id === b.id && a.origin === b.origin && a.source === b.source && a.rev >= b.rev

let timer: ReturnType<typeof setTimeout> | null = null
let writing: Promise<void> = Promise.resolve()

/** Writes the hall on screen now (the Save action, and the debounced autosave); resolves once it is stored. */
export function saveHall(): Promise<void> {
  if (timer !== null) clearTimeout(timer)
  timer = null
  useLibrary.setState({ saving: true })
  // One write at a time, in order: a later save never lands before an earlier one.
  writing = writing.then(writeHall).catch((error: unknown) => {
    useUi.setState({
      error: `the hall was not saved: ${error instanceof Error ? error.message : String(error)}`,
    })
  })
  const mine = writing
  return mine.finally(() => {
    if (writing === mine && timer === null) useLibrary.setState({ saving: false })
  })
}

async function writeHall(): Promise<void> {
  const start = useHall.getState()
  if (!start.doc) return
  const db = await library()
  if (!db) return
  const id = start.id ?? newHallId()
  await putHall(db, { id, doc: start.doc, template: useRowTemplate.getState().template })
  const now = useHall.getState()
  if (sameHall(now, start)) {
    useHall.setState({ id, savedRev: start.rev })
    rememberHall({ kind: 'library', id })
  }
  await refreshHalls()
}

/** Starts saving the hall after each change; returns the unsubscribe function. */
export function startAutosave(): () => void {
  return useHall.subscribe((s) => {
    if (!wantsSave(s) || useLibrary.getState().status === 'unavailable') return
    if (timer !== null) clearTimeout(timer)
    useLibrary.setState({ saving: true })
    timer = setTimeout(() => void saveHall(), AUTOSAVE_DEBOUNCE_MS)
  })
}
