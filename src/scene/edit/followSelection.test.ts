import { describe, expect, it } from 'vitest'
import type { SceneLayout } from '../../../sim/index.ts'
import { followSelection } from './followSelection.ts'

const layout = (rackIds: string[], unitIds: string[] = []) =>
  ({ racks: rackIds.map((id) => ({ id })), units: unitIds.map((id) => ({ id })) }) as unknown as SceneLayout

describe('the selection across a changed hall', () => {
  it('follows a rack moved out of its row to its new index', () => {
    // A-02 moved: the layout lists it after row B.
    const before = layout(['A-01', 'A-02', 'A-03', 'B-01'])
    const after = layout(['A-01', 'A-03', 'B-01', 'A-02'])
    expect(followSelection({ kind: 'rack', index: 1 }, before, after)).toEqual({ kind: 'rack', index: 3 })
  })

  it('keeps the same object when nothing moved, and drops a removed unit', () => {
    const sel = { kind: 'unit', index: 0 } as const
    expect(followSelection(sel, layout([], ['crah-1']), layout([], ['crah-1', 'crah-2']))).toBe(sel)
    expect(
      followSelection({ kind: 'unit', index: 1 }, layout([], ['crah-1', 'crah-2']), layout([], ['crah-1'])),
    ).toBeNull()
  })
})
