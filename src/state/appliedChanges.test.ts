import { describe, expect, it } from 'vitest'
import type { Recommendation } from '../../sim/forecast/advice/recommendation.ts'
import { growthEntriesOf, isApplied, recommendationKey } from './appliedChanges.ts'

const rack: Recommendation = {
  action: 'addRacks',
  target: 'A',
  by: '2026-09-01',
  byMonth: 7.9,
  resolves: 'rackSpace:A',
  reason: 'row A is full by month 8',
  changes: [
    {
      into: 'deployments',
      spec: { kind: 'racks', date: '2026-09-01', row: 'A', racks: { count: 2, powerBudgetKw: 8 } },
    },
  ],
  verified: true,
  crossingBeforeMonth: 7.9,
  crossingAfterMonth: null,
}
const move: Recommendation = {
  ...rack,
  action: 'moveLoad',
  target: 'B-12',
  changes: [
    {
      into: 'decommissions',
      spec: { kind: 'servers', date: '2026-09-01', rack: 'B-12', uPosition: 2, count: 2 },
    },
    {
      into: 'deployments',
      spec: {
        kind: 'servers',
        date: '2026-09-01',
        rack: 'A-01',
        model: 'dell-r640',
        uPosition: 30,
        count: 2,
      },
    },
  ],
}

describe('appliedChanges', () => {
  it('tells recommendations apart by action, target and date', () => {
    expect(recommendationKey(rack)).toBe('addRacks A 2026-09-01')
    expect(isApplied([rack], { ...rack, reason: 'other words' })).toBe(true)
    expect(isApplied([rack], { ...rack, by: '2026-10-01' })).toBe(false)
  })

  it("writes the applied changes as the growth section's lists, in order, specs unchanged", () => {
    expect(growthEntriesOf([rack, move])).toEqual({
      deployments: [rack.changes[0].spec, move.changes[1].spec],
      decommissions: [move.changes[0].spec],
    })
  })
})
