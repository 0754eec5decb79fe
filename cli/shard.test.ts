import { describe, expect, it } from 'vitest'
import { reliabilitySchema } from '../sim/scenario/reliabilitySchema.ts'
import { coolingLossReplica, shardIndices } from '../sim/forecast/montecarlo/index.ts'
import type { CoolingLossInput } from '../sim/forecast/montecarlo/index.ts'
import { mergeShards, parseShard, shardText } from './shard.ts'
import type { ShardHeader } from './shard.ts'
import { mergedOutput } from './shardMerge.ts'
import { coolingLossReport } from './shardKinds.ts'

const input: CoolingLossInput = {
  scenarioSeed: 3,
  horizonH: 24 * 730,
  unitIds: ['crah-1', 'crah-2', 'crah-3'],
  spareUnits: 1,
  reliability: reliabilitySchema.parse({ coolingUnit: { mtbfH: 2500, mttrH: 120 } }),
}
const header: ShardHeader = { kind: 'coolingLoss', seed: 3, replicas: 31 }
const recordsOf = (indices: number[]) =>
  indices.map((index) => ({ index, value: coolingLossReplica(input, index) }))
const partsOf = (count: number) =>
  shardIndices(count).map((index) => ({
    name: `part-${index}.json`,
    text: shardText(header, { index, count }, recordsOf(shardIndices(31, { index, count }))),
  }))

describe('shards', () => {
  const unsharded = coolingLossReport(header, recordsOf(shardIndices(31)))

  it.each([1, 2, 3])('%i shard(s) merge byte-identical to the unsharded run', (count) => {
    // Parts given in reverse order: the merge sorts by replica index, not by file.
    expect(mergedOutput(partsOf(count).reverse())).toBe(unsharded)
  })

  it('writes +∞ as {"$number":"Infinity"} and reads it back', () => {
    const text = shardText({ ...header, replicas: 1 }, { index: 0, count: 1 }, [
      { index: 0, value: { h: Infinity } },
    ])
    expect(text).toContain('{"h":{"$number":"Infinity"}}')
    expect(mergeShards([{ name: 'a', text }]).records).toEqual([{ index: 0, value: { h: Infinity } }])
  })

  it('names the missing, repeated or foreign part', () => {
    const parts = partsOf(3)
    expect(() => mergedOutput(parts.slice(0, 2))).toThrow('merge: missing shard 2/3')
    expect(() => mergedOutput([...parts, parts[1]])).toThrow(
      'part-1.json: shard 1 again (also in part-1.json)',
    )
    const other = shardText(
      { ...header, seed: 4 },
      { index: 2, count: 3 },
      recordsOf(shardIndices(31, { index: 2, count: 3 })),
    )
    expect(() => mergedOutput([parts[0], parts[1], { name: 'seed4.json', text: other }])).toThrow(
      "seed4.json: $.header: differs from part-0.json's",
    )
    expect(() => mergedOutput([{ name: 'x.json', text: '{' }])).toThrow(/x.json: not JSON/)
    const unknown = shardText(
      { ...header, kind: 'nope' },
      { index: 0, count: 1 },
      recordsOf(shardIndices(31)),
    )
    expect(() => mergedOutput([{ name: 'k.json', text: unknown }])).toThrow(/k.json: \$.header.kind: "nope"/)
  })

  it('parses --shard i/n and refuses the rest', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 })
    for (const bad of ['5/5', '1/0', 'a/2', '-1/3', '1/20000'])
      expect(() => parseShard(bad)).toThrow(/--shard/)
  })

  it('refuses writing a part whose records are not its replicas', () => {
    expect(() => shardText(header, { index: 0, count: 2 }, recordsOf([0, 1]))).toThrow(/not replicas 0 mod 2/)
  })
})
