// The forecast re-run a recommendation is judged by: the scenario with changes applied, the first R replicas of
// the original seed (so each is the original run's replica with the change, common random numbers), summarised.
// docs/forecast.md#provisioning-advice
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import { planForecast, type ForecastPlan } from '../run/plan.ts'
import { forecastReplica, type ReplicaRecord } from '../run/replica.ts'
import { summarise, type ForecastSummary } from '../run/summarise.ts'
import { todayCapacityOf } from '../run/todayCapacity.ts'

export interface Rerun {
  scenario: Scenario
  plan: ForecastPlan
  records: ReplicaRecord[]
  summary: ForecastSummary
}

export interface RerunOptions {
  months: number
  seed: number
  replicas: number
  trace?: TraceInput
  /** Sample equipment failures (the forecast's default) or not (growth alone). */
  failures?: boolean
}

/** Replicas 0 … replicas − 1 of `scenario` on one plan. */
export function rerun(scenario: Scenario, options: RerunOptions): Rerun {
  const { months, seed, replicas, trace, failures } = options
  const plan = planForecast(scenario, { months, trace })
  const records: ReplicaRecord[] = []
  for (let replica = 0; replica < replicas; replica++)
    records.push(forecastReplica(scenario, { months, replica, seed, plan, failures }))
  return { scenario, plan, records, summary: summarise(records, todayCapacityOf(plan)) }
}

/**
 * Share of the re-run's replicas in which `lineId` is first crossed at or after `fromMonth`: the crossings a change
 * in service from then failed to prevent (crossings before it are the ones its date accepts).
 */
export function lateShare(run: Pick<Rerun, 'records'>, lineId: string, fromMonth: number): number {
  let late = 0
  for (const record of run.records) {
    const month = record.lines.find((l) => l.id === lineId)?.firstCrossingMonth ?? null
    if (month !== null && month >= fromMonth) late++
  }
  return late / run.records.length
}

/** A line's p50 first crossing in a summary; null when beyond the horizon or absent. */
export const p50Of = (summary: ForecastSummary, lineId: string): number | null =>
  summary.resources.find((r) => r.id === lineId)?.firstCrossing.p50 ?? null
