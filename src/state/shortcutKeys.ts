// Which key does what: the table the page's one shortcut listener (shortcuts.ts) and the help sheet both read.
// Pure, so it is tested without a page (docs/feel.md#keys).
import type { SideTab } from './store.ts'

/** The side tabs in the order they are shown, so key 1 is the first tab. */
export const SIDE_TAB_ORDER: readonly SideTab[] = [
  'inspect',
  'whatif',
  'power',
  'workload',
  'forecast',
  'events',
]

export type ShortcutAction =
  | { kind: 'playPause' }
  | { kind: 'step'; steps: number }
  | { kind: 'start' }
  | { kind: 'live' }
  | { kind: 'alarm'; direction: -1 | 1 }
  | { kind: 'tab'; tab: SideTab }
  | { kind: 'help' }

/** The help sheet's rows, in the order it lists them. */
export const SHORTCUTS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['Space'], does: 'Play or pause the run' },
  { keys: ['←', '→'], does: 'Step back or forward by what one second plays (at 10 min/s: 10 min)' },
  { keys: ['Shift', '←/→'], does: 'Step ten times as far' },
  { keys: ['Home'], does: 'Show the start of the run' },
  { keys: ['End'], does: 'Back to the present (follow the run again)' },
  { keys: ['[', ']'], does: 'Previous or next alarm' },
  { keys: ['1', '…', '6'], does: 'Side tabs: Inspect, Failures, Power, Load, Forecast, Events' },
  { keys: ['?'], does: 'This list (Esc closes it)' },
  { keys: ['Ctrl', 'Z'], does: 'Undo a change to the hall (Ctrl+Shift+Z or Ctrl+Y: redo)' },
  { keys: ['R', 'Delete'], does: 'While editing the hall: turn or remove the selection' },
]

type KeyFacts = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

/** What a key press asks for, if it is one of ours; pure, so it is tested without a page. */
export function shortcutFor(event: KeyFacts): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const far = event.shiftKey ? 10 : 1
  switch (event.key) {
    case ' ':
      return { kind: 'playPause' }
    case 'ArrowLeft':
      return { kind: 'step', steps: -far }
    case 'ArrowRight':
      return { kind: 'step', steps: far }
    case 'Home':
      return { kind: 'start' }
    case 'End':
      return { kind: 'live' }
    case '[':
      return { kind: 'alarm', direction: -1 }
    case ']':
      return { kind: 'alarm', direction: 1 }
    case '?':
      return { kind: 'help' }
  }
  const n = Number(event.key)
  if (Number.isInteger(n) && n >= 1 && n <= SIDE_TAB_ORDER.length)
    return { kind: 'tab', tab: SIDE_TAB_ORDER[n - 1] }
  return null
}
