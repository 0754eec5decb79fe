// The selection follows its rack or unit by id when the hall on screen changes (an edit, undo, redo or preview):
// the layout keeps ids but not indices (a rack moved out of its row is laid out after the other rows, a removed
// one shifts the rest), and a selection left on the old index would show another rack.
import type { SceneLayout } from '../../../sim/index.ts'
import { useUi } from '../../state/store.ts'
import type { Selection } from '../../state/store.ts'

/** Where `selection` (an index into `before`) is in `after`: the same id's index, or null when it is gone. */
export function followSelection(
  selection: Selection,
  before: SceneLayout,
  after: SceneLayout,
): Selection | null {
  const list = (layout: SceneLayout) => (selection.kind === 'rack' ? layout.racks : layout.units)
  const id = list(before)[selection.index]?.id
  const index = id === undefined ? -1 : list(after).findIndex((b) => b.id === id)
  return index < 0 ? null : index === selection.index ? selection : { kind: selection.kind, index }
}

// A new hall arrives with no selection (FRESH_RUN), so only a changed layout that kept a selection is followed.
useUi.subscribe((s, prev) => {
  if (s.layout === prev.layout || !s.layout || !prev.layout || !s.selection) return
  const next = followSelection(s.selection, prev.layout, s.layout)
  if (next !== s.selection) useUi.setState({ selection: next })
})
