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

/**
 * Creates an empty heap. Storage is structure-of-arrays (time, seq, callback) grown by doubling, so a push
 * or pop allocates nothing. Seqs are float64 so a run may exceed 2^32 events.
 */
export function createEventHeap(initialCapacity = 64): EventHeap {
  let timesS = new Float64Array(Math.max(1, initialCapacity))
  let seqs = new Float64Array(timesS.length)
  const fns: EventFn[] = []
  let size = 0
  let nextSeq = 0

  const grow = () => {
    const t = new Float64Array(timesS.length * 2)
    const s = new Float64Array(timesS.length * 2)
    t.set(timesS)
    s.set(seqs)
    timesS = t
    seqs = s
  }

  // Both sifts move a hole instead of swapping: one write per level, the moving entry written once.
  const siftUp = (i: number, tS: number, seq: number, fn: EventFn) => {
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

  const siftDown = (i: number, tS: number, seq: number, fn: EventFn) => {
    const half = size >> 1
    while (i < half) {
      let c = 2 * i + 1
      let ct = timesS[c]
      let cs = seqs[c]
      const r = c + 1
      if (r < size) {
        const rt = timesS[r]
        if (rt < ct || (rt === ct && seqs[r] < cs)) {
          c = r
          ct = rt
          cs = seqs[r]
        }
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

  return {
    push(tS, fn) {
      if (size === timesS.length) grow()
      const seq = nextSeq++
      siftUp(size++, tS, seq, fn)
      return seq
    },
    peekTime() {
      return size > 0 ? timesS[0] : Infinity
    },
    pop() {
      if (size === 0) throw new Error('EventHeap.pop: the heap is empty')
      const top = fns[0]
      const last = --size
      if (last > 0) siftDown(0, timesS[last], seqs[last], fns[last])
      fns[last] = NOOP
      return top
    },
    cancel(id) {
      // A linear scan keeps push/pop free of any id→slot bookkeeping; cancels are rare next to events.
      let i = 0
      while (i < size && seqs[i] !== id) i++
      if (i === size) return false
      const last = --size
      if (i !== last) {
        const tS = timesS[last]
        const seq = seqs[last]
        const fn = fns[last]
        const p = (i - 1) >> 1
        if (i > 0 && (tS < timesS[p] || (tS === timesS[p] && seq < seqs[p]))) siftUp(i, tS, seq, fn)
        else siftDown(i, tS, seq, fn)
      }
      fns[last] = NOOP
      return true
    },
    get size() {
      return size
    },
  }
}
