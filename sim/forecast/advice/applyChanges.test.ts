// applyChanges: a recommendation's changes land in the growth section in date order, the scenario it came from is
// untouched, and a bad change is named by its path in the change list.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../../scenario/parse.ts'
import { scenarioAt } from '../growth/scenarioAt.ts'
import { applyChanges } from './applyChanges.ts'
import type { ScenarioChange } from './recommendation.ts'

const read = (name: string) =>
  parseScenarioText(readFileSync(join(import.meta.dirname, '../../../scenarios', name), 'utf8'), name)
const growth = read('growth.json')
const plain = read('default.json')

const fourMore: ScenarioChange = {
  into: 'deployments',
  spec: { kind: 'servers', date: '2026-05-01', rack: 'A-03', model: 'dell-r640', uPosition: 24, count: 4 },
}

describe('applyChanges', () => {
  it('inserts a deployment after the ones dated before it and leaves the input alone', () => {
    const applied = applyChanges(growth, [fourMore])
    const dates = applied.growth!.deployments.map((d) => d.date)
    // growth.json deploys on 2026-04-01 (twice), 2026-07-01 and 2027-01-04: the May change goes third.
    expect(dates).toEqual(['2026-04-01', '2026-04-01', '2026-05-01', '2026-07-01', '2027-01-04'])
    expect(growth.growth!.deployments).toHaveLength(4)
    // Applied by scenarioAt from its date: A-03's 16 servers become 20 on 2026-05-01, not the day before.
    const a03 = (d: string) => scenarioAt(applied, d).racks.find((r) => r.id === 'A-03')!.servers.length
    expect([a03('2026-04-30'), a03('2026-05-01')]).toEqual([16, 20])
  })

  it('creates a flat-demand growth section for a scenario without one', () => {
    expect(plain.growth).toBeUndefined()
    const applied = applyChanges(plain, [{ ...fourMore, spec: { ...fourMore.spec, date: '2026-03-01' } }])
    expect(applied.growth!.demand).toEqual({ kind: 'compound', percentPerMonth: 0, sigmaPercentPerMonth: 0 })
    expect(applied.growth!.deployments).toHaveLength(1)
    expect(applied.growth!.decommissions).toEqual([])
  })

  it('names the path of every bad change', () => {
    const bad = [
      fourMore,
      { into: 'deployments', spec: { ...fourMore.spec, count: 0 } },
      { into: 'decommissions', spec: { kind: 'rack', date: 'soon', rack: 'A-01' } },
      { into: 'elsewhere', spec: {} },
    ] as unknown as ScenarioChange[]
    expect(() => applyChanges(growth, bad, 'advice')).toThrow(
      [
        'advice: $.changes[1].spec.count: must be at least 1',
        'advice: $.changes[2].spec.date: Invalid ISO date',
        'advice: $.changes[3].into: "elsewhere" is not one of deployments, decommissions, refreshes',
      ].join('\n'),
    )
  })
})
