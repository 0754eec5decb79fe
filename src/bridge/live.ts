// The newest snapshot (read by the scene and DOM numbers every frame) and the pump that keeps it fresh.
import { invalidate } from '@react-three/fiber'
import { transfer } from 'comlink'
import type { SceneLayout } from '../../sim/index.ts'
import { simClient } from './simClient.ts'

/**
 * Mutable on purpose: per-frame readers compare `version` instead of subscribing (principle 11).
 * `frame` always belongs to `layout`: both change together when a step lands.
 */
export const live: { frame: Float64Array; version: number; layout: SceneLayout | null } = {
  frame: new Float64Array(0),
  version: 0,
  layout: null,
}

// A hidden tab or a slow step must not turn into one enormous simulated jump: at most this much wall time is owed.
const MAX_WALL_DT_S = 0.25
// One step covers at most this much wall time (18 min at 6 h/s): steps owed are taken back to back in such pieces,
// so a worker short of CPU (a large hall at 6 h/s on a busy 2-core machine) still hands over a frame every few tens
// of ms instead of one 90-minute jump a second apart, and the run keeps its pace. docs/performance.md#frames-wait-for-the-worker
const MAX_STEP_WALL_S = 0.05

let spare: Float64Array = new Float64Array(0)
// The layout steps are currently taken for; it becomes live.layout with the first frame that lands.
let target: SceneLayout | null = null
let generation = 0
let queue: Promise<void> = Promise.resolve()
let running = false
// Simulated seconds the wall clock has asked for and no step has taken yet; one loop (draining) takes them.
let owedS = 0
let draining = false
let speed = 600
let lastWallMs = 0
let rafId = 0
let onError: (error: unknown) => void = (error) => console.error(error)

async function stepNow(dtS: number): Promise<void> {
  const gen = generation
  const layout = target
  const out = spare
  if (!layout) return
  try {
    const frame = await simClient.step(dtS, transfer(out, [out.buffer]))
    // A scenario loaded while this step was in flight already has fresh buffers: drop the stale frame.
    if (gen !== generation) return
    // The first frame of a new scenario retires the old-sized buffer instead of recycling it.
    spare = live.layout === layout ? live.frame : new Float64Array(frame.length)
    live.layout = layout
    live.frame = frame
    live.version++
    invalidate()
  } catch (error) {
    if (gen !== generation) return
    spare = new Float64Array(layout.snapshot.length) // the one we sent was transferred away
    stopPump()
    onError(error)
  }
}

/** Queues a step behind any step in flight, so at most one buffer is ever on the worker's side. */
function step(dtS: number): Promise<void> {
  queue = queue.then(() => stepNow(dtS))
  return queue
}

function tick(nowMs: number) {
  if (!running) return
  rafId = requestAnimationFrame(tick)
  // While steps are in flight the wall clock keeps accruing, so the next steps cover the wait.
  const dtWallS = Math.min(Math.max((nowMs - lastWallMs) / 1000, 0), MAX_WALL_DT_S)
  lastWallMs = nowMs
  owedS = Math.min(owedS + dtWallS * speed, MAX_WALL_DT_S * speed)
  if (!draining) void drain()
}

/** Takes the owed time in steps of at most MAX_STEP_WALL_S, each frame shown as it lands. */
async function drain(): Promise<void> {
  draining = true
  try {
    while (running && owedS > 0) {
      const dtS = Math.min(owedS, MAX_STEP_WALL_S * speed)
      owedS -= dtS
      await step(dtS)
    }
  } finally {
    draining = false
  }
}

/**
 * Runs `fn` once no step is in flight and before the next one starts, so `live.frame` shows exactly the
 * worker's present: a command scheduled "in 10 min" from the frame's clock then cannot land in the past,
 * which it could at 6 h/s with an 18-minute step under way. `fn` must not wait for a step itself.
 */
export function betweenSteps<T>(fn: () => Promise<T>): Promise<T> {
  const result = queue.then(fn)
  queue = result.then(
    () => undefined,
    () => undefined,
  )
  return result
}

/** Aims the pump at a freshly loaded scenario: a buffer sized for it, stale frames ignored from now on. */
export function resetLive(layout: SceneLayout): void {
  generation++
  target = layout
  spare = new Float64Array(layout.snapshot.length)
}

/** Advances the run by dtS simulated seconds once, behind any step in flight (a step while paused). */
export function stepOnce(dtS: number): Promise<void> {
  return step(dtS)
}

/**
 * Shows `frame` (a past state of the run: src/state/scrub.ts) as the hall on screen, if it is still for the
 * layout on screen; the pump's next step replaces it with the present.
 */
export function showFrame(frame: Float64Array, layout: SceneLayout): boolean {
  if (live.layout !== layout || frame.length !== live.frame.length) return false
  live.frame = frame
  live.version++
  invalidate()
  return true
}

/** Fetches the current state without advancing time (after a load, or a command while paused). */
export function refreshFrame(): Promise<void> {
  return step(0)
}

export function startPump(): void {
  if (running) return
  running = true
  owedS = 0
  lastWallMs = performance.now()
  rafId = requestAnimationFrame(tick)
}

export function stopPump(): void {
  running = false
  cancelAnimationFrame(rafId)
}

/** Simulated seconds per wall-clock second. */
export function setPumpSpeed(simSecondsPerSecond: number): void {
  speed = simSecondsPerSecond
}

export function onPumpError(handler: (error: unknown) => void): void {
  onError = handler
}
