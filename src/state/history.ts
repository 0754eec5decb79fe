// One history of edits with undo and redo. Every edit is validated whole (applyEdit), shown through showHallDoc (the
// worker reloads, the run restarts at steady state, rev + 1) and only then recorded; a refused one is named in the
// error banner and leaves nothing behind. docs/hall.md#edits-validation-and-undo
import { applyEdit, editLabel } from '../../sim/edit/index.ts'
import type { Edit } from '../../sim/edit/index.ts'
import { messageOf, showError } from './actions.ts'
import { queued } from './editQueue.ts'
import { useHall } from './hall.ts'
import { pushStep, useHistory } from './historyStore.ts'
import { showHallDoc } from './openHall.ts'
import { backToCommitted, dropPreview, previewGone } from './preview.ts'
import { useUi } from './store.ts'

export { clearHistory, useHistory } from './historyStore.ts'
export type { HistoryEntry, HistoryState } from './historyStore.ts'
export { endPreview, previewEdit } from './preview.ts'
export { useUndoShortcuts } from './undoShortcuts.ts'

function refuse(problem: string): string {
  useUi.setState({ error: problem })
  return problem
}

/** Applies `edit` to the hall: null once it is shown and recorded, else the problem (also in the error banner). */
export function commitEdit(edit: Edit): Promise<string | null> {
  dropPreview()
  return queued(async () => {
    const before = useHall.getState().doc
    if (!before) return refuse('No hall is open to edit')
    const label = editLabel(edit)
    const result = applyEdit(before, edit)
    if (!result.ok) {
      // A drag's last preview may still run in the worker: the refused place must not stay on screen.
      await backToCommitted().catch(showError)
      return refuse(`${label}: ${result.problem}`)
    }
    try {
      await showHallDoc(result.doc)
    } catch (error) {
      showError(error)
      await backToCommitted().catch(() => {})
      return `${label}: ${messageOf(error)}`
    }
    previewGone()
    pushStep({ label, before, after: result.doc })
    return null
  })
}

/** Shows the document before the last step (byte for byte the one it was) and makes the step redoable. */
export function undo(): Promise<void> {
  return step('undo')
}

/** Shows the document after the last undone step again. */
export function redo(): Promise<void> {
  return step('redo')
}

function step(way: 'undo' | 'redo'): Promise<void> {
  dropPreview()
  return queued(async () => {
    const stacks = useHistory.getState()
    const entry = way === 'undo' ? stacks.past.at(-1) : stacks.future.at(-1)
    if (!entry) return
    try {
      await showHallDoc(way === 'undo' ? entry.before : entry.after)
    } catch (error) {
      showError(error)
      return
    }
    previewGone()
    // Another hall opened meanwhile has its own (empty) history: leave it.
    if (useHistory.getState() !== stacks) return
    const { past, future } = stacks
    useHistory.setState(
      way === 'undo'
        ? { past: past.slice(0, -1), future: [...future, entry] }
        : { past: [...past, entry], future: future.slice(0, -1) },
    )
  })
}
