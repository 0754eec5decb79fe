// Env stories in the SimPy style: each test records [now, what, who] and compares the whole log.
import { expect, it } from 'vitest'
import { createEnv } from './env.ts'
import type { Env } from './env.ts'

type Log = [tS: number, what: string, who?: string | number][]

it('runs callbacks in time order with now set to each event time', () => {
  const env = createEnv()
  const log: Log = []
  env.schedule(3, () => log.push([env.now, 'depart', 'c']))
  env.schedule(1, () => log.push([env.now, 'arrive', 'a']))
  env.schedule(2, () => log.push([env.now, 'arrive', 'b']))
  env.runUntil(10)
  expect(log).toEqual([
    [1, 'arrive', 'a'],
    [2, 'arrive', 'b'],
    [3, 'depart', 'c'],
  ])
  expect(env.now).toBe(10)
  expect(env.eventsProcessed).toBe(3)
})

it('runs events at equal times in insertion order, including ones scheduled while running', () => {
  const env = createEnv()
  const log: Log = []
  for (const id of [1, 2, 3]) {
    env.schedule(5, () => {
      log.push([env.now, 'arrive', id])
      if (id === 1) env.schedule(0, () => log.push([env.now, 'echo', id]))
    })
  }
  env.at(5, () => log.push([env.now, 'at', 4]))
  env.runUntil(5)
  expect(log).toEqual([
    [5, 'arrive', 1],
    [5, 'arrive', 2],
    [5, 'arrive', 3],
    [5, 'at', 4],
    [5, 'echo', 1],
  ])
})

function* car(env: Env, log: Log, name: string, parkS: number, driveS: number) {
  for (;;) {
    log.push([env.now, 'park', name])
    yield parkS
    log.push([env.now, 'drive', name])
    yield driveS
  }
}

it('interleaves generator processes by the delays they yield', () => {
  const env = createEnv()
  const log: Log = []
  env.process(car(env, log, 'a', 5, 2))
  env.process(car(env, log, 'b', 3, 3))
  env.runUntil(12)
  expect(log).toEqual([
    [0, 'park', 'a'],
    [0, 'park', 'b'],
    [3, 'drive', 'b'],
    [5, 'drive', 'a'],
    [6, 'park', 'b'],
    [7, 'park', 'a'],
    [9, 'drive', 'b'],
    [12, 'drive', 'a'],
    [12, 'park', 'b'],
  ])
})

it('starts a process at now, after events already scheduled for now, and ends it on return', () => {
  const env = createEnv(100)
  const log: Log = []
  env.schedule(0, () => log.push([env.now, 'event']))
  env.process(
    (function* () {
      log.push([env.now, 'start'])
      yield 2.5
      log.push([env.now, 'end'])
    })(),
  )
  env.run()
  expect(log).toEqual([
    [100, 'event'],
    [100, 'start'],
    [102.5, 'end'],
  ])
  expect(env.peek()).toBe(Infinity)
})

it('cancels a pending event and reports whether it did', () => {
  const env = createEnv()
  const log: Log = []
  const ids = ['a', 'b', 'c'].map((id, i) => env.schedule(i + 1, () => log.push([env.now, 'arrive', id])))
  expect(env.cancel(ids[1])).toBe(true)
  expect(env.cancel(ids[1])).toBe(false)
  env.runUntil(2)
  expect(env.cancel(ids[0])).toBe(false)
  env.runUntil(3)
  expect(log).toEqual([
    [1, 'arrive', 'a'],
    [3, 'arrive', 'c'],
  ])
})

it('runs an event exactly at tS within runUntil(tS) and leaves later ones pending', () => {
  const env = createEnv()
  const log: Log = []
  env.at(10, () => log.push([env.now, 'edge']))
  env.at(10.000001, () => log.push([env.now, 'after']))
  env.runUntil(10)
  expect(log).toEqual([[10, 'edge']])
  expect(env.now).toBe(10)
  expect(env.peek()).toBe(10.000001)
  env.runUntil(20)
  expect(log).toEqual([
    [10, 'edge'],
    [10.000001, 'after'],
  ])
  expect(() => env.runUntil(19)).toThrow(/before now=20/)
})

it('steps one event at a time and returns false when nothing is left', () => {
  const env = createEnv()
  const log: Log = []
  env.schedule(4, () => log.push([env.now, 'x']))
  env.schedule(1, () => log.push([env.now, 'y']))
  expect(env.step()).toBe(true)
  expect(log).toEqual([[1, 'y']])
  expect(env.step()).toBe(true)
  expect(env.step()).toBe(false)
  expect(log).toEqual([
    [1, 'y'],
    [4, 'x'],
  ])
  expect([env.now, env.eventsProcessed]).toEqual([4, 2])
})

it('rejects negative, NaN and infinite delays with a clear message', () => {
  const env = createEnv()
  env.runUntil(5)
  expect(() => env.schedule(-1, () => {})).toThrow('schedule: delayS must be a finite number >= 0, got -1')
  expect(() => env.schedule(NaN, () => {})).toThrow(/got NaN/)
  expect(() => env.schedule(Infinity, () => {})).toThrow(/got Infinity/)
  expect(() => env.at(4, () => {})).toThrow(/not before now=5, got 4/)
  expect(() => env.runUntil(NaN)).toThrow(/got NaN/)
  expect(env.peek()).toBe(Infinity)
})

it('throws from the process that yields a bad delay, at the time it yields it', () => {
  const env = createEnv()
  env.process(
    (function* () {
      yield 1
      yield -3
    })(),
  )
  expect(() => env.runUntil(10)).toThrow(
    'process: yielded delayS must be a finite number >= 0, got -3 at t=1',
  )
})
