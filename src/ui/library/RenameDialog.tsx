// Rename: the hall's name is its document's, so an export, a share link and the library all carry the new one.
import { useState } from 'react'
import { useHall } from '../../state/hall.ts'
import { renameCurrent } from '../../library/hallActions.ts'
import { Dialog } from './Dialog.tsx'

export function RenameDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState(() => useHall.getState().doc?.name ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = async () => {
    const refused = await renameCurrent(name)
    if (refused === null) onClose()
    else setProblem(refused)
  }
  return (
    <Dialog title="Rename hall" testId="rename-dialog" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <label className="dialog-field wide">
          <span>Name</span>
          <input
            data-testid="rename-input"
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {problem && <p className="dialog-problems">{problem}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="rename-ok" disabled={name.trim() === ''}>
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  )
}
