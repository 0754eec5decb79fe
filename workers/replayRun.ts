// A run replayed from its inputs without holding the worker: chunks of simulated time, a message turn between.
import { replayInputs } from '../sim/index.ts'
import type { ForkInputs, Simulation } from '../sim/index.ts'

/** Simulated seconds per chunk: ten physics steps of the default hall, a few ms even for the large hall. */
const CHUNK_S = 600
/** Wall time between two turns of the event loop, so pings are answered well inside any heartbeat deadline. */
const TURN_MS = 50

// A macrotask (not a microtask), so comlink's queued messages are handled; MessageChannel avoids the 4 ms
// clamp nested setTimeouts get, which would add seconds to a long replay.
export const nextTurn = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      resolve()
    }
    port2.postMessage(null)
  })

/**
 * The simulation `inputs` describe at `inputs.nowS`, identical to forkFromInputs(inputs, []): the same replay,
 * only paused between chunks. Reports the fraction of simulated time replayed; rejects once `superseded`.
 */
export async function replayRun(
  inputs: ForkInputs,
  onProgress?: (fraction: number) => void,
  superseded: () => boolean = () => false,
): Promise<Simulation> {
  const replay = replayInputs(inputs, CHUNK_S)
  let lastTurnMs = performance.now()
  let step = replay.next()
  while (!step.done) {
    if (performance.now() - lastTurnMs > TURN_MS) {
      onProgress?.(inputs.nowS > 0 ? step.value / inputs.nowS : 1)
      await nextTurn()
      if (superseded()) throw new Error('superseded by a newer load')
      lastTurnMs = performance.now()
    }
    step = replay.next()
  }
  onProgress?.(1)
  return step.value
}
