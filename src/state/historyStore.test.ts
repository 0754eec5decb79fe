import { describe, expect, it } from 'vitest'
import type { ScenarioInput } from '../../sim/index.ts'
import { queued } from './editQueue.ts'
import { clearHistory, HISTORY_CAP, pushStep, useHistory } from './historyStore.ts'
import { shortcutOf } from './undoKeys.ts'

const doc = (name: string) => ({ name }) as ScenarioInput

describe('history store', () => {
  it('keeps the newest 200 steps and forgets what was undone once a new step is taken', () => {
    clearHistory()
    for (let i = 0; i < 205; i++)
      pushStep({ label: `step ${i}`, before: doc(`${i}`), after: doc(`${i + 1}`) })
    const { past } = useHistory.getState()
    expect(past).toHaveLength(HISTORY_CAP)
    expect([past[0].label, past[199].label]).toEqual(['step 5', 'step 204'])
    useHistory.setState({ past: past.slice(0, -1), future: [past[199]] })
    pushStep({ label: 'another', before: doc('x'), after: doc('y') })
    expect(useHistory.getState().future).toEqual([])
    clearHistory()
    expect(useHistory.getState()).toEqual({ past: [], future: [] })
  })
})

describe('edit queue', () => {
  it('runs tasks one at a time in the order asked, a failed one not stopping the next', async () => {
    const log: string[] = []
    const slow = queued(async () => {
      log.push('a starts')
      await new Promise((resolve) => setTimeout(resolve, 20))
      log.push('a ends')
    })
    const failing = queued(async () => {
      log.push('b')
      throw new Error('b failed')
    })
    const last = queued(async () => log.push('c'))
    await Promise.allSettled([slow, failing, last])
    await expect(failing).rejects.toThrow('b failed')
    expect(log).toEqual(['a starts', 'a ends', 'b', 'c'])
  })
})

describe('undo keys', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>) =>
    shortcutOf({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, ⌘ as Ctrl, and nothing else', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo')
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(key('y', { ctrlKey: true })).toBe('redo')
    expect(key('z', { metaKey: true })).toBe('undo')
    expect(key('z', {})).toBeNull()
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull()
  })
})
