// A new hall's document and the row template read from a hall, checked by hand against the shipped files.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../sim/index.ts'
import type { ScenarioInput } from '../../sim/index.ts'
import { DEFAULT_ROW_TEMPLATE, templateOf } from '../state/rowTemplate.ts'
import { newHallDoc, startDateOf } from './newHall.ts'

const defaultDoc = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as ScenarioInput

describe('new hall', () => {
  const at = Date.parse('2026-12-07T13:20:42.512Z')

  it('starts now, to the minute, in UTC', () => {
    expect(startDateOf(at)).toBe('2026-12-07T13:20:00Z')
  })

  it('is an empty room with a UPS of 1 kW per m²', () => {
    const doc = newHallDoc({ name: 'Hall B', widthM: 20, depthM: 15.5 }, at)
    expect(doc).toEqual({
      version: 1,
      name: 'Hall B',
      seed: 1,
      startDate: '2026-12-07T13:20:00Z',
      room: { widthM: 20, depthM: 15.5 },
      serverModels: [],
      rows: [],
      coolingUnits: [],
      workload: { kind: 'constant', utilization: 0.5 },
      electrical: { upsCapacityKw: 310 }, // 20 × 15.5 = 310 m²
    })
    expect(newHallDoc({ name: 'Closet', widthM: 2, depthM: 0.2 }, at).electrical?.upsCapacityKw).toBe(1)
  })

  it('validates empty, as the engine runs it', () => {
    expect(parseScenario(newHallDoc({ name: 'Hall B', widthM: 20, depthM: 15 }, at)).name).toBe('Hall B')
  })

  it('validates once it holds a row, a unit and a model', () => {
    const doc = newHallDoc({ name: 'Hall B', widthM: 20, depthM: 15 }, at)
    const filled: ScenarioInput = {
      ...doc,
      serverModels: defaultDoc.serverModels,
      rows: [defaultDoc.rows[0]],
      coolingUnits: [defaultDoc.coolingUnits[0]],
    }
    expect(parseScenario(filled).name).toBe('Hall B')
  })
})

describe('row template of a hall', () => {
  it('reads default.json row A: 12 racks of 8 kW, 12 Dell R640 on the catalogue curve', () => {
    expect(templateOf(defaultDoc)).toEqual({
      racksPerRow: 12,
      rackWidthM: 0.6,
      rackDepthM: 1.2,
      uHeight: 42,
      powerBudgetKw: 8,
      serverModel: 'dell-poweredge-r640-2x-xeon-platinum-8180',
      serversPerRack: 12,
    })
  })

  it('is the default for a hall without rows', () => {
    expect(templateOf(newHallDoc({ name: 'x', widthM: 10, depthM: 10 }))).toBe(DEFAULT_ROW_TEMPLATE)
  })
})
