// The bar over the hall: "Edit hall" on or off, undo and redo, and while editing the tools: what a drag moves,
// add a row, a rack or a cooling unit, rotate, remove, aisle containment (docs/hall.md#editing-in-3d).
import type { Containment } from '../../../sim/edit/index.ts'
import { setEditing, setPick, useEditMode } from '../../scene/edit/editMode.ts'
import { useHall } from '../../state/hall.ts'
import { useUndoShortcuts } from '../../state/history.ts'
import { useUi } from '../../state/store.ts'
import { UndoRedo } from './UndoRedo.tsx'
import {
  addRackToRow,
  addRow,
  addUnit,
  removeSelection,
  rotateSelection,
  setContainment,
} from './editActions.ts'
import { useEditKeys } from './useEditKeys.ts'
import './edit.css'

const CONTAINMENTS: readonly Containment[] = ['none', 'cold', 'hot']

function Tools() {
  const pick = useEditMode((s) => s.pick)
  const selection = useUi((s) => s.selection)
  const containment = useHall((s) => s.doc?.room.containment ?? 'none')
  const busy = useUi((s) => s.loading)
  const rackSelected = selection?.kind === 'rack'
  const what = selection?.kind === 'unit' ? 'unit' : pick === 'row' ? 'row' : 'rack'
  return (
    <>
      <div className="edit-group" role="group" aria-label="A drag moves">
        <span className="muted">Drag moves</span>
        {(['rack', 'row'] as const).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={pick === p}
            data-testid={`pick-${p}`}
            title={p === 'row' ? 'Drag a rack to move its whole row (or Shift+drag)' : 'Drag moves one rack'}
            onClick={() => setPick(p)}
          >
            {p === 'rack' ? 'Rack' : 'Row'}
          </button>
        ))}
      </div>
      <button type="button" data-testid="add-row" disabled={busy} onClick={() => void addRow()}>
        + Row
      </button>
      <button
        type="button"
        data-testid="add-rack"
        disabled={busy || !rackSelected}
        title={rackSelected ? 'One more rack at the end of this row' : 'Select a rack first'}
        onClick={() => void addRackToRow()}
      >
        + Rack
      </button>
      <button type="button" data-testid="add-unit" disabled={busy} onClick={() => void addUnit()}>
        + Cooling unit
      </button>
      <button
        type="button"
        data-testid="rotate"
        disabled={busy || !selection}
        title={`Turn the selected ${what} a quarter clockwise (R)`}
        onClick={() => void rotateSelection()}
      >
        ⟳ Rotate
      </button>
      <button
        type="button"
        className="danger"
        data-testid="remove"
        disabled={busy || !selection}
        title={`Remove the selected ${what} (Delete)`}
        onClick={() => void removeSelection()}
      >
        Remove
      </button>
      <label className="edit-group">
        <span className="muted">Containment</span>
        <select
          data-testid="containment"
          value={containment}
          disabled={busy}
          onChange={(e) => void setContainment(e.target.value as Containment)}
        >
          {CONTAINMENTS.map((c) => (
            <option key={c} value={c}>
              {c === 'none' ? 'none' : `${c} aisle`}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}

export function EditBar() {
  const on = useEditMode((s) => s.on)
  const dragging = useEditMode((s) => s.ghost !== null)
  const problem = useEditMode((s) => s.ghost?.problem ?? null)
  const previewMs = useEditMode((s) => s.previewMs)
  const previews = useEditMode((s) => s.previews)
  const hasHall = useUi((s) => s.layout !== null)
  useUndoShortcuts()
  useEditKeys(on)
  if (!hasHall) return null
  return (
    <div
      className={on ? 'edit-bar on' : 'edit-bar'}
      data-testid="edit-bar"
      data-preview-ms={previewMs ?? ''}
      data-previews={previews}
    >
      <div className="edit-row">
        <button
          type="button"
          className={on ? 'primary' : undefined}
          aria-pressed={on}
          data-testid="edit-toggle"
          onClick={() => setEditing(!on)}
        >
          ✎ Edit hall
        </button>
        <UndoRedo />
        {on && <Tools />}
      </div>
      {on && (
        <div className="edit-hint muted" data-testid="edit-hint">
          {problem
            ? `Not here: ${problem.split('\n')[0]} · release or Esc puts it back`
            : dragging
              ? 'Release to place · Esc puts it back'
              : 'Drag a rack or unit over the floor (0.6 m tiles) · Shift+drag moves a whole row · R rotates · Delete removes'}
        </div>
      )}
    </div>
  )
}
