// The run as it was at any past time, computed beside the live run: a second simulation (the cursor) replays the
// live run's inputs up to the time asked, and moves on from there when a later time is asked next.
// Why a replay and what it costs: docs/history.md#scrubbing.
import { createSimulation } from '../sim/index.ts'
import type { ForkInputs, Measurement, Command, Simulation } from '../sim/index.ts'
import { nextTurn } from './replayRun.ts'

/** Simulated seconds per runUntil: the same chunking as a restore (replayRun.ts). */
const CHUNK_S = 600
/** Wall time between two turns of the event loop, so pings and a newer scrub are answered meanwhile. */
const TURN_MS = 50

/** A command applied "now" or a live batch, at its time, in the order replayInputs (sim/whatIf.ts) uses. */
type Input = { atS: number; command: Command } | { atS: number; measurements: readonly Measurement[] }

/**
 * The inputs that act while the run goes: commands applied "now" and live batches merged by time, a batch
 * at a command's instant after it (as replayInputs orders them). Scheduled commands are not here: they are
 * queued on the cursor when it is created, as a replay queues them.
 */
function timedInputsOf(inputs: ForkInputs): Input[] {
  const live = inputs.live ?? []
  const merged: Input[] = []
  let b = 0
  for (const entry of inputs.commandLog) {
    if (entry.via !== 'now') continue
    for (; b < live.length && live[b].atS < entry.atS; b++) merged.push(live[b])
    merged.push(entry)
  }
  for (; b < live.length; b++) merged.push(live[b])
  return merged
}

/** Every scheduled command of the run (fired or pending), as one comparable key. */
function scheduledKeyOf(inputs: ForkInputs): string {
  const scheduled = [...inputs.commandLog.filter((e) => e.via === 'scheduled'), ...inputs.pending]
  return scheduled
    .map((e) => JSON.stringify([e.atS, e.command]))
    .sort()
    .join('\n')
}

export interface ScrubCursor {
  /**
   * The snapshot of the run `inputs` describe at exactly tS (0 ≤ tS ≤ inputs.nowS), written into `out`:
   * commands and live batches after tS have no effect (scheduled ones after tS have not fired by then).
   * Rejects with "superseded" once a newer call came in; reports the fraction of the replay done.
   */
  frameAt(
    runId: number,
    inputs: ForkInputs,
    tS: number,
    out: Float64Array,
    onProgress?: (fraction: number) => void,
  ): Promise<Float64Array>
  /** Drops the cursor (the live run restarted). */
  reset(): void
  /** Where the cursor is now, s (null: none); for tests and the cost measurement. */
  readonly atS: number | null
}

export function createScrubCursor(): ScrubCursor {
  let sim: Simulation | undefined
  let key = ''
  let applied = 0
  let calls = 0
  let running: Promise<unknown> = Promise.resolve()

  async function move(
    runId: number,
    inputs: ForkInputs,
    tS: number,
    mine: number,
    onProgress?: (f: number) => void,
  ) {
    const nextKey = `${runId}\n${scheduledKeyOf(inputs)}`
    // Back in time, another run, or a scheduled command the cursor has not queued: replay from t = 0.
    if (!sim || key !== nextKey || sim.nowS > tS) {
      sim = createSimulation(inputs.scenario, inputs.trace)
      key = nextKey
      applied = 0
      for (const e of inputs.commandLog) if (e.via === 'scheduled') sim.schedule(e.command, e.atS)
      for (const e of inputs.pending) sim.schedule(e.command, e.atS)
    }
    const cursor = sim
    const fromS = cursor.nowS
    let lastTurnMs = performance.now()
    const runTo = async (toS: number) => {
      do {
        cursor.runUntil(Math.min(cursor.nowS + CHUNK_S, toS))
        if (performance.now() - lastTurnMs > TURN_MS) {
          onProgress?.(tS > fromS ? (cursor.nowS - fromS) / (tS - fromS) : 1)
          await nextTurn()
          if (mine !== calls) throw new Error('superseded by a newer scrub')
          lastTurnMs = performance.now()
        }
      } while (cursor.nowS < toS)
    }
    const timed = timedInputsOf(inputs)
    for (; applied < timed.length && timed[applied].atS <= tS; applied++) {
      const input = timed[applied]
      await runTo(input.atS)
      if ('command' in input) cursor.apply(input.command)
      else cursor.ingest(input.measurements)
    }
    await runTo(tS)
    onProgress?.(1)
    return cursor
  }

  return {
    async frameAt(runId, inputs, tS, out, onProgress) {
      if (!(tS >= 0 && tS <= inputs.nowS))
        throw new Error(`cannot show the run at ${tS} s: it has run from 0 to ${inputs.nowS} s`)
      const mine = ++calls
      // One replay moves the cursor at a time: wait for the one under way to give up (it sees `calls` moved).
      const previous = running
      const done = previous.then(
        () => undefined,
        () => undefined,
      )
      const result = done.then(() => {
        if (mine !== calls) throw new Error('superseded by a newer scrub')
        return move(runId, inputs, tS, mine, onProgress)
      })
      running = result
      const cursor = await result
      return cursor.snapshot(out)
    },
    reset() {
      calls++
      sim = undefined
      key = ''
    },
    get atS() {
      return sim ? sim.nowS : null
    },
  }
}
