// The hall menu: the hall's name and save state, opening a list of what can be done with it (testids in
// docs/hall.md#scenario-library-autosave-and-share-links). Dialogs open from it; the file picker is hidden here.
import { useEffect, useRef, useState } from 'react'
import { useHall } from '../../state/hall.ts'
import { saveHall } from '../../library/autosave.ts'
import { deleteCurrent, duplicateCurrent, exportHall } from '../../library/hallActions.ts'
import { useLibrary } from '../../library/libraryState.ts'
import { openFiles } from '../../library/openFiles.ts'
import { NewHallDialog } from './NewHallDialog.tsx'
import { RenameDialog } from './RenameDialog.tsx'
import { SaveState } from './SaveState.tsx'
import { ShareDialog } from './ShareDialog.tsx'
import './library.css'

type Open = 'menu' | 'delete' | 'new' | 'rename' | 'share' | null

/**
 * An explicit Save also asks the browser to keep the library under storage pressure (Storage Standard persist();
 * best-effort otherwise): asked from a click, where browsers grant it, not at start-up.
 */
function saveAndKeep(): Promise<void> {
  void navigator.storage?.persist?.().catch(() => false)
  return saveHall()
}

export function HallMenu() {
  const [open, setOpen] = useState<Open>(null)
  const file = useRef<HTMLInputElement>(null)
  const box = useRef<HTMLDivElement>(null)
  const hasDoc = useHall((s) => s.doc !== null)
  const stored = useHall((s) => s.id !== null)
  const saved = useHall((s) => s.id !== null && s.rev === s.savedRev)
  const storage = useLibrary((s) => s.status !== 'unavailable')
  const close = () => setOpen(null)

  // The menu closes on a click anywhere else, as menus do.
  useEffect(() => {
    if (open !== 'menu' && open !== 'delete') return
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(null)
    }
    window.addEventListener('mousedown', away)
    return () => window.removeEventListener('mousedown', away)
  }, [open])

  const item = (testId: string, label: string, act: () => void, enabled = true) => (
    <button type="button" role="menuitem" data-testid={testId} disabled={!enabled} onClick={act}>
      {label}
    </button>
  )
  const then = (act: () => unknown) => () => {
    close()
    void act()
  }

  return (
    <div className="hall-menu" ref={box}>
      <button
        type="button"
        className="hall-menu-button"
        data-testid="hall-menu"
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        onClick={() => setOpen(open === 'menu' ? null : 'menu')}
      >
        <SaveState />
        <span aria-hidden="true">▾</span>
      </button>
      {(open === 'menu' || open === 'delete') && (
        <div className="hall-menu-panel" role="menu" data-testid="hall-menu-panel">
          <button
            type="button"
            role="menuitem"
            data-testid="hall-open-file"
            onClick={() => file.current?.click()}
          >
            Open file…
          </button>
          {item('hall-new', 'New hall…', () => setOpen('new'))}
          <hr />
          {item(
            'hall-save',
            saved ? 'Saved in this browser' : 'Save',
            then(saveAndKeep),
            hasDoc && storage && !saved,
          )}
          {item('hall-export', 'Export JSON', then(exportHall), hasDoc)}
          {item('hall-share', 'Share link…', () => setOpen('share'), hasDoc)}
          <hr />
          {item('hall-duplicate', 'Duplicate', then(duplicateCurrent), hasDoc && storage)}
          {item('hall-rename', 'Rename…', () => setOpen('rename'), hasDoc)}
          {open === 'delete' ? (
            <div className="hall-menu-confirm">
              <span>Delete from this browser?</span>
              {item('hall-delete-confirm', 'Delete', then(deleteCurrent))}
              {item('hall-delete-cancel', 'Keep', () => setOpen('menu'))}
            </div>
          ) : (
            item('hall-delete', 'Delete…', () => setOpen('delete'), stored && storage)
          )}
        </div>
      )}
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? [])
          e.target.value = '' // the same file picked again opens again
          close()
          void openFiles(files)
        }}
      />
      {open === 'new' && <NewHallDialog onClose={close} />}
      {open === 'rename' && <RenameDialog onClose={close} />}
      {open === 'share' && <ShareDialog onClose={close} />}
    </div>
  )
}
