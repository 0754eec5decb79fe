// createEnv: the discrete-event kernel, a simulated clock plus callbacks and generator processes on a heap.
import { createEventHeap } from './heap.ts'
import type { EventFn } from './heap.ts'

export type { EventFn } from './heap.ts'

/** A process: a generator that yields delays in seconds and is resumed after each one. */
export type Process = Generator<number, void, void>

/**
 * A simulated clock with its pending events. Synchronous: nothing happens between calls.
 * Methods are not bound: call them on the env (`env.schedule(…)`) rather than detaching them.
 */
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
  /**
   * Runs every event with time <= tS, including ones scheduled meanwhile, then sets `now = tS`.
   * Throws if tS is before `now` or not finite (use `run` to drain the queue).
   */
  runUntil(tS: number): void
  /** Runs events until none remain; `now` is left at the last event's time. */
  run(): void
}

const checkDelay = (delayS: number, what: string, nowS: number) => {
  // `!(x >= 0)` also rejects NaN and undefined, which a bare `x < 0` would let through.
  if (!(delayS >= 0 && delayS < Infinity)) {
    throw new Error(`${what} delayS must be a finite number >= 0, got ${delayS} at t=${nowS}`)
  }
}

// A class for the same reason as the heap: this is the per-event path, and V8 inlines methods of one class
// shape more reliably than closures returned from a factory. Only the `Env` interface leaves this module.
class Kernel implements Env {
  eventsProcessed = 0
  private nowS: number
  private readonly heap = createEventHeap()

  constructor(startS: number) {
    this.nowS = startS
  }

  get now() {
    return this.nowS
  }

  schedule(delayS: number, fn: EventFn) {
    checkDelay(delayS, 'schedule:', this.nowS)
    return this.heap.push(this.nowS + delayS, fn)
  }

  at(tS: number, fn: EventFn) {
    if (!(tS >= this.nowS && tS < Infinity)) {
      throw new Error(`at: tS must be finite and not before now=${this.nowS}, got ${tS}`)
    }
    return this.heap.push(tS, fn)
  }

  cancel(id: number) {
    return this.heap.cancel(id)
  }

  process(gen: Process) {
    const resume = () => {
      const r = gen.next()
      if (r.done) return
      checkDelay(r.value, 'process: yielded', this.nowS)
      this.heap.push(this.nowS + r.value, resume)
    }
    this.heap.push(this.nowS, resume)
  }

  peek() {
    return this.heap.peekTime()
  }

  step() {
    if (this.heap.size === 0) return false
    this.runNext()
    return true
  }

  runUntil(tS: number) {
    if (!(tS >= this.nowS && tS < Infinity)) {
      throw new Error(`runUntil: tS must be finite and not before now=${this.nowS}, got ${tS} (run() drains)`)
    }
    this.drain(tS)
    this.nowS = tS
  }

  run() {
    this.drain(Infinity)
  }

  private drain(tS: number) {
    const heap = this.heap
    while (heap.size > 0 && heap.peekTime() <= tS) this.runNext()
  }

  private runNext() {
    this.nowS = this.heap.peekTime()
    const fn = this.heap.pop()
    this.eventsProcessed++
    fn()
  }
}

/** Creates an environment whose clock starts at `startS` seconds. */
export function createEnv(startS = 0): Env {
  if (!Number.isFinite(startS)) throw new Error(`createEnv: startS must be a finite number, got ${startS}`)
  return new Kernel(startS)
}
