// The model picker: the hall's models, then catalogue curves the hall does not use; a picked curve becomes a
// server model the scenario parser accepts and the engine draws the published watts for.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../../sim/index.ts'
import type { ScenarioInput } from '../../../sim/index.ts'
import type { ServerModelInput } from '../../../sim/edit/edit.ts'
import { SPECPOWER_CATALOG } from '../../../sim/catalog/specpower.ts'
import { modelChoices, modelForEdit, pickedModelKey } from './modelChoices.ts'
import { modelPowers } from './serverWatts.ts'

const doc = (): ScenarioInput =>
  JSON.parse(readFileSync(new URL('../../../scenarios/default.json', import.meta.url), 'utf8'))

describe('model choices', () => {
  it("lists the default hall's two models first, then the 18 catalogue curves it does not use", () => {
    const { hall, catalogue } = modelChoices(parseScenario(doc()).serverModels)
    expect(hall.map((c) => c.key)).toEqual(['hall:dell-r640', 'hall:dell-r740'])
    expect(hall[1].uHeight).toBe(2)
    expect(catalogue).toHaveLength(SPECPOWER_CATALOG.length - 2)
    expect(catalogue.some((c) => c.key === 'catalogue:dell-poweredge-r640-2x-xeon-platinum-8180')).toBe(false)
    expect(catalogue.every((c) => c.uHeight === null)).toBe(true)
  })

  it('passes a hall model by id and a catalogue curve as a whole model, the U height in its id beyond 1 U', () => {
    expect(modelForEdit('hall:dell-r740', 2)).toBe('dell-r740')
    const g5 = modelForEdit('catalogue:hp-proliant-ml110-g5-1x-xeon-3075', 1) as ServerModelInput
    expect(g5.id).toBe('hp-proliant-ml110-g5-1x-xeon-3075')
    expect((modelForEdit('catalogue:acer-ar360-f2', 2) as ServerModelInput).id).toBe('acer-ar360-f2-2u')
    expect(() => modelForEdit('catalogue:no-such-server', 1)).toThrow(
      'no SPECpower catalogue entry "no-such-server"',
    )
  })

  it('gives a model the parser accepts: 93.7 W idle, 135 W at full load; airflow 0.0828 m³/s per kW', () => {
    const hall = doc()
    const model = modelForEdit('catalogue:hp-proliant-ml110-g5-1x-xeon-3075', 2) as ServerModelInput
    hall.serverModels.push(model)
    hall.rows[0].racks[0].servers?.push({ model: model.id, uPosition: 30, count: 2 })
    const parsed = parseScenario(hall)
    const m = parsed.serverModels.findIndex((s) => s.id === model.id)
    expect(parsed.racks[0].servers.filter((s) => s.modelIndex === m).map((s) => s.uPosition)).toEqual([
      30, 32,
    ])
    const [power] = modelPowers([parsed.serverModels[m]])
    expect([power(0, 20), power(1, 20)]).toEqual([93.7, 135])
    expect(model.airflowM3sPerKw).toBe(0.0828)
  })

  it('follows an added curve into the hall models, and starts an empty hall on the catalogue', () => {
    const g5 = 'catalogue:hp-proliant-ml110-g5-1x-xeon-3075'
    const hall = parseScenario(doc())
    const before = modelChoices(hall.serverModels)
    expect(pickedModelKey(before, g5, 1)).toBe(g5)
    expect(pickedModelKey(before, '', 1)).toBe('hall:dell-r640')
    const added = modelForEdit(g5, 2) as ServerModelInput
    const after = modelChoices([
      ...hall.serverModels,
      {
        id: added.id,
        name: added.name,
        uHeight: 2,
        power: { kind: 'specpower', catalog: 'hp-proliant-ml110-g5-1x-xeon-3075' },
      },
    ])
    expect(pickedModelKey(after, g5, 2)).toBe('hall:hp-proliant-ml110-g5-1x-xeon-3075-2u')
    expect(pickedModelKey(after, 'hall:gone', 1)).toBe('hall:dell-r640')
    const empty = modelChoices([])
    expect(empty.catalogue).toHaveLength(SPECPOWER_CATALOG.length)
    expect(pickedModelKey(empty, '', 1)).toBe(`catalogue:${SPECPOWER_CATALOG[0].id}`)
  })
})
