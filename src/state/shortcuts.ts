// The page's keyboard shortcuts in one place: what each key does (the help sheet lists this same table) and the one
// window listener that runs them. Undo/redo (undoShortcuts.ts) and the edit keys R, Delete and Esc
// (src/ui/edit/useEditKeys.ts) keep their own listeners; none of the keys here overlap them (docs/feel.md#keys).
import { useEffect } from 'react'
import { create } from 'zustand'
import { jumpToAlarm } from './alarmJump.ts'
import { pause, play, setSideTab } from './actions.ts'
import { backToLive, scrubTo, stepBy } from './scrub.ts'
import { useUi } from './store.ts'
import type { UiState } from './store.ts'
import { shortcutFor } from './shortcutKeys.ts'
import type { ShortcutAction } from './shortcutKeys.ts'

export { SHORTCUTS } from './shortcutKeys.ts'

/** Whether Play can act now: a hall loaded, not loading, the worker neither being restored nor given up. */
export function canPlay(s: Pick<UiState, 'layout' | 'loading' | 'worker'>): boolean {
  return s.layout !== null && !s.loading && s.worker.phase !== 'recovering' && s.worker.phase !== 'stopped'
}

/** Whether the help sheet is open (the shortcut and its Close button both set it). */
export const useShortcutHelp = create<{ open: boolean }>()(() => ({ open: false }))

export function runShortcut(action: ShortcutAction): void {
  const ui = useUi.getState()
  switch (action.kind) {
    case 'playPause':
      if (canPlay(ui)) (ui.running ? pause : play)()
      return
    case 'step':
      // One wall-clock second of the chosen speed: 600 s at "10 min/s".
      void stepBy(action.steps * ui.speed)
      return
    case 'start':
      void scrubTo(0)
      return
    case 'live':
      void backToLive()
      return
    case 'alarm':
      void jumpToAlarm(action.direction)
      return
    case 'tab':
      setSideTab(action.tab)
      return
    case 'help':
      useShortcutHelp.setState({ open: true })
  }
}

/** A key meant for something else: typed into a field, or pressed on a button (Space clicks it), or in a dialog. */
function notOurs(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return true
  const target = event.target
  if (document.querySelector('[aria-modal="true"]')) return true
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return true
  // Widgets that move with arrows, Home and End themselves (the timeline's slider, the event list) keep them.
  if (target.closest('[role="slider"], [role="listbox"], [role="grid"], [role="menu"]'))
    return /^(Arrow|Home|End)/.test(event.key)
  // Space activates a focused button, link or summary: that is what the keyboard user means there.
  return (
    event.key === ' ' && target.closest('button, a[href], summary, [role="button"], [role="tab"]') !== null
  )
}

/** Listens for the page's shortcuts on the window while mounted (once, at page level). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event)
      if (!action || notOurs(event)) return
      event.preventDefault()
      runShortcut(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
