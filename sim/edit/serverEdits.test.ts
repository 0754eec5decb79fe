import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { applyEdit, editLabel } from './index.ts'
import type { Edit, ServerModelInput } from './edit.ts'

// default.json: 42 U racks, each with 12 × 1U R640 at U2…U13 and 4 × 2U R740 at U16…U23 (U14, U15, U24… free).
// A rack given servers becomes a group of its own: A-05 is then rows[0].racks[1], after A-01…A-04.
const original = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as ScenarioInput

function edited(edit: Edit, doc = original): ScenarioInput {
  const result = applyEdit(doc, edit)
  if (!result.ok) throw new Error(result.problem)
  return result.doc
}
const rack = (doc: ScenarioInput, id: string) => parseScenario(doc).racks.find((r) => r.id === id)!
const uPositions = (doc: ScenarioInput, id: string) => rack(doc, id).servers.map((s) => s.uPosition)

describe('server edits', () => {
  it('fits a 2U server at U41 of a 42 U rack (U41–U42) and refuses one at U42 (it would reach U43)', () => {
    const doc = edited({ kind: 'addServers', rackId: 'A-01', model: 'dell-r740', uPosition: 41, count: 1 })
    expect(uPositions(doc, 'A-01').at(-1)).toBe(41)
    expect(rack(doc, 'A-02').servers).toEqual(rack(original, 'A-02').servers)
    const result = applyEdit(original, {
      kind: 'addServers',
      rackId: 'A-01',
      model: 'dell-r740',
      uPosition: 42,
      count: 1,
    })
    expect(result.ok || result.problem).toBe(
      "$.rows[0].racks[0].servers[2]: server 1 would reach U43, above the rack's 42 U",
    )
  })

  it('refuses servers on taken units: a 1U server at U13 collides with the R640 stack', () => {
    const result = applyEdit(original, {
      kind: 'addServers',
      rackId: 'A-05',
      model: 'dell-r640',
      uPosition: 13,
      count: 1,
    })
    expect(result.ok || result.problem).toBe(
      '$.rows[0].racks[1].servers[2]: U13 is already taken by servers[0]',
    )
  })

  it('removes the server at U5 (the fourth R640) and the R740 covering U17 (the one at U16)', () => {
    const one = edited({ kind: 'removeServer', rackId: 'A-03', uPosition: 5 })
    const two = edited({ kind: 'removeServer', rackId: 'A-03', uPosition: 17 }, one)
    expect(uPositions(two, 'A-03')).toEqual([2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 18, 20, 22])
    expect(uPositions(two, 'A-04')).toEqual(uPositions(original, 'A-04'))
    const none = applyEdit(original, { kind: 'removeServer', rackId: 'A-03', uPosition: 14 })
    expect(none.ok || none.problem).toBe('no server occupies U14 of rack "A-03"')
  })

  it('adds a catalogue model given whole to serverModels once, and keeps it when its last server goes', () => {
    const model: ServerModelInput = {
      id: 'dell-r830',
      uHeight: 2,
      airflowM3s: 0.05,
      power: { kind: 'specpower', catalog: 'dell-poweredge-r830-4x-xeon-e5-4669-v4' },
    }
    const doc = edited({ kind: 'addServers', rackId: 'B-12', model, uPosition: 30, count: 2 })
    const again = edited({ kind: 'addServers', rackId: 'B-11', model, uPosition: 30, count: 1 }, doc)
    expect(again.serverModels.map((m) => m.id)).toEqual(['dell-r640', 'dell-r740', 'dell-r830'])
    expect(uPositions(again, 'B-12').slice(-2)).toEqual([30, 32])
    const removed = edited({ kind: 'removeServer', rackId: 'B-11', uPosition: 31 }, again)
    expect(removed.serverModels).toHaveLength(3)
  })

  it('labels edits for the history', () => {
    expect(editLabel({ kind: 'moveRack', rackId: 'A-03', xM: 1, yM: 2 })).toBe('Move rack A-03')
    expect(
      editLabel({ kind: 'addServers', rackId: 'A-03', model: 'dell-r740', uPosition: 30, count: 2 }),
    ).toBe('Add 2 servers dell-r740 to A-03 at U30')
    expect(editLabel({ kind: 'setSetpoint', unitId: 'crah-1', supplySetpointC: 22 })).toBe(
      'Set crah-1 setpoint to 22 °C',
    )
  })
})
