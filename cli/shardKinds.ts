// What `npm run sim -- merge` does with each kind of part: the reducer the unsharded run uses for that kind,
// from its header and the records sorted by replica index to the text it prints. Later kinds add a line here.
import { bandOf } from '../sim/forecast/montecarlo/index.ts'
import type { CoolingLoss, IndexedResult } from '../sim/forecast/montecarlo/index.ts'
import { summarise } from '../sim/forecast/run/index.ts'
import type { ReplicaRecord, TodayCapacity } from '../sim/forecast/run/index.ts'
import type { ShardHeader } from './shard.ts'
import { withAdviceFromHeader, type AdviceHeader } from './forecastAdvice.ts'

export type ShardReducer = (header: ShardHeader, records: readonly IndexedResult<unknown>[]) => string

/** The cooling-loss Monte Carlo (`npm run sim -- failures`): bands of the first loss and mean failures. */
export function coolingLossReport(header: ShardHeader, records: readonly IndexedResult<unknown>[]): string {
  const values = records.map((r) => r.value as CoolingLoss)
  // Beyond the horizon is +∞ for the quantiles and null in JSON ("p90 > horizon").
  const band = bandOf(values.map((v) => v.firstLossH ?? Infinity))
  const orNull = (h: number) => (Number.isFinite(h) ? h : null)
  const n = values.length
  const report = {
    coolingLoss: {
      ...header,
      firstLossH: { p10: orNull(band.p10), p50: orNull(band.p50), p90: orNull(band.p90) },
      lostWithinHorizon: values.filter((v) => v.firstLossH !== null).length / n,
      meanFailures: values.reduce((s, v) => s + v.failures, 0) / n,
      meanDownH: values.reduce((s, v) => s + v.downH, 0) / n,
    },
  }
  return JSON.stringify(report, null, 2) + '\n'
}

/**
 * The forecast (`npm run sim -- forecast … --json`): its summary of the records. Today's breaking point and
 * stranding are not in the records, so the header carries them (`today`, todayCapacityOf(plan)); every shard
 * computes the same, and merge refuses parts whose headers differ.
 */
export function forecastReport(header: ShardHeader, records: readonly IndexedResult<unknown>[]): string {
  const summary = withAdviceFromHeader(
    header.advice as AdviceHeader | null | undefined,
    summarise(
      records.map((r) => r.value as ReplicaRecord),
      header.today as TodayCapacity,
    ),
  )
  return JSON.stringify({ forecast: summary }, null, 2) + '\n'
}

export const SHARD_REDUCERS: Readonly<Record<string, ShardReducer>> = {
  coolingLoss: coolingLossReport,
  forecast: forecastReport,
}
