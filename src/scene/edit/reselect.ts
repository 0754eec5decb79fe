// Keeps the selection on the same rack or unit across an edit: ids survive edits, instance indices do not (a rack
// moved out of its row is laid out after the other rows, a removed one shifts the rest).
import { select } from '../../state/actions.ts'
import { useUi } from '../../state/store.ts'

/** Selects the rack or unit with `id` in the layout on screen, if it is there. */
export function reselect(kind: 'rack' | 'unit', id: string): void {
  const layout = useUi.getState().layout
  if (!layout) return
  const index = (kind === 'rack' ? layout.racks : layout.units).findIndex((b) => b.id === id)
  if (index >= 0) select({ kind, index })
}
