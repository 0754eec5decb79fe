// Opening a hall from the library, and the hall a page starts on.
import { loadScenario, openHall } from '../state/openHall.ts'
import { setRowTemplate, templateOf } from '../state/rowTemplate.ts'
import { DEFAULT_SCENARIO, scenarioNames } from '../state/scenarios.ts'
import { useUi } from '../state/store.ts'
import { getHall } from './halls.ts'
import { lastHall, rememberHall } from './lastHall.ts'
import { library, useLibrary } from './libraryState.ts'
import { isShareFragment, readShareFragment } from './shareLink.ts'

/** The picker key of a library hall. */
export const libraryKey = (id: string) => `library:${id}`

/** Opens a stored hall with its row template; false (the banner says why) when it is gone or does not load. */
export async function openLibraryEntry(id: string): Promise<boolean> {
  const db = await library()
  const entry = db ? await getHall(db, id) : undefined
  if (!entry) {
    if (db)
      useUi.setState({ error: `no hall with id ${id} in this browser's library (deleted in another tab?)` })
    return false
  }
  const opened = await openHall(entry.doc, {
    key: libraryKey(id),
    id,
    origin: 'library',
    source: `${entry.name} (library)`,
  })
  if (opened) {
    setRowTemplate(entry.template ?? templateOf(entry.doc))
    rememberHall({ kind: 'library', id })
  }
  return opened
}

/** Opens a shipped scenario by name, remembered as the hall to reopen. */
export async function openShipped(name: string): Promise<boolean> {
  const opened = await loadScenario(name)
  if (opened) rememberHall({ kind: 'builtin', name })
  return opened
}

/**
 * Opens the hall in a share fragment as an unsaved hall (saved on its first change). When the link is damaged or
 * its hall does not load, the banner says why and the hall on screen stays, or at start-up the default opens.
 */
export async function openShareLink(hash: string, orDefault = false): Promise<boolean> {
  let problem: string | null
  try {
    const doc = await readShareFragment(hash)
    if (await openHall(doc, { key: 'link', id: null, origin: 'link', source: 'share link' })) return true
    problem = useUi.getState().error
  } catch (error) {
    problem = (error as Error).message
  }
  if (orDefault) await loadScenario(DEFAULT_SCENARIO)
  useUi.setState({ error: problem })
  return false
}

/**
 * The hall a page starts on: a share link in the URL wins; else the hall on screen before the reload (a library
 * entry or a shipped scenario); else the newest saved hall; else the default scenario.
 */
export async function openStartHall(): Promise<void> {
  // Opened first in any case: the picker lists the stored halls whichever hall the page starts on.
  const db = await library()
  const storageProblem = db ? null : useUi.getState().error
  await openFirstHall(db !== null)
  // Opening a hall clears the banner: say again, once, that nothing will be saved (unless a link's problem shows).
  if (storageProblem && !useUi.getState().error) useUi.setState({ error: storageProblem })
}

async function openFirstHall(stored: boolean): Promise<void> {
  if (isShareFragment(location.hash)) {
    await openShareLink(location.hash, true)
    return
  }
  const last = lastHall()
  if (last?.kind === 'builtin' && scenarioNames.includes(last.name) && (await openShipped(last.name))) return
  const halls = useLibrary.getState().halls
  const id = last?.kind === 'library' && halls.some((h) => h.id === last.id) ? last.id : halls[0]?.id
  if (stored && id && (await openLibraryEntry(id))) return
  await openShipped(DEFAULT_SCENARIO)
}
