// Details of the selected rack or cooling unit: static specs from the layout, live values through refs.
import { useMemo } from 'react'
import { useEditMode } from '../scene/edit/editMode.ts'
import { select } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import { RackDetails } from './RackDetails.tsx'
import { UnitDetails } from './UnitDetails.tsx'
import { ElevationPanel } from './elevation/ElevationPanel.tsx'
import { SelectionSparklines } from './sparkline/SelectionSparklines.tsx'

export function Inspector() {
  const selection = useUi((s) => s.selection)
  const layout = useUi((s) => s.layout)
  const valid = useMemo(() => {
    if (!selection || !layout) return false
    return selection.index < (selection.kind === 'rack' ? layout.racks : layout.units).length
  }, [selection, layout])
  // While editing, a drag on a rack moves it: the hint says what a drag does now.
  const editing = useEditMode((s) => s.on)
  return (
    <section className="panel inspector" data-testid="inspector">
      <div className="panel-head">
        <h2>Inspector</h2>
        {valid && (
          <button type="button" className="ghost" aria-label="Clear selection" onClick={() => select(null)}>
            ×
          </button>
        )}
      </div>
      {!valid || !selection || !layout ? (
        <p className="muted" data-testid="inspector-hint">
          {editing
            ? 'Click a rack or unit to select it; drag it to move it (Shift+drag: its row). Drag the floor to orbit, right-drag to pan, scroll to zoom.'
            : 'Click a rack in the hall, or a cooling unit below. Drag to orbit, right-drag to pan, scroll to zoom.'}
        </p>
      ) : selection.kind === 'rack' ? (
        <RackDetails key={`r${selection.index}`} layout={layout} index={selection.index} />
      ) : (
        <UnitDetails key={`u${selection.index}`} layout={layout} index={selection.index} />
      )}
      {valid && selection && <SelectionSparklines selection={selection} />}
      <ElevationPanel />
    </section>
  )
}
