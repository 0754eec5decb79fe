import { describe, expect, it } from 'vitest'
import { reliabilitySchema } from '../sim/scenario/reliabilitySchema.ts'
import { coolingLossReplica, shardIndices } from '../sim/forecast/montecarlo/index.ts'
import type { CoolingLoss, CoolingLossInput } from '../sim/forecast/montecarlo/index.ts'
import { runReplicas } from './replicaPool.ts'

const input: CoolingLossInput = {
  scenarioSeed: 5,
  horizonH: 24 * 730,
  unitIds: ['crah-1', 'crah-2', 'crah-3', 'crah-4'],
  spareUnits: 1,
  reliability: reliabilitySchema.parse({ coolingUnit: { mtbfH: 3000, mttrH: 150 } }),
}
const task = {
  modulePath: 'sim/forecast/montecarlo/coolingLossReplica.ts',
  exportName: 'coolingLossReplica',
  input,
}

describe('runReplicas on worker threads', () => {
  it(
    'gives identical records on 1 and 2 workers, equal to running each replica here',
    { timeout: 120_000 },
    async () => {
      const indices = shardIndices(24)
      const one = await runReplicas<CoolingLossInput, CoolingLoss>(task, indices, { workers: 1 })
      const two = await runReplicas<CoolingLossInput, CoolingLoss>(task, indices, { workers: 2, chunk: 5 })
      expect(two).toEqual(one)
      expect(one).toEqual(indices.map((index) => ({ index, value: coolingLossReplica(input, index) })))
    },
  )

  it('names a missing export in the error', { timeout: 60_000 }, async () => {
    await expect(runReplicas({ ...task, exportName: 'nothing' }, [0], { workers: 1 })).rejects.toThrow(
      /exports no function "nothing"/,
    )
    await expect(runReplicas(task, [0], { workers: 0 })).rejects.toThrow(/--workers/)
  })
})
