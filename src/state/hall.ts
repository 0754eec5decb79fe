// The hall on screen as a scenario DOCUMENT (what the user saves, exports and shares), beside the run built from it.
// Every way a hall arrives (a shipped scenario, a library entry, a file, a share link, a NetBox import, a new empty
// hall) and every edit ends here, so the forecast, recovery and autosave all read one current scenario.
import { create } from 'zustand'
import type { ScenarioInput } from '../../sim/index.ts'
import { scenarioJson } from '../../sim/scenario/scenarioJson.ts'

/** Where the hall on screen came from. */
export type HallOrigin = 'builtin' | 'library' | 'file' | 'link' | 'netbox' | 'new'

export interface HallState {
  /** Library id once the hall is kept in the browser's storage; null for a shipped scenario not yet changed. */
  id: string | null
  /** The document as JSON would hold it (input form: defaults not filled in), null before the first load. */
  doc: ScenarioInput | null
  origin: HallOrigin
  /** Where the document was read from, for error messages ("scenarios/default.json", "mine.json", "share link"). */
  source: string
  /** Bumped by every change of the document (an edit, undo, redo, rename); 0 when opened. */
  rev: number
  /** The rev the library holds; -1: never saved. Shown as "saved" when equal to rev. */
  savedRev: number
}

export const useHall = create<HallState>()(() => ({
  id: null,
  doc: null,
  origin: 'builtin',
  source: '',
  rev: 0,
  savedRev: -1,
}))

/** The current hall's scenario as JSON text (2-space indent, as the shipped files and exports are written). */
export function currentHallText(): string {
  const { doc } = useHall.getState()
  if (!doc) throw new Error('no scenario is open yet')
  return hallJson(doc)
}

/** A document as the text Plenum writes: the same bytes for the same document, everywhere. */
export function hallJson(doc: ScenarioInput): string {
  return scenarioJson(doc)
}
