// createEventHeap: a binary min-heap of callbacks ordered by (timeS, seq), kept in parallel typed arrays.

/** A scheduled callback. It receives nothing: read the clock from the env that scheduled it. */
export type EventFn = () => void

/** Pending events; equal times pop in insertion order. */
export interface EventHeap {
  /** Adds `fn` at absolute time `tS` (seconds); returns an id for `cancel`. Ids are never reused. */
  push(tS: number, fn: EventFn): number
  /** Time (seconds) of the earliest pending event, or Infinity when empty. */
  peekTime(): number
  /** Removes and returns the earliest callback; throws when empty. */
  pop(): EventFn
  /** Removes a pending event; false if it already ran, was cancelled or never existed. O(size). */
  cancel(id: number): boolean
  /** Number of pending events. */
  readonly size: number
}

// Vacated slots point here so the heap never keeps a dead closure alive and `fns` stays packed.
const NOOP: EventFn = () => {}

// A class rather than a closure-returning factory (the house style) because it is the hot path: V8 inlines
// these methods into the env loop, and bench/mmc.ts measured the closure version about 20 % slower.
class BinaryEventHeap implements EventHeap {
  size = 0
  private timesS: Float64Array
  private seqs: Float64Array
  private readonly fns: EventFn[] = []
  private nextSeq = 0

  constructor(capacity: number) {
    this.timesS = new Float64Array(capacity)
    this.seqs = new Float64Array(capacity)
  }

  push(tS: number, fn: EventFn) {
    if (this.size === this.timesS.length) this.grow()
    const seq = this.nextSeq++
    this.siftUp(this.size++, tS, seq, fn)
    return seq
  }

  peekTime() {
    return this.size > 0 ? this.timesS[0] : Infinity
  }

  pop() {
    if (this.size === 0) throw new Error('EventHeap.pop: the heap is empty')
    const top = this.fns[0]
    const last = --this.size
    if (last > 0) this.siftDown(0, this.timesS[last], this.seqs[last], this.fns[last])
    this.fns[last] = NOOP
    return top
  }

  cancel(id: number) {
    // A linear scan keeps push and pop free of id→slot bookkeeping; cancels are rare next to events.
    const { seqs, timesS, fns } = this
    let i = 0
    while (i < this.size && seqs[i] !== id) i++
    if (i === this.size) return false
    const last = --this.size
    if (i !== last) {
      const p = (i - 1) >> 1
      const tS = timesS[last]
      if (i > 0 && (tS < timesS[p] || (tS === timesS[p] && seqs[last] < seqs[p]))) {
        this.siftUp(i, tS, seqs[last], fns[last])
      } else {
        this.siftDown(i, tS, seqs[last], fns[last])
      }
    }
    fns[last] = NOOP
    return true
  }

  private grow() {
    const timesS = new Float64Array(this.timesS.length * 2)
    const seqs = new Float64Array(timesS.length)
    timesS.set(this.timesS)
    seqs.set(this.seqs)
    this.timesS = timesS
    this.seqs = seqs
  }

  // Both sifts move a hole rather than swapping: one write per level, the moving entry written once.
  private siftUp(i: number, tS: number, seq: number, fn: EventFn) {
    const { timesS, seqs, fns } = this
    while (i > 0) {
      const p = (i - 1) >> 1
      const pt = timesS[p]
      if (pt < tS || (pt === tS && seqs[p] < seq)) break
      timesS[i] = pt
      seqs[i] = seqs[p]
      fns[i] = fns[p]
      i = p
    }
    timesS[i] = tS
    seqs[i] = seq
    fns[i] = fn
  }

  private siftDown(i: number, tS: number, seq: number, fn: EventFn) {
    const { timesS, seqs, fns, size } = this
    const half = size >> 1
    while (i < half) {
      let c = 2 * i + 1
      let ct = timesS[c]
      let cs = seqs[c]
      const r = c + 1
      if (r < size && (timesS[r] < ct || (timesS[r] === ct && seqs[r] < cs))) {
        c = r
        ct = timesS[r]
        cs = seqs[r]
      }
      if (tS < ct || (tS === ct && seq < cs)) break
      timesS[i] = ct
      seqs[i] = cs
      fns[i] = fns[c]
      i = c
    }
    timesS[i] = tS
    seqs[i] = seq
    fns[i] = fn
  }
}

/**
 * Creates an empty heap. Storage is structure-of-arrays (time, seq, callback) grown by doubling, so push and
 * pop allocate nothing. Seqs are float64, exact up to 2^53, so a run may exceed 2^32 events.
 */
export function createEventHeap(initialCapacity = 64): EventHeap {
  return new BinaryEventHeap(Math.max(1, Math.ceil(initialCapacity)))
}
