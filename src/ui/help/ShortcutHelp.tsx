// The page's keyboard shortcuts (Space, arrows, ?) and the help sheet "?" opens: the list comes from the same table
// the listener reads (src/state/shortcuts.ts), so the sheet cannot promise a key that does nothing.
import { useEffect, useRef } from 'react'
import { SHORTCUTS, useShortcutHelp, useShortcuts } from '../../state/shortcuts.ts'
import { Dialog } from '../library/Dialog.tsx'
import './help.css'

const close = () => useShortcutHelp.setState({ open: false })

function HelpSheet() {
  const closeButton = useRef<HTMLButtonElement>(null)
  // Focus moves into the sheet and, when it closes, back to whatever had it (WAI-ARIA dialog pattern,
  // docs/feel.md#the-help-sheet).
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    closeButton.current?.focus()
    return () => before?.focus()
  }, [])
  return (
    <Dialog title="Keyboard shortcuts" testId="shortcut-help" onClose={close}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(({ keys, does }) => (
            <tr key={does}>
              <th scope="row">
                {keys.map((k) => (k === '…' ? <span key={k}> … </span> : <kbd key={k}>{k}</kbd>))}
              </th>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dialog-note">Keys do nothing while you type in a field or while a dialog is open.</p>
      <div className="dialog-buttons">
        <button type="button" ref={closeButton} data-testid="shortcut-help-close" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  )
}

export function ShortcutHelp() {
  useShortcuts()
  const open = useShortcutHelp((s) => s.open)
  return open ? <HelpSheet /> : null
}
