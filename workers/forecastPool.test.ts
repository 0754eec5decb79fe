import { describe, expect, it } from 'vitest'
import { reliabilitySchema } from '../sim/scenario/reliabilitySchema.ts'
import { coolingLossReplica, shardIndices } from '../sim/forecast/montecarlo/index.ts'
import type { CoolingLoss, CoolingLossInput } from '../sim/forecast/montecarlo/index.ts'
import { exposeReplicas, runReplicasOn } from './forecastPool.ts'

const input: CoolingLossInput = {
  scenarioSeed: 21,
  horizonH: 24 * 730,
  unitIds: ['crah-1', 'crah-2', 'crah-3'],
  spareUnits: 1,
  reliability: reliabilitySchema.parse({ coolingUnit: { mtbfH: 2000, mttrH: 200 } }),
}

// Each MessageChannel stands in for a Web Worker's port: the same structured clone and comlink protocol.
function endpoints(count: number) {
  return Array.from({ length: count }, () => {
    const channel = new MessageChannel()
    exposeReplicas(coolingLossReplica, channel.port1)
    return channel.port2
  })
}

describe('the browser pool over comlink', () => {
  it('gives the records of running each replica here, on 1 and 3 endpoints', async () => {
    const indices = shardIndices(20)
    const expected = indices.map((index) => ({ index, value: coolingLossReplica(input, index) }))
    const one = endpoints(1)
    const three = endpoints(3)
    expect(await runReplicasOn<CoolingLossInput, CoolingLoss>(one, input, indices)).toEqual(expected)
    expect(await runReplicasOn<CoolingLossInput, CoolingLoss>(three, input, indices, { chunk: 2 })).toEqual(
      expected,
    )
    for (const port of [...one, ...three]) port.close()
  })
})
