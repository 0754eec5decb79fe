// The editor's slow state: whether the hall is being edited, what a drag picks, the drag's ghost and how long the
// last live re-solve took. Per-pointer-move work stays in drag.ts; this changes only when the snapped place does.
import { create } from 'zustand'
import type { FloorBox } from '../../../sim/index.ts'

export interface EditModeState {
  on: boolean
  /** What a drag moves: the rack pressed or its whole row (Shift+drag picks the row either way). */
  pick: 'rack' | 'row'
  /** Where the dragged boxes would go, and why they may not (null: the place is valid); null when not dragging. */
  ghost: { boxes: FloorBox[]; problem: string | null } | null
  /** The last preview's round trip, ms: from asking the worker to re-solve to its new inlets on screen. */
  previewMs: number | null
  /** Previews shown so far (a test waits for the next one). */
  previews: number
}

export const useEditMode = create<EditModeState>()(() => ({
  on: false,
  pick: 'rack',
  ghost: null,
  previewMs: null,
  previews: 0,
}))

export function setEditing(on: boolean): void {
  useEditMode.setState({ on, ghost: null })
}

export function setPick(pick: EditModeState['pick']): void {
  useEditMode.setState({ pick })
}
