import { describe, expect, it } from 'vitest'
import { reliabilitySchema } from '../../scenario/reliabilitySchema.ts'
import { assetTimeline } from './failures.ts'
import { coolingLossReplica } from './coolingLossReplica.ts'
import type { CoolingLossInput } from './coolingLossReplica.ts'
import { fanOut, inlineRunner, shardIndices, sortedRecords } from './replicas.ts'
import type { ReplicaRunner } from './replicas.ts'

const input: CoolingLossInput = {
  scenarioSeed: 11,
  horizonH: 24 * 730,
  unitIds: ['crah-1', 'crah-2', 'crah-3'],
  spareUnits: 1,
  // MTBF 2000 h, MTTR 200 h: losses of two units at once happen often enough to see within two years.
  reliability: reliabilitySchema.parse({ coolingUnit: { mtbfH: 2000, mttrH: 200 } }),
}

describe('fanOut', () => {
  it('gives the same records on 1, 2 and 3 runners and in any chunking', async () => {
    const indices = shardIndices(40)
    const one = await fanOut(indices, [inlineRunner(coolingLossReplica, input)])
    // A runner that answers late on odd chunks, so records arrive out of order.
    const slow = (): ReplicaRunner<ReturnType<typeof coolingLossReplica>> => {
      let calls = 0
      return {
        run: async (batch) => {
          if (calls++ % 2) await new Promise((r) => setTimeout(r, 5))
          return batch.map((i) => coolingLossReplica(input, i))
        },
      }
    }
    expect(await fanOut(indices, [slow(), slow()], { chunk: 3 })).toEqual(one)
    expect(await fanOut(indices, [slow(), slow(), slow()], { chunk: 1 })).toEqual(one)
    expect(one.map((r) => r.index)).toEqual(indices)
    expect(one.some((r) => r.value.firstLossH !== null)).toBe(true)
  })

  it('splits replicas into shards i ≡ k mod n that together hold each index once', () => {
    expect(shardIndices(7, { index: 1, count: 3 })).toEqual([1, 4])
    const all = [0, 1, 2].flatMap((k) => shardIndices(7, { index: k, count: 3 }))
    expect(all.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('reports progress and stops on abort', async () => {
    const seen: number[] = []
    await fanOut(shardIndices(6), [inlineRunner(coolingLossReplica, input)], {
      chunk: 2,
      onProgress: (done) => seen.push(done),
    })
    expect(seen).toEqual([2, 4, 6])
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    await expect(
      fanOut(shardIndices(6), [inlineRunner(coolingLossReplica, input)], { signal: controller.signal }),
    ).rejects.toThrow(/cancelled/)
  })

  it('refuses a replica recorded twice', () => {
    expect(() =>
      sortedRecords([
        { index: 2, value: 0 },
        { index: 2, value: 1 },
      ]),
    ).toThrow(/replica 2 appears twice/)
  })
})

describe('coolingLossReplica', () => {
  it('with one unit and no spare, the first loss is that unit’s first failure', () => {
    const one = { ...input, unitIds: ['crah-1'], spareUnits: 0 }
    const [first] = assetTimeline({ id: 'crah-1', kind: 'coolingUnit' }, input.reliability, {
      scenarioSeed: 11,
      replicaIndex: 0,
      horizonH: input.horizonH,
    })
    expect(coolingLossReplica(one, 0).firstLossH).toBe(first.failH)
    // With as many spares as units nothing is ever lost.
    expect(coolingLossReplica({ ...input, spareUnits: 3 }, 0).firstLossH).toBeNull()
  })
})
