// The live run's history, event log and past-time replay as the sim worker keeps them: recreated with every run.
import { createEventLog, createHistoryRecorder, forkInputsOf } from '../sim/index.ts'
import type { EventLog, HistoryRecorder, HistorySlice, RunEvent } from '../sim/index.ts'
import type { Simulation, TimedCommand, TraceInput } from '../sim/index.ts'
import { transfer } from 'comlink'
import { createScrubCursor } from './scrubCursor.ts'

export function createRunHistory() {
  let recorder: HistoryRecorder | undefined
  let eventLog: EventLog | undefined
  const cursor = createScrubCursor()
  const need = <T>(x: T | undefined): T => {
    if (!x) throw new Error('no scenario is loaded: call load() first')
    return x
  }
  return {
    /** Attaches to a run before its first settle, so a fresh run's history starts at t = 0. */
    restart(sim: Simulation): void {
      recorder = createHistoryRecorder(sim)
      eventLog = createEventLog(sim)
      cursor.reset()
    },
    /** Rows from `sinceRows` when the caller's copy has interval `sampleS`, else all (thinned, or a new run). */
    slice(runId: number, sinceRows: number, sampleS: number): HistorySlice {
      const rows = need(recorder)
      const slice = rows.slice(sampleS === rows.sampleS ? sinceRows : 0, runId)
      const columns = [slice.timeS, ...Object.values(slice.channels), slice.rackInletC, slice.rackPowerW]
      return transfer(
        slice,
        columns.map((c) => c.buffer as ArrayBuffer),
      )
    },
    events(runId: number, from: number): { runId: number; events: RunEvent[] } {
      return { runId, events: need(eventLog).eventsSince(from) }
    },
    checkpoint(runId: number, tS: number): { runId: number; timeS: number; frame: Float64Array } | null {
      const near = need(recorder).checkpointNear(tS)
      return near && { runId, timeS: near.timeS, frame: near.frame.slice() }
    },
    /** The frame of `sim`'s run at tS (clamped to 0..now), replayed beside it (docs/history.md#scrubbing). */
    async scrubFrame(
      runId: number,
      sim: Simulation,
      trace: TraceInput,
      scheduled: readonly TimedCommand[],
      tS: number,
      out: Float64Array,
      onProgress?: (fraction: number) => void,
    ): Promise<{ runId: number; frame: Float64Array }> {
      const inputs = forkInputsOf(sim, trace, scheduled)
      const at = Math.min(Math.max(0, tS), inputs.nowS)
      const frame = await cursor.frameAt(runId, inputs, at, out, onProgress)
      return transfer({ runId, frame }, [frame.buffer as ArrayBuffer])
    },
  }
}
