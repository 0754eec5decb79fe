// The run's record on the page: everything a fresh worker needs to bring the run back after this one dies.
import type { ForkInputs, LiveBatch, LoggedCommand, TimedCommand } from '../../sim/index.ts'
import type { RunOrigin, RunProgress } from '../../workers/protocol.ts'

/**
 * Kept on the main thread because a dead worker answers nothing. Filled from the worker, not from the
 * page's own commands: scenario events, fired schedules and live batches happen there, at times only it
 * knows. Filled by deltas (the origin once per run, then what was appended to its logs), because the trace
 * can be megabytes and a live log grows all day: cloning them at every sample would cost more than the run.
 */
export interface RunRecord {
  origin: RunOrigin
  commandLog: readonly LoggedCommand[]
  live: readonly LiveBatch[]
  pending: readonly TimedCommand[]
  /** The run's present when the worker last answered, s since the scenario start. */
  nowS: number
  following: boolean
}

export function startRecord(origin: RunOrigin): RunRecord {
  return { origin, commandLog: [], live: [], pending: [], nowS: 0, following: false }
}

/** The record with `progress` appended; unchanged when the progress is of another run (a restart not yet seen). */
export function extendRecord(record: RunRecord, progress: RunProgress): RunRecord {
  if (progress.runId !== record.origin.runId) return record
  const { commands, live, pending, nowS, following } = progress
  return {
    origin: record.origin,
    commandLog: [...record.commandLog, ...commands],
    live: [...record.live, ...live],
    pending,
    nowS,
    following,
  }
}

/**
 * The inputs of the run at its last consistent time. Without a live source, nothing enters the logs but
 * the page's own commands (each followed by a sync), so the run replays exactly up to the last frame the page
 * received (`lastFrameS`). A live source adds batches at any moment, so its run is consistent only up to the
 * last sync.
 */
export function restorePoint(record: RunRecord, lastFrameS: number): ForkInputs {
  const nowS = record.following ? record.nowS : Math.max(record.nowS, lastFrameS)
  const { scenario, trace } = record.origin
  return { scenario, trace, commandLog: record.commandLog, pending: record.pending, live: record.live, nowS }
}
