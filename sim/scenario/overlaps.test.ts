import { describe, expect, it } from 'vitest'
import { parseScenario } from './parse.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import type { ScenarioInput } from './schema.ts'
import { checkUnitsInsideRoom } from './overlaps.ts'

// tinyHall: row A from (2, 2) along x facing +y, racks 0.6 × 1.2 m (A-01: x 2…2.6, y 2…3.2); crah-1 at (1, 5).
const problems = (patch: (s: ScenarioInput) => void): string[] => {
  try {
    parseScenario(tinyHall({ racks: 2 }, patch), 'hall.json')
    return []
  } catch (error) {
    return (error as Error).message.split('\n')
  }
}

describe('nothing on the floor overlaps', () => {
  it('accepts racks side by side (they share an edge) and a unit clear of them', () => {
    expect(problems(() => {})).toEqual([])
  })

  it('names both racks and their paths when a second row stands 0.4 m into the first', () => {
    // Row B from (2.3, 2.8): B-01 is x 2.3…2.9, y 2.8…4.0; A-01 (2…2.6, 2…3.2) overlaps it 0.3 × 0.4 m and A-02
    // (2.6…3.2) 0.3 × 0.4 m too.
    const lines = problems((s) =>
      s.rows.push({ ...s.rows[0], id: 'B', xM: 2.3, yM: 2.8, racks: [{ ...s.rows[0].racks[0], count: 1 }] }),
    )
    expect(lines).toEqual([
      'hall.json: $.rows[1].racks[0]: rack "B-01" overlaps rack "A-01" ($.rows[0].racks[0]) by 0.30 × 0.40 m',
      'hall.json: $.rows[1].racks[0]: rack "B-01" overlaps rack "A-02" ($.rows[0].racks[0]) by 0.30 × 0.40 m',
    ])
  })

  it('refuses a unit on a rack and two units on each other', () => {
    // crah-2 at (3, 2.5) facing +y: 2.5 × 0.9 m, x 1.75…4.25, y 2.05…2.95 over both racks (0.6 × 0.9 m each).
    const lines = problems((s) => {
      s.coolingUnits.push({ ...s.coolingUnits[0], id: 'crah-2', xM: 3, yM: 2.5 })
      s.coolingUnits.push({ ...s.coolingUnits[0], id: 'crah-3', xM: 1.5, yM: 5 })
    })
    // In sweep order: west edges first (crah-1 and crah-3 start at −0.25 and 0.25 m, crah-2 at 1.75 m).
    expect(lines).toEqual([
      'hall.json: $.coolingUnits[2]: cooling unit "crah-3" overlaps cooling unit "crah-1" ($.coolingUnits[0]) by 2.00 × 0.90 m',
      'hall.json: $.coolingUnits[1]: cooling unit "crah-2" overlaps rack "A-01" ($.rows[0].racks[0]) by 0.60 × 0.90 m',
      'hall.json: $.coolingUnits[1]: cooling unit "crah-2" overlaps rack "A-02" ($.rows[0].racks[0]) by 0.60 × 0.90 m',
    ])
  })

  it('finds a unit that reaches through a wall by its footprint, not its centre', () => {
    // crah-1 at (1, 5), 2.5 m wide facing +y: x −0.25…2.25 passes the west wall.
    const found: string[] = []
    const unit = tinyHall().coolingUnits[0]
    checkUnitsInsideRoom(
      [{ ...unit, facing: '+y', widthM: 2.5, depthM: 0.9 } as never],
      { widthM: 10, depthM: 6 },
      (p, m) => found.push(`${String(p[1])}: ${m}`),
    )
    expect(found).toEqual([
      '0: unit "crah-1" at (1, 5) m reaches (-0.25…2.25, 4.55…5.45) m, through the wall of the 10 × 6 m room',
    ])
  })
})
