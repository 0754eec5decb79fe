// createEnv: the discrete-event kernel, a simulated clock plus callbacks and generator processes on a heap.
import { createEventHeap } from './heap.ts'
import type { EventFn } from './heap.ts'

export type { EventFn } from './heap.ts'

/** A process: a generator that yields delays in seconds and is resumed after each one. */
export type Process = Generator<number, void, void>

/** A simulated clock with its pending events. Synchronous: nothing happens between calls. */
export interface Env {
  /** Current simulated time in seconds. */
  readonly now: number
  /** Number of events run so far. */
  readonly eventsProcessed: number
  /** Runs `fn` at `now + delayS`; throws unless delayS is finite and >= 0. Returns an id for `cancel`. */
  schedule(delayS: number, fn: EventFn): number
  /** Runs `fn` at absolute time `tS`; throws unless now <= tS < Infinity. Returns an id for `cancel`. */
  at(tS: number, fn: EventFn): number
  /** Drops a pending event; false if it already ran or was already cancelled. */
  cancel(id: number): boolean
  /** Starts a process: its first step runs at `now`, after events already scheduled for `now`. */
  process(gen: Process): void
  /** Time in seconds of the next pending event, or Infinity if there is none. */
  peek(): number
  /** Runs the next event, if any, advancing `now` to its time; returns false when there was none. */
  step(): boolean
  /** Runs all events with time <= tS (even ones scheduled meanwhile), then sets `now = tS`. */
  runUntil(tS: number): void
  /** Runs events until none remain; `now` is left at the last event's time. */
  run(): void
}

/** Creates an environment whose clock starts at `startS` seconds. */
export function createEnv(startS = 0): Env {
  if (!Number.isFinite(startS)) throw new Error(`createEnv: startS must be a finite number, got ${startS}`)
  const heap = createEventHeap()
  let now = startS
  let processed = 0

  const schedule = (delayS: number, fn: EventFn) => {
    // `!(x >= 0)` also rejects NaN and undefined, which a bare `x < 0` would let through.
    if (!(delayS >= 0 && delayS < Infinity)) {
      throw new Error(`schedule: delayS must be a finite number >= 0, got ${delayS}`)
    }
    return heap.push(now + delayS, fn)
  }

  const drain = (tS: number) => {
    while (heap.size > 0) {
      const eventS = heap.peekTime()
      if (eventS > tS) break
      const fn = heap.pop()
      now = eventS
      processed++
      fn()
    }
  }

  return {
    get now() {
      return now
    },
    get eventsProcessed() {
      return processed
    },
    schedule,
    at(tS, fn) {
      if (!(tS >= now && tS < Infinity)) {
        throw new Error(`at: tS must be finite and not before now=${now}, got ${tS}`)
      }
      return heap.push(tS, fn)
    },
    cancel: (id) => heap.cancel(id),
    process(gen) {
      const resume = () => {
        const r = gen.next()
        if (r.done) return
        const delayS = r.value
        if (!(delayS >= 0 && delayS < Infinity)) {
          throw new Error(`process: yielded delayS must be a finite number >= 0, got ${delayS} at t=${now}`)
        }
        heap.push(now + delayS, resume)
      }
      heap.push(now, resume)
    },
    peek: () => heap.peekTime(),
    step() {
      if (heap.size === 0) return false
      now = heap.peekTime()
      const fn = heap.pop()
      processed++
      fn()
      return true
    },
    runUntil(tS) {
      if (!(tS >= now && tS < Infinity)) {
        throw new Error(
          `runUntil: tS must be finite and not before now=${now}, got ${tS} (use run() to drain)`,
        )
      }
      drain(tS)
      now = tS
    },
    run() {
      drain(Infinity)
    },
  }
}
