// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), except while typing in a field, whose own undo wins.
import { useEffect } from 'react'
import { redo, undo } from './history.ts'
import { shortcutOf } from './undoKeys.ts'

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Listens for the undo and redo keys on the window while mounted. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const wanted = shortcutOf(event)
      if (!wanted || typing(event.target)) return
      event.preventDefault()
      void (wanted === 'undo' ? undo() : redo())
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
