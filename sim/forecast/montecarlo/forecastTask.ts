// The forecast replica as a pool task: `(input, index) => record`, the shape the worker pools import by module
// path and export name. A worker builds the plan (the part shared by every replica) once per input object it
// receives, so Node threads (input cloned once) plan once each.
import type { Scenario } from '../../scenario/types.ts'
import { forecastReplica, planForecast } from '../run/index.ts'
import type { ForecastPlan, ReplicaRecord } from '../run/index.ts'

export interface ForecastTaskInput {
  readonly scenario: Scenario
  readonly months: number
  readonly seed: number
  /** Sample equipment failures (default true); false: growth only. */
  readonly failures?: boolean
}

const plans = new WeakMap<ForecastTaskInput, ForecastPlan>()

/** Replica `index` of the forecast: the same record as runForecast's, from (scenario, months, seed, index). */
export function forecastReplicaTask(input: ForecastTaskInput, index: number): ReplicaRecord {
  let plan = plans.get(input)
  if (!plan) {
    plan = planForecast(input.scenario, { months: input.months })
    plans.set(input, plan)
  }
  const { scenario, months, seed, failures } = input
  return forecastReplica(scenario, { months, replica: index, seed, plan, failures })
}
