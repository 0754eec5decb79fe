// One forecast as the browser runs it: the hall's scenario text, the horizon, seed, an optional demand that
// overrides the scenario's, and the applied recommendations' dated changes. A pool worker turns it into the
// scenario and plan once (cached by the job's content, since every chunk arrives as a fresh structured clone)
// and runs replicas of it; the records, today's capacity and the advice are `npm run sim -- forecast`'s.
import { parseScenarioText } from '../sim/index.ts'
import type { Scenario } from '../sim/index.ts'
import { adviseForecast, applyChanges } from '../sim/forecast/advice/index.ts'
import type { Recommendation, ScenarioChange } from '../sim/forecast/advice/index.ts'
import { forecastReplica, planForecast, todayCapacityOf } from '../sim/forecast/run/index.ts'
import type {
  ForecastPlan,
  ForecastSummary,
  ReplicaRecord,
  TodayCapacity,
} from '../sim/forecast/run/index.ts'
import type { DemandInput } from './forecastDemand.ts'

export interface ForecastJob {
  /** The scenario's JSON text and the name its errors are reported under (e.g. "growth.json"). */
  readonly scenarioText: string
  readonly source: string
  readonly months: number
  /** null: the scenario's own seed. */
  readonly seed: number | null
  /** false: growth only (`--no-failures`); null: the scenario's reliability.sampleFailures, as the CLI. */
  readonly failures: false | null
  /** Replaces `growth.demand` when given (the tab's growth knobs). */
  readonly demand: DemandInput | null
  /** Added to `growth[into]` in date order by the advice part's applyChanges, after the scenario is validated. */
  readonly changes: readonly ScenarioChange[]
  /** Provisioning advice after the summary, as the CLI gives by default (false: `--no-advice`). */
  readonly advice: boolean
}

/** The scenario a job forecasts: its text with the demand override, validated, then the applied changes. */
export function scenarioOfJob(job: ForecastJob): Scenario {
  let text = job.scenarioText
  if (job.demand) {
    const doc = JSON.parse(text) as { growth?: Record<string, unknown> }
    doc.growth = { ...doc.growth, demand: job.demand }
    text = JSON.stringify(doc)
  }
  const parsed = parseScenarioText(text, job.source)
  if (!parsed.growth && job.changes.length === 0)
    throw new Error(`${job.source}: $.growth: missing; give a growth rate to forecast`)
  const changed =
    job.changes.length > 0 ? applyChanges(parsed, job.changes, `${job.source} + applied changes`) : parsed
  return { ...changed, seed: job.seed ?? parsed.seed }
}

let cached: { key: string; scenario: Scenario; plan: ForecastPlan } | null = null

function planned(job: ForecastJob) {
  // The advice flag does not change the plan.
  const key = JSON.stringify({ ...job, advice: null })
  if (cached?.key !== key) {
    const scenario = scenarioOfJob(job)
    cached = { key, scenario, plan: planForecast(scenario, { months: job.months }) }
  }
  return cached
}

/** Replica `index` of the job: runForecast's record for the same scenario, months, seed and index. */
export function jobReplica(job: ForecastJob, index: number): ReplicaRecord {
  const { scenario, plan } = planned(job)
  const failures = job.failures ?? undefined
  return forecastReplica(scenario, {
    months: job.months,
    replica: index,
    seed: scenario.seed,
    plan,
    failures,
  })
}

/** Today's breaking points and stranded capacity, from the same plan the replicas used. */
export function jobToday(job: ForecastJob): TodayCapacity {
  return todayCapacityOf(planned(job).plan)
}

/** What a forecast pool worker exposes over comlink. */
export interface ForecastWorkerApi {
  run(job: ForecastJob, indices: readonly number[]): ReplicaRecord[]
  today(job: ForecastJob): TodayCapacity
  /** Provisioning advice for the summary of this job's replicas (verification re-runs: seconds to minutes). */
  advise(job: ForecastJob, summary: ForecastSummary): Recommendation[]
}

export const forecastWorkerApi: ForecastWorkerApi = {
  run: (job, indices) => indices.map((i) => jobReplica(job, i)),
  today: jobToday,
  advise: (job, summary) => adviseForecast(planned(job).scenario, summary),
}
