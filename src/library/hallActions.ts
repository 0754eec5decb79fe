// The hall menu's actions on the hall on screen: export, new, duplicate, rename, delete, share.
import type { RowTemplate } from '../../sim/edit/edit.ts'
import { hallJson, useHall } from '../state/hall.ts'
import { commitEdit } from '../state/history.ts'
import { openHall } from '../state/openHall.ts'
import { setRowTemplate } from '../state/rowTemplate.ts'
import { DEFAULT_SCENARIO } from '../state/scenarios.ts'
import { saveHall } from './autosave.ts'
import { deleteHall, duplicateHall } from './halls.ts'
import { library, refreshHalls } from './libraryState.ts'
import { newHallDoc } from './newHall.ts'
import type { NewHallForm } from './newHall.ts'
import { openLibraryEntry, openShipped } from './openEntry.ts'
import { shareLinkOf } from './shareLink.ts'

/** A file name for a hall: its name with the characters file systems refuse replaced ("A/B: 1" → "A-B- 1.json"). */
export function exportName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').trim()
  return `${safe || 'hall'}.json`
}

/** Downloads the hall as `<name>.json`: exactly the bytes `npm run sim` reads (hallJson). */
export function exportHall(): void {
  const { doc } = useHall.getState()
  if (!doc) return
  const url = URL.createObjectURL(new Blob([hallJson(doc)], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = exportName(doc.name)
  a.click()
  // The download has taken its copy once the click's task is done.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Opens a new empty hall with `template` as its row template; it is saved as soon as it shows. */
export async function createHall(form: NewHallForm, template: RowTemplate): Promise<boolean> {
  const doc = newHallDoc(form)
  const opened = await openHall(doc, { key: `new:${Date.now()}`, id: null, origin: 'new', source: form.name })
  if (opened) setRowTemplate(template)
  return opened
}

/** Stores a copy of the hall on screen as "<name> (copy)" and opens it. */
export async function duplicateCurrent(): Promise<void> {
  const db = await library()
  if (!db) return
  // A copy of what is on screen, edits included: write them first.
  if (useHall.getState().id === null || useHall.getState().rev !== useHall.getState().savedRev)
    await saveHall()
  const { id, doc } = useHall.getState()
  if (!id || !doc) return
  const copy = await duplicateHall(db, id, `${doc.name} (copy)`)
  await refreshHalls()
  if (copy) await openLibraryEntry(copy.id)
}

/**
 * Renames the hall on screen: its document's name, so an export and a share link carry it too; an edit like any
 * other, so it can be undone. Resolves to the problem (also in the banner) or null.
 */
export async function renameCurrent(name: string): Promise<string | null> {
  const { doc } = useHall.getState()
  const trimmed = name.trim()
  if (!doc || trimmed === '' || trimmed === doc.name) return null
  return commitEdit({ kind: 'rename', name: trimmed })
}

/** Deletes the hall on screen from the library and opens the default scenario. */
export async function deleteCurrent(): Promise<void> {
  const db = await library()
  const { id } = useHall.getState()
  if (!db || !id) return
  await deleteHall(db, id)
  await refreshHalls()
  await openShipped(DEFAULT_SCENARIO)
}

/** The share link to the hall on screen, or the reason there is none (too large). */
export async function shareCurrent(): Promise<{ link: string } | { problem: string }> {
  const { doc } = useHall.getState()
  if (!doc) return { problem: 'no hall is open yet' }
  try {
    return { link: await shareLinkOf(doc, location.href) }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}
