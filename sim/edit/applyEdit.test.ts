import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import type { Rack } from '../scenario/types.ts'
import { applyEdit } from './index.ts'
import type { Edit } from './edit.ts'

// default.json: rows A (origin 4.4, 3.3; facing +y) and B (4.4, 6.3; facing −y), 12 racks of 0.6 × 1.2 m each.
const original = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as ScenarioInput
const text = JSON.stringify(original)

function edited(edit: Edit, doc = original): ScenarioInput {
  const result = applyEdit(doc, edit)
  if (!result.ok) throw new Error(result.problem)
  return result.doc
}
const racksOf = (doc: ScenarioInput) => new Map(parseScenario(doc).racks.map((r) => [r.id, r]))
/** What a rack keeps through an edit of another rack: id, position, size and servers. */
const kept = ({ rowEnd: _e, rowId: _r, ...rest }: Rack) => rest

describe('applyEdit on racks', () => {
  it('moves A-04 1.2 m north: its centre moves 1.2 m, every other rack keeps id, position and servers', () => {
    const before = racksOf(original)
    const a04 = before.get('A-04')!
    // A-04's centre: 4.4 + 3 × 0.6 + 0.3 = 6.5 m east, 3.3 + 0.6 = 3.9 m north.
    expect(a04.xM).toBeCloseTo(6.5, 12)
    expect(a04.yM).toBeCloseTo(3.9, 12)
    const after = racksOf(edited({ kind: 'moveRack', rackId: 'A-04', xM: 6.5, yM: 5.1 }))
    expect(after.get('A-04')!.xM).toBeCloseTo(6.5, 12)
    expect(after.get('A-04')!.yM - a04.yM).toBeCloseTo(1.2, 12)
    expect(after.get('A-04')!.servers).toEqual(a04.servers)
    expect(after.size).toBe(24)
    for (const [id, rack] of before) if (id !== 'A-04') expect(kept(after.get(id)!)).toStrictEqual(kept(rack))
    // The moved rack is a one-rack row: both its ends; the racks beside its old place are not row ends.
    expect(after.get('A-04')!.rowEnd).toBe(true)
    expect(after.get('A-03')!.rowEnd).toBe(false)
    expect(JSON.stringify(original)).toBe(text) // the input is not changed
  })

  it('refuses a move onto B-04, naming both racks and their JSON paths', () => {
    // B-04's centre: 6.5, 6.3 + 0.6 = 6.9.
    const result = applyEdit(original, { kind: 'moveRack', rackId: 'A-04', xM: 6.5, yM: 6.9 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    // The moved rack's own row is rows[1], right after A; B is now rows[2].
    expect(result.problem).toBe(
      '$.rows[2].racks[0]: rack "B-04" overlaps rack "A-04" ($.rows[1].racks[0]) by 0.60 × 1.20 m',
    )
  })

  it('refuses a move half onto a cooling unit and through the wall', () => {
    // crah-1 faces +x at (0.6, 3.5): 0.9 m in x (0.15…1.05), 2.5 m in y (2.25…4.75).
    const onUnit = applyEdit(original, { kind: 'moveRack', rackId: 'A-01', xM: 1.2, yM: 3.5 })
    expect(onUnit.ok || onUnit.problem).toBe(
      '$.coolingUnits[0]: cooling unit "crah-1" overlaps rack "A-01" ($.rows[1].racks[0]) by 0.15 × 1.20 m',
    )
    const wall = applyEdit(original, { kind: 'moveRack', rackId: 'A-01', xM: 15.8, yM: 9 })
    expect(wall.ok || wall.problem).toContain(
      'rack "A-01" at (15.80, 9.00) m lies outside the 16 × 12 m room',
    )
  })

  it('removes the last rack of a group: the next group keeps its numbers and place', () => {
    const twoGroups = edited({ kind: 'removeRack', rackId: 'A-12' })
    const added = edited({ kind: 'addRack', rowId: 'A' }, twoGroups)
    // A-12 is back, one rack after A-11.
    const racks = racksOf(added)
    expect(racks.get('A-12')!.xM - racks.get('A-11')!.xM).toBeCloseTo(0.6, 12)
    expect(racksOf(twoGroups).size).toBe(23)
  })

  it('turns A-04 round in place, and refuses a quarter turn that would stand it 0.3 m into both neighbours', () => {
    const before = racksOf(original).get('A-04')!
    const turned = racksOf(edited({ kind: 'rotateRack', rackId: 'A-04', facing: '-y' })).get('A-04')!
    expect([turned.facing, turned.xM, turned.yM]).toEqual(['-y', before.xM, before.yM])
    // Facing +x it is 1.2 m along x (5.9…7.1) against A-03 (5.6…6.2) and A-05 (6.8…7.4), 0.6 m along y.
    const result = applyEdit(original, { kind: 'rotateRack', rackId: 'A-04', facing: '+x' })
    expect(result.ok || result.problem).toBe(
      '$.rows[1].racks[0]: rack "A-04" overlaps rack "A-03" ($.rows[0].racks[0]) by 0.30 × 0.60 m\n' +
        '$.rows[1].racks[0]: rack "A-04" overlaps rack "A-05" ($.rows[0].racks[1]) by 0.30 × 0.60 m',
    )
  })
})

describe('applyEdit on units and the room', () => {
  it('refuses a unit moved through the wall by its footprint: crah-1 (0.9 m deep, facing +x) at x = 0.3', () => {
    const result = applyEdit(original, { kind: 'moveUnit', unitId: 'crah-1', xM: 0.3, yM: 3.5 })
    expect(result.ok || result.problem).toBe(
      '$.coolingUnits[0]: unit "crah-1" at (0.3, 3.5) m reaches (-0.15…0.75, 2.25…4.75) m, through the wall of the 16 × 12 m room',
    )
    const moved = applyEdit(original, { kind: 'moveUnit', unitId: 'crah-1', xM: 0.45, yM: 3.5 })
    expect(moved.ok).toBe(true)
  })

  it('names what an edit refers to when it is not there', () => {
    expect(applyEdit(original, { kind: 'removeUnit', unitId: 'crah-9' })).toEqual({
      ok: false,
      problem: 'no cooling unit "crah-9" in the hall',
    })
    expect(applyEdit(original, { kind: 'moveRack', rackId: 'Z-01', xM: 1, yM: 1 })).toEqual({
      ok: false,
      problem: 'no rack "Z-01" in the hall',
    })
  })
})
