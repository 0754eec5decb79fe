// The library's operations on stored halls: list (newest first), get, put, delete, duplicate.
import type { ScenarioInput } from '../../sim/index.ts'
import type { RowTemplate } from '../../sim/edit/edit.ts'
import type { LibraryDb, LibraryEntry } from './db.ts'

/** What the menu lists of a hall: no document, so listing stays cheap however large the halls are. */
export type HallSummary = Pick<LibraryEntry, 'id' | 'name' | 'updatedAt'>

/** A fresh library id (random, so two tabs or two devices never collide). */
export const newHallId = (): string => crypto.randomUUID()

/** Every stored hall, the most recently written first. */
export async function listHalls(db: LibraryDb): Promise<HallSummary[]> {
  const entries = await db.getAllFromIndex('halls', 'updatedAt')
  return entries.reverse().map(({ id, name, updatedAt }) => ({ id, name, updatedAt }))
}

export function getHall(db: LibraryDb, id: string): Promise<LibraryEntry | undefined> {
  return db.get('halls', id)
}

/** What a write supplies; rev and updatedAt are the store's to set. */
export interface HallWrite {
  id: string
  doc: ScenarioInput
  template?: RowTemplate
}

/**
 * Writes a hall (new or replacing the one with its id) and returns the stored entry: rev one more than the
 * stored one, updatedAt `nowMs`, the template kept from before when none is given.
 */
export async function putHall(db: LibraryDb, hall: HallWrite, nowMs = Date.now()): Promise<LibraryEntry> {
  const tx = db.transaction('halls', 'readwrite')
  const before = await tx.store.get(hall.id)
  const template = hall.template ?? before?.template
  const entry: LibraryEntry = {
    id: hall.id,
    name: hall.doc.name,
    doc: hall.doc,
    rev: (before?.rev ?? 0) + 1,
    updatedAt: nowMs,
    ...(template ? { template } : {}),
  }
  await tx.store.put(entry)
  await tx.done
  return entry
}

export function deleteHall(db: LibraryDb, id: string): Promise<void> {
  return db.delete('halls', id)
}

/** A copy of a stored hall under a new id, its document renamed `name`; undefined when `id` is not stored. */
export async function duplicateHall(
  db: LibraryDb,
  id: string,
  name: string,
  nowMs = Date.now(),
): Promise<LibraryEntry | undefined> {
  const source = await getHall(db, id)
  if (!source) return undefined
  const doc = { ...source.doc, name }
  return putHall(db, { id: newHallId(), doc, template: source.template }, nowMs)
}
