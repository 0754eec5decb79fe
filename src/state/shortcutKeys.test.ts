import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../sim/history/types.ts'
import { nearestAlarmS } from './nearestAlarm.ts'
import { shortcutFor } from './shortcutKeys.ts'

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(key(' '))).toEqual({ kind: 'playPause' })
    expect(shortcutFor(key('ArrowRight'))).toEqual({ kind: 'step', steps: 1 })
    expect(shortcutFor(key('ArrowLeft', { shiftKey: true }))).toEqual({ kind: 'step', steps: -10 })
    expect(shortcutFor(key('Home'))).toEqual({ kind: 'start' })
    expect(shortcutFor(key('End'))).toEqual({ kind: 'live' })
    expect(shortcutFor(key('['))).toEqual({ kind: 'alarm', direction: -1 })
    expect(shortcutFor(key(']'))).toEqual({ kind: 'alarm', direction: 1 })
    expect(shortcutFor(key('?', { shiftKey: true }))).toEqual({ kind: 'help' })
    expect(shortcutFor(key('1'))).toEqual({ kind: 'tab', tab: 'inspect' })
    expect(shortcutFor(key('6'))).toEqual({ kind: 'tab', tab: 'events' })
  })

  it('leaves other keys and every Ctrl/⌘/Alt chord (undo, redo, the browser’s own) alone', () => {
    for (const k of ['0', '7', 'r', 'R', 'Delete', 'Escape', 'z', 'Enter'])
      expect(shortcutFor(key(k)), k).toBeNull()
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBeNull()
    expect(shortcutFor(key('1', { metaKey: true }))).toBeNull()
    expect(shortcutFor(key('ArrowLeft', { altKey: true }))).toBeNull()
  })
})

describe('nearestAlarmS', () => {
  const ev = (atS: number, severity: RunEvent['severity'], transition: RunEvent['transition'] = 'raised') =>
    ({
      id: atS,
      atS,
      kind: 'overload',
      severity,
      transition,
      asset: { kind: 'hall', id: 'hall' },
    }) as RunEvent
  // Alarms raised at 100 s and 700 s, one cleared at 400 s, a warning at 500 s.
  const events = [ev(100, 'alarm'), ev(400, 'alarm', 'cleared'), ev(500, 'warning'), ev(700, 'alarm')]

  it('finds the alarm strictly before or after, skipping clearings and warnings', () => {
    expect(nearestAlarmS(events, 450, 1)).toBe(700)
    expect(nearestAlarmS(events, 450, -1)).toBe(100)
    expect(nearestAlarmS(events, 700, 1)).toBeNull()
    expect(nearestAlarmS(events, 700, -1)).toBe(100)
    expect(nearestAlarmS(events, 100, -1)).toBeNull()
    expect(nearestAlarmS([], 0, 1)).toBeNull()
  })
})
