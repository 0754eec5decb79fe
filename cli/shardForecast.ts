// The forecast on the replica pool and in shards (`forecast … --workers N`, `--shard i/n`): replicas run as
// sim/forecast/montecarlo/forecastTask.ts on worker threads; a shard prints its part, otherwise the records are
// summarised exactly as runForecast's are (the same reducer merge uses), so every path gives the same bytes.
import { fanOut, shardIndices } from '../sim/forecast/montecarlo/index.ts'
import { sharedPlanOf, type ForecastTaskInput } from '../sim/forecast/montecarlo/forecastTask.ts'
import { forecastReplica, planForecast, summarise, todayCapacityOf } from '../sim/forecast/run/index.ts'
import type { ForecastSummary, ReplicaRecord, TodayCapacity } from '../sim/forecast/run/index.ts'
import type { Scenario } from '../sim/scenario/types.ts'
import { checkWorkers, startReplicaPool } from './replicaPool.ts'
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

/** Lets the event loop hand the threads their next chunks between this thread's replicas. */
const turn = () => new Promise<void>((done) => setImmediate(done))

/**
 * A shard's part text, or the whole run's summary. With `workers` N the threads (N − 1 of them) start first, so
 * their start-up overlaps this thread's plan; the plan goes to them as data, and this thread then works out
 * today's capacity and runs replicas alongside them.
 */
export async function pooledForecast(
  scenario: Scenario,
  options: PooledForecastOptions,
): Promise<{ partText: string } | { summary: ForecastSummary }> {
  const { months, replicas, seed, failures, workers, shard } = options
  checkWorkers(workers)
  const indices = shardIndices(replicas, shard)
  const threads = Math.min(workers, indices.length) - 1
  const pool =
    threads > 0
      ? startReplicaPool<ForecastTaskInput, ReplicaRecord>(
          { modulePath: TASK_PATH, exportName: 'forecastReplicaTask' },
          threads,
        )
      : null
  try {
    const plan = planForecast(scenario, { months })
    pool?.setInput({ scenario, months, seed, failures, plan: sharedPlanOf(plan) })
    // Today's breaking point and stranding are not in the records: the header carries them to merge.
    let today: TodayCapacity | undefined
    const local = {
      run: async (batch: readonly number[]) => {
        const out: ReplicaRecord[] = []
        for (const replica of batch) {
          await turn()
          today ??= todayCapacityOf(plan)
          out.push(forecastReplica(scenario, { months, replica, seed, plan, failures }))
        }
        return out
      },
    }
    const fan = { onProgress: options.onReplica, chunk: 1 }
    const records = pool ? await pool.run(indices, { ...fan, local }) : await fanOut(indices, [local], fan)
    today ??= todayCapacityOf(plan)
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
  } finally {
    await pool?.terminate()
  }
}
