import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { feedEntryOfRack } from '../model/powerChain/resolve.ts'
import { parseScenario } from '../scenario/parse.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { applyEdit, DEFAULT_ROW_TEMPLATE, nextRowId, rowFromTemplate } from './index.ts'
import type { RowTemplate } from './edit.ts'

// Ten empty racks of 0.6 × 1.2 m, 42 U, 8 kW: the numbers below are worked from these.
const template: RowTemplate = DEFAULT_ROW_TEMPLATE

describe('new rows', () => {
  it('names rows A … Z, then AA, AB, skipping ids in use', () => {
    const rows = (ids: string[]) => ({ rows: ids.map((id) => ({ id }) as ScenarioInput['rows'][number]) })
    expect(nextRowId(rows([]))).toBe('A')
    expect(nextRowId(rows(['A', 'C']))).toBe('B')
    const alphabet = Array.from({ length: 26 }, (_, k) => String.fromCharCode(65 + k))
    expect(nextRowId(rows(alphabet))).toBe('AA')
    expect(nextRowId(rows([...alphabet, 'AA']))).toBe('AB')
  })

  it('lays a template row facing −y along x: 10 racks from (2, 3), the last centred at 2 + 9.5 × 0.6 = 7.7 m', () => {
    const row = rowFromTemplate(template, 'A', 2, 3, '-y')
    expect(row).toMatchObject({ id: 'A', axis: 'x', facing: '-y', racks: [{ count: 10, servers: [] }] })
    const empty: ScenarioInput = {
      ...(JSON.parse(
        readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
      ) as ScenarioInput),
      rows: [],
    }
    const result = applyEdit(empty, { kind: 'addRow', row })
    if (!result.ok) throw new Error(result.problem)
    const racks = parseScenario(result.doc).racks
    expect(racks.map((r) => r.id)).toEqual([
      'A-01',
      'A-02',
      'A-03',
      'A-04',
      'A-05',
      'A-06',
      'A-07',
      'A-08',
      'A-09',
      'A-10',
    ])
    expect(racks[9].xM).toBeCloseTo(7.7, 12)
    expect(racks[9].yM).toBeCloseTo(3.6, 12)
    // A 48 U rack is 48 × 44.45 mm + 0.13 m of plinth and roof = 2.26 m tall.
    expect(rowFromTemplate({ ...template, uHeight: 48 }, 'B', 0, 0, '+x').racks[0].heightM).toBe(2.26)
  })

  it('keeps a rack of the large hall fed by its row pattern ("W1-*") after it is turned round into a row of its own', () => {
    const hall = JSON.parse(
      readFileSync(new URL('../../scenarios/large-hall.json', import.meta.url), 'utf8'),
    ) as ScenarioInput
    const result = applyEdit(hall, { kind: 'rotateRack', rackId: 'W1-05', facing: '-y' })
    if (!result.ok) throw new Error(result.problem)
    expect(result.doc.rows.map((r) => r.id).slice(0, 3)).toEqual(['W1', 'W1-05', 'W2'])
    const scenario = parseScenario(result.doc)
    const ids = scenario.racks.map((r) => r.id)
    const entry = feedEntryOfRack(scenario.powerChain!, ids)
    // feeds[0] holds "W1-*" and "W2-*".
    expect(entry[ids.indexOf('W1-05')]).toBe(0)
    expect(scenario.racks.find((r) => r.id === 'W1-05')).toMatchObject({
      rowId: 'W1-05',
      facing: '-y',
      rowEnd: true,
    })
  })
})
