// A whole forecast in this thread: replicas 0 … n−1 one after another on one shared plan, then summarised.
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import { planForecast } from './plan.ts'
import { forecastReplica, type ReplicaRecord } from './replica.ts'
import { summarise, type ForecastSummary } from './summarise.ts'
import { todayCapacityOf } from './todayCapacity.ts'

/** The most replicas one forecast runs (forecast.md §5 caps adaptive batches at 2,000). */
export const MAX_REPLICAS = 2000

export interface ForecastOptions {
  months: number
  replicas: number
  seed: number
  trace?: TraceInput
  /** Sample equipment failures into the ledger (default true); false gives a growth-only forecast. */
  failures?: boolean
  /** Called after each replica, e.g. for progress. */
  onReplica?: (done: number, of: number) => void
}

export function runForecast(
  scenario: Scenario,
  options: ForecastOptions,
): { records: ReplicaRecord[]; summary: ForecastSummary } {
  const { months, replicas, seed, trace, failures, onReplica } = options
  if (!(Number.isInteger(replicas) && replicas >= 1 && replicas <= MAX_REPLICAS))
    throw new RangeError(`replicas must be a whole number from 1 to ${MAX_REPLICAS}, got ${replicas}`)
  const plan = planForecast(scenario, { months, trace })
  const records: ReplicaRecord[] = []
  for (let replica = 0; replica < replicas; replica++) {
    records.push(forecastReplica(scenario, { months, replica, seed, plan, failures }))
    onReplica?.(replica + 1, replicas)
  }
  return { records, summary: summarise(records, todayCapacityOf(plan)) }
}
