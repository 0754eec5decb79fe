import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../sim/index.ts'
import { upsHallInput } from '../sim/forecast/run/runHalls.ts'
import { planForecast, runForecast, todayCapacityOf } from '../sim/forecast/run/index.ts'
import type { ReplicaRecord } from '../sim/forecast/run/index.ts'
import { shardIndices } from '../sim/forecast/montecarlo/index.ts'
import { sharedPlanOf, type ForecastTaskInput } from '../sim/forecast/montecarlo/forecastTask.ts'
import { runReplicas } from './replicaPool.ts'
import { shardText } from './shard.ts'
import { mergedOutput } from './shardMerge.ts'

// 450 kW growing 3 ± 1 %/month against a 700 kW UPS: replicas differ, so order and seeding matter. The chiller
// fails every 5,000 h on average: sampled failures cross the cooling line in some replicas.
const scenario = parseScenarioText(
  JSON.stringify(
    upsHallInput(
      { demand: { kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 } },
      (s) => (s.reliability = { chiller: { mtbfH: 5000 } }),
    ),
  ),
  'ups-hall.json',
)
const input: ForecastTaskInput = { scenario, months: 18, seed: 7 }
const task = {
  modulePath: 'sim/forecast/montecarlo/forecastTask.ts',
  exportName: 'forecastReplicaTask',
  input,
}

describe('forecast replicas on the worker pool', () => {
  it('give runForecast’s records on 1 and 2 threads', { timeout: 240_000 }, async () => {
    const { records } = runForecast(scenario, { months: 18, replicas: 6, seed: 7 })
    const indices = shardIndices(6)
    const one = await runReplicas<ForecastTaskInput, ReplicaRecord>(task, indices, { workers: 1 })
    const two = await runReplicas<ForecastTaskInput, ReplicaRecord>(task, indices, { workers: 2 })
    expect(one.map((r) => r.value)).toEqual(records)
    expect(two).toEqual(one)
    expect(records.some((r) => r.lines.some((l) => l.cause === 'failure'))).toBe(true)
    // The plan made here and sent as data: the threads rebuild its operating points instead of re-planning.
    const plan = sharedPlanOf(planForecast(scenario, { months: 18 }))
    const shared = await runReplicas<ForecastTaskInput, ReplicaRecord>(
      { ...task, input: { ...input, plan } },
      indices,
      {
        workers: 2,
      },
    )
    expect(shared).toEqual(one)
  })
})

describe('forecast shards', () => {
  it('merge byte-identical to the unsharded forecast JSON', { timeout: 240_000 }, async () => {
    const { records, summary } = runForecast(scenario, { months: 18, replicas: 6, seed: 7 })
    const today = todayCapacityOf(planForecast(scenario, { months: 18 }))
    const header = { kind: 'forecast', replicas: 6, months: 18, seed: 7, failures: true, today }
    const byIndex = records.map((value, index) => ({ index, value }))
    const parts = [0, 1].map((k) => ({
      name: `part-${k}`,
      text: shardText(
        header,
        { index: k, count: 2 },
        byIndex.filter((r) => r.index % 2 === k),
      ),
    }))
    expect(mergedOutput(parts)).toBe(JSON.stringify({ forecast: summary }, null, 2) + '\n')
  })
})
