// One forecast as the browser runs it: the hall's scenario text, the horizon, seed, an optional demand that
// overrides the scenario's, and the applied recommendations' dated changes. A pool worker turns it into the
// scenario and plan once (cached by the job's content, since every chunk arrives as a fresh structured clone)
// and runs replicas of it; the records and today's capacity are the same as `npm run sim -- forecast`'s.
import { parseScenarioText } from '../sim/index.ts'
import type { Scenario } from '../sim/index.ts'
import { forecastReplica, planForecast, todayCapacityOf } from '../sim/forecast/run/index.ts'
import type { ForecastPlan, ReplicaRecord, TodayCapacity } from '../sim/forecast/run/index.ts'
import type { ScenarioChange } from '../sim/forecast/advice/recommendation.ts'
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
  /** Appended to `growth[into]` in order, before the scenario is validated. */
  readonly changes: readonly ScenarioChange[]
}

/** The scenario a job forecasts: its text with the demand override and changes, validated by the schema. */
export function scenarioOfJob(job: ForecastJob): Scenario {
  let text = job.scenarioText
  if (job.demand || job.changes.length > 0) {
    const doc = JSON.parse(text) as { growth?: Record<string, unknown> }
    if (job.demand) doc.growth = { ...doc.growth, demand: job.demand }
    else if (!doc.growth) throw new Error(`${job.source}: $.growth: missing; give a growth rate to forecast`)
    const growth = doc.growth
    for (const change of job.changes) {
      const list = Array.isArray(growth[change.into]) ? (growth[change.into] as unknown[]) : []
      growth[change.into] = [...list, change.spec]
    }
    text = JSON.stringify(doc)
  }
  const parsed = parseScenarioText(text, job.source)
  if (!parsed.growth) throw new Error(`${job.source}: $.growth: missing; give a growth rate to forecast`)
  return { ...parsed, seed: job.seed ?? parsed.seed }
}

let cached: { key: string; scenario: Scenario; plan: ForecastPlan } | null = null

function planned(job: ForecastJob) {
  const key = JSON.stringify(job)
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
}

export const forecastWorkerApi: ForecastWorkerApi = {
  run: (job, indices) => indices.map((i) => jobReplica(job, i)),
  today: jobToday,
}
