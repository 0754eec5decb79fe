// The edit history's state: what can be undone and redone, each step as the documents before and after it, so undo
// and redo give the same bytes back (hallJson) however the edit was made. docs/hall.md#edits-validation-and-undo
import { create } from 'zustand'
import type { ScenarioInput } from '../../sim/index.ts'

export interface HistoryEntry {
  /** editLabel of the edit: "Move rack A-03". */
  label: string
  before: ScenarioInput
  after: ScenarioInput
}

export interface HistoryState {
  past: HistoryEntry[]
  future: HistoryEntry[]
}

/**
 * Steps kept; the oldest goes first. A step holds two documents that share every part the edit did not touch
 * (applyEdit copies only the path to what it changed), so 200 steps cost little more than the changed rows.
 */
export const HISTORY_CAP = 200

export const useHistory = create<HistoryState>()(() => ({ past: [], future: [] }))

/** Forgets every step (another hall was opened). */
export function clearHistory(): void {
  useHistory.setState({ past: [], future: [] })
}

/** Records a step taken: it can be undone, and what was undone before can no longer be redone. */
export function pushStep(entry: HistoryEntry): void {
  const past = [...useHistory.getState().past, entry]
  useHistory.setState({ past: past.slice(Math.max(0, past.length - HISTORY_CAP)), future: [] })
}
