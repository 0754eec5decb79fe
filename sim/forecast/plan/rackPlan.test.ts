import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenario, ScenarioError } from '../../scenario/parse.ts'
import { rackPlanOf } from './rackPlan.ts'

type ScenarioJson = { growth?: { decommissions: object[] } }
const growthJson = () => JSON.parse(readFileSync('scenarios/growth.json', 'utf8')) as ScenarioJson

describe('rackPlanOf on scenarios/growth.json', () => {
  const plan = rackPlanOf(parseScenario(growthJson(), 'growth.json'))

  it("places row A's two added racks after A-12 and row C's six where the row starts", () => {
    // Row A: 12 racks of 0.6 m from x = 4.4 m, so A-13's centre is 4.4 + 12·0.6 + 0.3 = 11.9 m, A-14's 12.5 m,
    // both at y = 3.3 + 1.2/2 = 3.9 m. Row C starts at (4.4, 8.7): C-01 at x = 4.7, C-06 at 4.4 + 5·0.6 + 0.3 = 7.7.
    const at = (id: string) => plan.planned.find((r) => r.id === id)
    expect(plan.planned.map((r) => r.id)).toEqual([
      'A-13',
      'A-14',
      'C-01',
      'C-02',
      'C-03',
      'C-04',
      'C-05',
      'C-06',
    ])
    expect(at('A-13')).toMatchObject({
      fromDate: '2026-07-01',
      serverCount: 12,
      powerBudgetKw: 8,
      facing: '+y',
    })
    expect(at('A-13')!.xM).toBeCloseTo(11.9, 9)
    expect(at('A-14')!.xM).toBeCloseTo(12.5, 9)
    expect(at('A-13')!.yM).toBeCloseTo(3.9, 9)
    expect(at('C-01')).toMatchObject({
      fromDate: '2027-01-04',
      serverCount: 20,
      powerBudgetKw: 10,
      untilDate: null,
    })
    expect(at('C-01')!.xM).toBeCloseTo(4.7, 9)
    expect(at('C-06')!.xM).toBeCloseTo(7.7, 9)
    expect(at('C-06')!.yM).toBeCloseTo(9.3, 9)
  })

  it('labels one group per row and date, centred on its racks', () => {
    expect(plan.groups.map((g) => [g.rowId, g.date, g.rackIds.length])).toEqual([
      ['A', '2026-07-01', 2],
      ['C', '2027-01-04', 6],
    ])
    // (11.9 + 12.5)/2 = 12.2; (4.7 + … + 7.7)/6 = 6.2
    expect(plan.groups[0].xM).toBeCloseTo(12.2, 9)
    expect(plan.groups[1].xM).toBeCloseTo(6.2, 9)
  })

  it('marks B-01 as leaving on 2027-06-01; a server decommission takes out no rack', () => {
    expect(plan.leaving).toEqual([
      { id: 'B-01', rowId: 'B', date: '2027-06-01', epochS: Date.UTC(2027, 5, 1) / 1000 },
    ])
  })
})

describe('rackPlanOf', () => {
  it('gives a planned rack that is decommissioned later its end date, and a hall without growth no plan', () => {
    const json = growthJson()
    json.growth!.decommissions.push({ kind: 'row', date: '2027-09-01', row: 'C' })
    const plan = rackPlanOf(parseScenario(json))
    expect(plan.planned.filter((r) => r.rowId === 'C').map((r) => r.untilDate)).toEqual(
      Array(6).fill('2027-09-01'),
    )
    expect(plan.leaving.map((r) => r.id)).toEqual(['B-01'])
    delete json.growth
    expect(rackPlanOf(parseScenario(json))).toEqual({ planned: [], leaving: [], groups: [], units: [] })
  })

  it('plans a cooling unit a deployment installs, where its spec puts it', () => {
    const json = growthJson() as ScenarioJson & { growth: { deployments: object[] } }
    const crah4 = {
      id: 'crah-4',
      type: 'crah',
      xM: 15.4,
      yM: 7.5,
      capacityKw: 80,
      airflowM3s: 9,
      supplySetpointC: 20,
      fanPowerW: 5000,
    }
    json.growth.deployments.push({ kind: 'coolingUnit', date: '2027-03-01', unit: crah4 })
    const plan = rackPlanOf(parseScenario(json))
    expect(plan.units).toEqual([
      expect.objectContaining({ id: 'crah-4', xM: 15.4, yM: 7.5, capacityKw: 80, fromDate: '2027-03-01' }),
    ])
    expect(plan.planned).toHaveLength(8)
  })

  it('names the change that does not apply by its JSON path', () => {
    const scenario = parseScenario(growthJson())
    const broken = {
      ...scenario,
      growth: {
        ...scenario.growth!,
        decommissions: [{ kind: 'rack' as const, date: '2026-03-01', rack: 'Z-99' }],
      },
    }
    expect(() => rackPlanOf(broken, 'mine.json')).toThrow(ScenarioError)
    expect(() => rackPlanOf(broken, 'mine.json')).toThrow(
      /mine\.json: \$\.growth\.decommissions\[0\]\.rack: no rack "Z-99"/,
    )
  })
})
