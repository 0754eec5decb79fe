// Undo and redo buttons, titled with the step they take ("Undo move rack A-03"), disabled when there is none.
import { redo, undo, useHistory } from '../../state/history.ts'

/** "Move rack A-03" → "move rack A-03", to follow "Undo ". */
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1)

export function UndoRedo() {
  const undoLabel = useHistory((s) => s.past.at(-1)?.label)
  const redoLabel = useHistory((s) => s.future.at(-1)?.label)
  return (
    <>
      <button
        type="button"
        data-testid="undo"
        disabled={undoLabel === undefined}
        title={undoLabel === undefined ? 'Nothing to undo' : `Undo ${lower(undoLabel)}`}
        onClick={() => void undo()}
      >
        Undo
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={redoLabel === undefined}
        title={redoLabel === undefined ? 'Nothing to redo' : `Redo ${lower(redoLabel)}`}
        onClick={() => void redo()}
      >
        Redo
      </button>
    </>
  )
}
