// Dated deployments, decommissions and refreshes applied to the tiny hall, and every refusal named by JSON path.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import type { ScenarioInput } from '../../scenario/schema.ts'
import { scenarioProblems } from '../../testing/scenarioProblems.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { inventoryAt } from './inventory.ts'
import { scenarioAt } from './scenarioAt.ts'

type Growth = NonNullable<ScenarioInput['growth']>
const demand = { kind: 'compound', percentPerMonth: 2 } as const

// Row A: two racks 0.6 m wide from x = 2 m, facing +y, ten 1U "box" servers each from U1 (tinyHall).
function hall(growth: Partial<Growth>): ScenarioInput {
  return tinyHall({}, (s) => {
    s.serverModels.push(
      { id: 'big', uHeight: 2, power: { kind: 'linear', idleW: 200, maxW: 600 }, airflowM3s: 0.08 },
      { id: 'box2', uHeight: 1, power: { kind: 'linear', idleW: 80, maxW: 250 }, airflowM3s: 0.04 },
    )
    s.growth = { demand, ...growth }
  })
}

const plan: Partial<Growth> = {
  deployments: [
    { kind: 'servers', date: '2026-03-01', rack: 'A-01', model: 'big', uPosition: 11, count: 3 },
    { kind: 'racks', date: '2026-04-01', row: 'A', racks: { count: 2, powerBudgetKw: 6 } },
    {
      kind: 'row',
      date: '2026-05-01',
      row: { id: 'B', xM: 2, yM: 4, axis: 'x', facing: '-y', racks: [{ count: 1, powerBudgetKw: 5 }] },
    },
  ],
  decommissions: [
    { kind: 'servers', date: '2026-06-01', rack: 'A-01', uPosition: 1, count: 2 },
    { kind: 'rack', date: '2026-07-01', rack: 'A-02' },
  ],
  refreshes: [{ date: '2026-08-01', from: 'box', to: 'box2', racks: ['A-01'] }],
}

describe('scenarioAt', () => {
  const scenario = parseScenario(hall(plan), 'plan.json')
  const rackIds = (date: string) => scenarioAt(scenario, date).racks.map((r) => r.id)

  it('applies what is in force on each date and nothing later', () => {
    expect(inventoryAt(scenario, Date.UTC(2026, 1, 28) / 1000)).toEqual([])
    expect(inventoryAt(scenario, '2026-04-01').map((c) => `${c.list}[${c.index}]`)).toEqual([
      'deployments[0]',
      'deployments[1]',
    ])
    expect(scenarioAt(scenario, '2026-02-28')).toBe(scenario)
    // 3 × 2U "big" from U11: U11–16, after the ten boxes.
    const march = scenarioAt(scenario, '2026-03-01').racks[0].servers
    expect(march).toHaveLength(13)
    expect(march.slice(10)).toEqual([11, 13, 15].map((u) => ({ modelIndex: 1, uPosition: u })))
    expect(rackIds('2026-04-01')).toEqual(['A-01', 'A-02', 'A-03', 'A-04'])
    expect(rackIds('2026-05-01')).toEqual(['A-01', 'A-02', 'A-03', 'A-04', 'B-01'])
    expect(rackIds('2026-07-01')).toEqual(['A-01', 'A-03', 'A-04', 'B-01'])
  })

  it('lays added racks on at the row end and a new row at its own position', () => {
    const racks = scenarioAt(scenario, '2026-05-01').racks
    // A-02's centre is 2 + 0.9 = 2.9 m: A-03 at 3.5 m, A-04 at 4.1 m, all at y = 2 + 0.6 = 2.6 m.
    expect(racks[2].xM).toBeCloseTo(3.5, 12)
    expect(racks[3].xM).toBeCloseTo(4.1, 12)
    expect(racks[3].yM).toBeCloseTo(2.6, 12)
    expect(racks.map((r) => r.rowEnd)).toEqual([true, false, false, true, true])
    expect([racks[4].xM, racks[4].yM, racks[4].facing]).toEqual([2.3, 4.6, '-y'])
    expect(racks[2].powerBudgetKw).toBe(6)
  })

  it('decommissions servers and racks, refreshes a model, and applies later changes to what is left', () => {
    const june = scenarioAt(scenario, '2026-06-01').racks[0].servers
    expect(june.map((s) => s.uPosition).slice(0, 2)).toEqual([3, 4])
    const august = scenarioAt(scenario, '2026-08-01')
    // A-01 keeps 8 boxes, now box2 (model 2), and its 3 big servers.
    expect(august.racks[0].servers.map((s) => s.modelIndex)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1])
    expect(august.racks[1].servers).toEqual([]) // A-03 came empty; the refresh named only A-01
    // Step by step equals at once, and the applied changes are dropped from the result's growth.
    const stepped = scenarioAt(scenarioAt(scenario, '2026-04-15'), '2026-08-01')
    expect(stepped.racks).toEqual(august.racks)
    expect(august.growth?.deployments).toEqual([])
    expect(scenario.racks).toHaveLength(2) // the original is untouched
  })
})

describe('growth refused by JSON path', () => {
  const problems = (growth: Partial<Growth>) => scenarioProblems(hall(growth), 'g.json')

  it('names unknown racks and models and a rack that is gone by then', () => {
    expect(
      problems({
        deployments: [
          { kind: 'servers', date: '2026-03-01', rack: 'Z-01', model: 'box', uPosition: 20 },
          { kind: 'servers', date: '2026-03-02', rack: 'A-01', model: 'nope', uPosition: 20 },
          { kind: 'servers', date: '2026-09-01', rack: 'A-02', model: 'box', uPosition: 20 },
        ],
        decommissions: [{ kind: 'rack', date: '2026-04-01', rack: 'A-02' }],
        refreshes: [{ date: '2026-05-01', from: 'box', to: 'gone' }],
      }),
    ).toEqual([
      'g.json: $.growth.deployments[0].rack: no rack "Z-01" is in the hall on 2026-03-01',
      'g.json: $.growth.deployments[1].model: no server model has id "nope"',
      'g.json: $.growth.refreshes[0].to: no server model has id "gone"',
      'g.json: $.growth.deployments[2].rack: no rack "A-02" is in the hall on 2026-09-01',
    ])
  })

  it('names dates out of order and before the start', () => {
    expect(
      problems({
        decommissions: [
          { kind: 'servers', date: '2026-05-01', rack: 'A-01', uPosition: 1 },
          { kind: 'servers', date: '2026-04-01', rack: 'A-01', uPosition: 2 },
          { kind: 'servers', date: '2025-12-31', rack: 'A-02', uPosition: 1 },
        ],
      }),
    ).toEqual([
      "g.json: $.growth.decommissions[1].date: 2026-04-01 is before decommissions[0]'s date: keep the list in date order",
      "g.json: $.growth.decommissions[2].date: 2025-12-31 is before the scenario's startDate",
    ])
  })

  it('names a deployment that does not fit the rack: above its U, onto a taken U, outside the room', () => {
    expect(
      problems({
        deployments: [
          { kind: 'servers', date: '2026-03-01', rack: 'A-01', model: 'big', uPosition: 41, count: 1 },
          { kind: 'servers', date: '2026-03-01', rack: 'A-01', model: 'big', uPosition: 42, count: 1 },
          { kind: 'servers', date: '2026-03-01', rack: 'A-02', model: 'big', uPosition: 9, count: 1 },
          { kind: 'racks', date: '2026-04-01', row: 'A', racks: { count: 12, powerBudgetKw: 6 } },
        ],
      }),
    ).toEqual([
      'g.json: $.growth.deployments[1]: server 1 of 1: would reach U43, above rack "A-01"\'s 42 U',
      'g.json: $.growth.deployments[2]: server 1 of 1: U9 of rack "A-02" is already taken',
      // 2 + 14 × 0.6 = 10.4 m: the last rack's far edge passes the 10 m wall.
      'g.json: $.growth.deployments[3].racks: rack "A-14" at (10.10, 2.60) m lies outside the 10 × 6 m room',
    ])
  })

  it('names a refresh whose model is taller than the gap and one with nothing to refresh', () => {
    expect(
      problems({
        refreshes: [
          { date: '2026-03-01', from: 'box', to: 'big', racks: ['A-01'] },
          { date: '2026-03-01', from: 'big', to: 'box' },
        ],
      }),
    ).toEqual([
      'g.json: $.growth.refreshes[0]: "big" at U1: U2 of rack "A-01" is already taken',
      'g.json: $.growth.refreshes[1]: no "big" server is in the racks refreshed on 2026-03-01',
    ])
  })
})
