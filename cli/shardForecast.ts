// The forecast on the replica pool and in shards (`forecast … --workers N`, `--shard i/n`): replicas run as
// sim/forecast/montecarlo/forecastTask.ts on worker threads; a shard prints its part, otherwise the records are
// summarised exactly as runForecast's are (the same reducer merge uses), so every path gives the same bytes.
import { shardIndices } from '../sim/forecast/montecarlo/index.ts'
import type { ForecastTaskInput } from '../sim/forecast/montecarlo/forecastTask.ts'
import { planForecast, summarise, todayCapacityOf } from '../sim/forecast/run/index.ts'
import type { ForecastSummary, ReplicaRecord } from '../sim/forecast/run/index.ts'
import type { Scenario } from '../sim/scenario/types.ts'
import { runReplicas } from './replicaPool.ts'
import { shardText } from './shard.ts'
import type { AdviceHeader } from './forecastAdvice.ts'
import type { ShardSpec } from './shard.ts'

const TASK_PATH = new URL('../sim/forecast/montecarlo/forecastTask.ts', import.meta.url).pathname

export interface PooledForecastOptions {
  months: number
  replicas: number
  seed: number
  /** Sample equipment failures; false: growth only. */
  failures: boolean
  workers: number
  shard?: ShardSpec
  /** What merge needs to advise as the unsharded run does; null: --no-advice. */
  advice?: AdviceHeader | null
  onReplica?: (done: number, of: number) => void
}

/** A shard's part text, or the whole run's summary. */
export async function pooledForecast(
  scenario: Scenario,
  options: PooledForecastOptions,
): Promise<{ partText: string } | { summary: ForecastSummary }> {
  const { months, replicas, seed, failures, workers, shard } = options
  // Today's breaking point and stranding are not in the records: the header carries them to merge.
  const today = todayCapacityOf(planForecast(scenario, { months }))
  const input: ForecastTaskInput = { scenario, months, seed, failures }
  const records = await runReplicas<ForecastTaskInput, ReplicaRecord>(
    { modulePath: TASK_PATH, exportName: 'forecastReplicaTask', input },
    shardIndices(replicas, shard),
    { workers, onProgress: options.onReplica },
  )
  if (shard)
    return {
      partText: shardText(
        { kind: 'forecast', replicas, months, seed, failures, today, advice: options.advice ?? null },
        shard,
        records,
      ),
    }
  return {
    summary: summarise(
      records.map((r) => r.value),
      today,
    ),
  }
}
