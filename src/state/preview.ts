// An edit previewed while dragging: the worker re-solves the not-yet-committed document so inlets answer the drag,
// while the hall's document, its rev and the history stay as they were. At most one load is in flight; a newer
// preview replaces one still waiting, so a fast drag costs one load per worker round trip, not one per mouse move.
import { applyEdit } from '../../sim/edit/index.ts'
import type { Edit } from '../../sim/edit/index.ts'
import type { ScenarioInput } from '../../sim/index.ts'
import { messageOf } from './actions.ts'
import { queued } from './editQueue.ts'
import { useHall } from './hall.ts'
import { showDocRun } from './openHall.ts'

interface Wanted {
  /** The committed document the preview was made from: a hall changed since makes it stale. */
  base: ScenarioInput
  doc: ScenarioInput
  done: (problem: string | null) => void
}

let wanted: Wanted | null = null
let pumping = false
/** True while the worker may run a preview instead of the hall's document. */
let shown = false

/**
 * Validates `edit` on the hall's document and has the worker run the result. Resolves with the problem when the
 * edit is refused (nothing is loaded, nothing put in the banner: the drag shows it), else null once the preview ran
 * or a newer one replaced it.
 */
export function previewEdit(edit: Edit): Promise<string | null> {
  const base = useHall.getState().doc
  if (!base) return Promise.resolve('no hall is open')
  const result = applyEdit(base, edit)
  if (!result.ok) return Promise.resolve(result.problem)
  return new Promise((resolve) => {
    wanted?.done(null)
    wanted = { base, doc: result.doc, done: resolve }
    if (!pumping) void pump()
  })
}

async function pump(): Promise<void> {
  pumping = true
  while (wanted) {
    const next: Wanted = wanted
    wanted = null
    try {
      await queued(async () => {
        if (useHall.getState().doc !== next.base) return
        shown = true
        await showDocRun(next.doc)
      })
      next.done(null)
    } catch (error) {
      next.done(messageOf(error))
    }
  }
  pumping = false
}

/** Forgets a preview still waiting (a commit, undo or redo is about to load the document that counts). */
export function dropPreview(): void {
  wanted?.done(null)
  wanted = null
}

/** The worker runs the hall's document again (a commit, undo or redo just loaded it). */
export function previewGone(): void {
  shown = false
}

/** The worker runs the hall's committed document again if a preview replaced it (call inside a queued task). */
export async function backToCommitted(): Promise<void> {
  if (!shown) return
  shown = false
  const doc = useHall.getState().doc
  if (doc) await showDocRun(doc)
}

/** The drag was cancelled: back to the hall's committed document, if a preview had replaced it. */
export function endPreview(): Promise<void> {
  dropPreview()
  return queued(backToCommitted)
}
