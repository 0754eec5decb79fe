// Event heap: pop order against a stable sort, ties by insertion, cancellation and growth.
import { expect, it } from 'vitest'
import { createEventHeap } from './heap.ts'
import { createRng } from './rng.ts'

type Popped = [tS: number, label: number]

// Pushes one labelled event per time and returns a function that pops everything as [tS, label].
function fill(timesS: number[]) {
  const heap = createEventHeap(4)
  const out: Popped[] = []
  const ids = timesS.map((tS, label) => heap.push(tS, () => out.push([tS, label])))
  const drain = () => {
    while (heap.size > 0) heap.pop()()
    return out
  }
  return { heap, ids, drain }
}

// Array.prototype.sort is stable, so equal times keep insertion (label) order: the order the heap promises.
const sorted = (timesS: number[]): Popped[] =>
  timesS.map((tS, label): Popped => [tS, label]).sort((x, y) => x[0] - y[0])

it('pops 10,000 seeded random times in sorted order', () => {
  const draw = createRng(7).stream('heap')
  const timesS = Array.from({ length: 10_000 }, () => draw.uniform(0, 1000))
  const { heap, drain } = fill(timesS)
  expect(heap.size).toBe(10_000)
  expect(drain()).toEqual(sorted(timesS))
  expect(heap.size).toBe(0)
})

it('breaks ties on time by insertion order', () => {
  const draw = createRng(8).stream('ties')
  const timesS = Array.from({ length: 10_000 }, () => Math.floor(draw.uniform(0, 50)))
  expect(fill(timesS).drain()).toEqual(sorted(timesS))
})

it('reports the earliest time without removing it, and Infinity when empty', () => {
  const heap = createEventHeap()
  expect(heap.peekTime()).toBe(Infinity)
  heap.push(5, () => {})
  heap.push(2, () => {})
  expect(heap.peekTime()).toBe(2)
  expect(heap.size).toBe(2)
  heap.pop()
  expect(heap.peekTime()).toBe(5)
})

it('throws when popping an empty heap', () => {
  expect(() => createEventHeap().pop()).toThrow(/empty/)
})

it('cancels pending events anywhere in the heap and keeps the rest in order', () => {
  const draw = createRng(9).stream('cancel')
  const timesS = Array.from({ length: 1000 }, () => Math.floor(draw.uniform(0, 100)))
  const { heap, ids, drain } = fill(timesS)
  const cancelled = ids.filter((_, label) => label % 3 === 0)
  for (const id of cancelled) expect(heap.cancel(id)).toBe(true)
  expect(heap.size).toBe(1000 - cancelled.length)
  expect(heap.cancel(cancelled[0])).toBe(false)
  expect(drain()).toEqual(sorted(timesS).filter(([, label]) => label % 3 !== 0))
  expect(heap.cancel(ids[1])).toBe(false)
})

it('stays ordered under interleaved pushes and pops', () => {
  const draw = createRng(10).stream('mixed')
  const heap = createEventHeap(2)
  const model: number[] = []
  const got: number[] = []
  const want: number[] = []
  for (let i = 0; i < 5000; i++) {
    if (model.length > 0 && draw.next() < 0.45) {
      const tS = heap.peekTime()
      heap.pop()
      got.push(tS)
      want.push(model.shift()!)
    } else {
      const tS = draw.uniform(0, 100)
      heap.push(tS, () => {})
      model.push(tS)
      model.sort((x, y) => x - y)
    }
  }
  expect(got).toEqual(want)
  expect(heap.size).toBe(model.length)
})
