// Editing keys while the hall is being edited: R turns the selection a quarter, Delete removes it. Keys typed
// into a field are the field's. Esc (cancel a drag) is the canvas's (EditControls.tsx).
import { useEffect } from 'react'
import { isDragging } from '../../scene/edit/drag.ts'
import { removeSelection, rotateSelection } from './editActions.ts'

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))

export function useEditKeys(on: boolean): void {
  useEffect(() => {
    if (!on) return
    const key = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || isDragging()) return
      if (e.key === 'r' || e.key === 'R') void rotateSelection()
      else if (e.key === 'Delete' || e.key === 'Backspace') void removeSelection()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', key)
    return () => window.removeEventListener('keydown', key)
  }, [on])
}
