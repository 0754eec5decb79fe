import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ScenarioInput } from '../scenario/schema.ts'
import { applyEdit } from './index.ts'

const large = JSON.parse(
  readFileSync(new URL('../../scenarios/large-hall.json', import.meta.url), 'utf8'),
) as ScenarioInput

describe('feeds follow removed racks', () => {
  it('removing row W1 of the large hall drops "W1-*" from the feed that also holds "W2-*", nothing else', () => {
    const result = applyEdit(large, { kind: 'removeRow', rowId: 'W1' })
    if (!result.ok) throw new Error(result.problem)
    const before = large.powerChain!.feeds
    const after = result.doc.powerChain!.feeds
    expect(before[0].racks).toEqual(['W1-*', 'W2-*'])
    expect(after[0]).toEqual({ ...before[0], racks: ['W2-*'] })
    expect(after.slice(1)).toEqual(before.slice(1))
  })

  it('drops a feed whose only pattern named the removed rack, and keeps "*"', () => {
    const hall: ScenarioInput = {
      ...large,
      powerChain: {
        ...large.powerChain!,
        feeds: [{ ...large.powerChain!.feeds[0], racks: 'W1-01' }, ...large.powerChain!.feeds],
      },
    }
    const result = applyEdit(hall, { kind: 'removeRack', rackId: 'W1-01' })
    if (!result.ok) throw new Error(result.problem)
    expect(result.doc.powerChain!.feeds).toEqual(large.powerChain!.feeds)
  })
})
