// The forecast runner (issue 10, items 8's command line and 9): one replica's first crossings and monthly energy
// by Tier A, and the summary of many. docs/forecast.md#forecast-runner-and-capacity-as-code
export { forecastReplica, growthZOf } from './replica.ts'
export type { LineRecord, MonthRecord, ReplicaOptions, ReplicaRecord } from './replica.ts'
export { planDaysOf, planForecast, MAX_MONTHS } from './plan.ts'
export type { ForecastPlan, Knot, PlanOptions, Segment } from './plan.ts'
export { crossingMonth } from './crossing.ts'
export { summarise } from './summarise.ts'
export type {
  FailureSummary,
  FirstToBreak,
  ForecastResource,
  ForecastSummary,
  KindLimit,
  MonthBands,
} from './summarise.ts'
export { todayCapacityOf } from './todayCapacity.ts'
export type { TodayCapacity } from './todayCapacity.ts'
export { bandsOf, compareBands } from './quantile.ts'
export type { Bands } from './quantile.ts'
export { runForecast, MAX_REPLICAS } from './runForecast.ts'
export type { ForecastOptions } from './runForecast.ts'
export { dayProfileOf } from './dayProfile.ts'
export type { DayProfile } from './dayProfile.ts'
export { crossedWithin } from './gate.ts'
export { isCelsiusKind, worstOfLedger } from './worstByKind.ts'
export type { WorstByKind } from './worstByKind.ts'
export { failurePass } from './failurePass.ts'
export type { FailureCrossing, FailurePass } from './failurePass.ts'
export {
  DEFAULT_WORKLOAD_SEEDS,
  MAX_WORKLOAD_SEEDS,
  planOfWorkload,
  workloadPickOf,
  workloadSeedsOf,
} from './workloadSeeds.ts'
