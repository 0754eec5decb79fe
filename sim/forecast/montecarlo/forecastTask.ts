// The forecast replica as a pool task: `(input, index) => record`, the shape the worker pools import by module
// path and export name. The plan (the part shared by every replica) is made once per forecast: the thread that
// made it sends it as plain data (sharedPlanOf), and each worker only rebuilds the segments' operating points,
// whose worlds hold functions a structured clone cannot carry. docs/forecast.md#the-monte-carlo-budget-measured
import type { Scenario } from '../../scenario/types.ts'
import { createOperatingPoint } from '../ledger/index.ts'
import { forecastReplica, planForecast } from '../run/index.ts'
import type { ForecastPlan, ReplicaRecord, Segment } from '../run/index.ts'

/** A plan without its operating points: structured-cloneable (174 kB a day profile of the large hall, < 1 ms). */
export interface SharedPlan extends Omit<ForecastPlan, 'segments'> {
  segments: Omit<Segment, 'point'>[]
}

export interface ForecastTaskInput {
  readonly scenario: Scenario
  readonly months: number
  readonly seed: number
  /** Sample equipment failures (default true); false: growth only. */
  readonly failures?: boolean
  /** The plan made elsewhere; without it a worker plans for itself (a simulated day per segment). */
  readonly plan?: SharedPlan
}

/** The plan as data: every field but the operating points, which planFromShared rebuilds. */
export function sharedPlanOf(plan: ForecastPlan): SharedPlan {
  return {
    ...plan,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the point is what is left out
    segments: plan.segments.map(({ point, ...rest }) => rest),
  }
}

/**
 * The plan again, with each segment's operating point built from its inventory, peak utilisation and moment, as
 * planForecast builds it (sim/forecast/run/plan.ts): every settle starts from the built room, so the rebuilt point settles the same bits.
 */
export function planFromShared(shared: SharedPlan): ForecastPlan {
  return {
    ...shared,
    segments: shared.segments.map((s) => ({
      ...s,
      point: createOperatingPoint(s.scenario, s.profile.utilization, s.fromEpochS + s.profile.peakAtS),
    })),
  }
}

const plans = new WeakMap<ForecastTaskInput, ForecastPlan>()

/** Replica `index` of the forecast: the same record as runForecast's, from (scenario, months, seed, index). */
export function forecastReplicaTask(input: ForecastTaskInput, index: number): ReplicaRecord {
  let plan = plans.get(input)
  if (!plan) {
    plan = input.plan ? planFromShared(input.plan) : planForecast(input.scenario, { months: input.months })
    plans.set(input, plan)
  }
  const { scenario, months, seed, failures } = input
  return forecastReplica(scenario, { months, replica: index, seed, plan, failures })
}
