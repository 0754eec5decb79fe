import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText, sceneLayout, snapshotLayout } from '../../../sim/index.ts'
import type { ScenarioInput } from '../../../sim/index.ts'
import { planDrag, rowOfRack } from './dragPlan.ts'

const json = readFileSync(new URL('../../../scenarios/default.json', import.meta.url), 'utf8')
const doc = JSON.parse(json) as ScenarioInput
const scenario = parseScenarioText(json, 'default.json')
const layout = sceneLayout(scenario, snapshotLayout(scenario.racks.length, scenario.coolingUnits.length))

describe('planDrag on the default hall (row A: origin (4.4, 3.3), 12 racks 0.6 × 1.2 m facing +y)', () => {
  it('moves rack A-01 (centre 4.7, 3.9) by (1.25, 0) onto whole tiles: (5.7, 4.2)', () => {
    // corner (5.65, 3.3) → 9 tiles = 5.4 and 5.5 → 6 tiles = 3.6; centre + (0.3, 0.6)
    const plan = planDrag(layout, doc, { kind: 'rack', index: 0 }, 1.25, 0)
    expect(plan?.edit).toEqual({ kind: 'moveRack', rackId: 'A-01', xM: 5.7, yM: 4.2 })
    expect(plan?.indices).toEqual([0])
    expect(plan?.boxes[0]).toMatchObject({ xM: 5.7, yM: 4.2, facing: '+y' })
  })

  it('moves N tiles exactly once on the grid: a rack at (5.7, 4.2) dragged 3 × 0.6 m east lands at 7.5', () => {
    const onGrid = {
      ...layout,
      racks: layout.racks.map((r, i) => (i === 0 ? { ...r, xM: 5.7, yM: 4.2 } : r)),
    }
    const plan = planDrag(onGrid, doc, { kind: 'rack', index: 0 }, 3 * 0.6 + 0.2, 0.1)
    expect(plan?.edit).toMatchObject({ xM: 7.5, yM: 4.2 })
    expect(plan?.dxM).toBeCloseTo(1.8, 9)
  })

  it('moves row A by its origin: (4.4, 3.3) + (0.61, −0.2) → (4.8, 3.0), all 12 racks by (0.4, −0.3)', () => {
    const plan = planDrag(layout, doc, { kind: 'row', index: 5 }, 0.61, -0.2)
    expect(plan?.edit).toEqual({ kind: 'moveRow', rowId: 'A', xM: 4.8, yM: 3 })
    expect(plan?.indices).toEqual(Array.from({ length: 12 }, (_, k) => k))
    expect(plan?.boxes[0]).toMatchObject({ xM: 5.1, yM: 3.6 })
  })

  it('finds the row of a rack by counting racks row by row: rack 12 is B-01', () => {
    expect(rowOfRack(doc, layout, 12)).toEqual({ rowId: 'B', first: 12, count: 12 })
    expect(layout.racks[12].id).toBe('B-01')
  })

  it('moves a unit by its centre: crah-1 (0.6, 3.5) facing +x covers 0.9 × 2.5 m → (0.45, 3.65)', () => {
    const plan = planDrag(layout, doc, { kind: 'unit', index: 0 }, 0, 0)
    expect(plan?.edit).toEqual({ kind: 'moveUnit', unitId: 'crah-1', xM: 0.45, yM: 3.65 })
    expect(plan?.mesh).toBe('units')
  })
})
