import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSimApi } from './simApi.ts'

describe('simApi.rackPlan', () => {
  it("gives growth.json's planned racks, and an applied recommendation's rack at its date", () => {
    const api = createSimApi()
    api.load(readFileSync('scenarios/growth.json', 'utf8'), 'growth.json')
    expect(api.rackPlan().planned.map((r) => `${r.id}@${r.fromDate}`)).toEqual([
      'A-13@2026-07-01',
      'A-14@2026-07-01',
      ...[1, 2, 3, 4, 5, 6].map((k) => `C-0${k}@2027-01-04`),
    ])
    // Row B's 12 racks of 0.6 m from x = 4.4 m: the 13th is centred at 4.4 + 12·0.6 + 0.3 = 11.9 m.
    const plan = api.rackPlan([
      {
        into: 'deployments',
        spec: { kind: 'racks', date: '2026-05-01', row: 'B', racks: { count: 1, powerBudgetKw: 8 } },
      },
    ])
    const b13 = plan.planned.find((r) => r.id === 'B-13')
    expect(b13?.fromDate).toBe('2026-05-01')
    expect(b13?.xM).toBeCloseTo(11.9, 9)
    expect(plan.groups[0]).toMatchObject({ rowId: 'B', date: '2026-05-01', rackIds: ['B-13'] })
  })

  it('names a change that does not apply by its JSON path', () => {
    const api = createSimApi()
    api.load(readFileSync('scenarios/growth.json', 'utf8'), 'growth.json')
    const bad = {
      into: 'decommissions' as const,
      spec: { kind: 'rack' as const, date: '2026-02-01', rack: 'Q-1' },
    }
    expect(() => api.rackPlan([bad])).toThrow(/\$\.growth\.decommissions\[0\]\.rack: no rack "Q-1"/)
  })
})
