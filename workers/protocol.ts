// What crosses the worker boundary, as types only: src/ imports these instead of the modules that implement them.
import type { LiveBatch, LoggedCommand, Scenario, TimedCommand, TraceInput } from '../sim/index.ts'

export type { SimApi } from './simApi.ts'
export type { ForecastApi, Forecast, ForecastSummary } from './forecastApi.ts'
export type { CompareApi, Comparison, ComparedRun, CompareRunSpec, MapRack } from './compareApi.ts'
export type { TraceFormat, TraceSummary, CsvFit } from './traceSummary.ts'
export type { LiveSourceSpec, LiveStatus } from './liveRun.ts'
export type { WorkloadReport } from '../sim/index.ts'

/**
 * What the current run was started from, fetched once per (re)start. `runId` tells runs apart: progress
 * from one run never extends the record of another.
 */
export interface RunOrigin {
  runId: number
  /** The last loaded scenario, as a trace or live source restarts it (its own start date). */
  base: Scenario
  /** What the run itself was created with: `base`, or with the start a long CSV or live source gave it. */
  scenario: Scenario
  /** The recorded trace replacing the scenario's workload, or {}. */
  trace: TraceInput
}

/**
 * The `name` of the error every call but load and restore rejects with once a step failed: the caller that
 * restores the run reports it, so the page's periodic calls caught in between need not.
 */
export type RunStoppedName = 'RunStoppedError'

/** What the run has done since the caller last asked: append-only logs from the given lengths, and the rest now. */
export interface RunProgress {
  runId: number
  /** commandLog entries from the length asked for on. */
  commands: LoggedCommand[]
  /** Live batches from the length asked for on. */
  live: LiveBatch[]
  /** Commands scheduled from outside that have not fired yet: all of them, not a delta. */
  pending: TimedCommand[]
  /** The run's present, s since the scenario start. */
  nowS: number
  /** Whether it follows a live source, whose batches keep arriving between two questions. */
  following: boolean
}
