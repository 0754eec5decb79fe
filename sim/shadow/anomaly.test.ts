// The anomaly flag: raised after a disagreement lasts longer than forS, cleared at the first sample inside.
import { expect, it } from 'vitest'
import { createAnomalyDetector } from './anomaly.ts'
import type { AnomalyEvent, AnomalyOptions } from './anomaly.ts'

/** Feeds [timeS, measured, simulated] rows and logs every event as [kind, atS, sinceS, deviation]. */
function run(options: AnomalyOptions, rows: [number, number, number][]) {
  const detector = createAnomalyDetector(options)
  const log: [AnomalyEvent['kind'], number, number, number][] = []
  for (const [timeS, measured, simulated] of rows) {
    const event = detector.update(timeS, measured, simulated)
    if (event) log.push([event.kind, event.atS, event.sinceS, event.deviation])
  }
  return { log, detector }
}

it('raises once the disagreement has lasted longer than forS, and clears when back inside', () => {
  // margin 2 °C for 60 s, one sample every 30 s; outside from 30 s (25 vs 22 = +3 °C)
  const { log, detector } = run({ marginAbs: 2, forS: 60 }, [
    [0, 23, 22], // inside: +1
    [30, 25, 22], // outside, run starts
    [60, 25, 22], // 30 s
    [90, 26, 22], // 60 s: not longer than forS yet
    [120, 26, 22], // 90 s: raise
    [150, 27, 22], // still up: no second raise
    [180, 24, 22], // +2 sits on the margin: inside, clear
    [210, 25, 22], // a new run starts
  ])
  expect(log).toEqual([
    ['raise', 120, 30, 4],
    ['clear', 180, 30, 2],
  ])
  expect(detector.raised).toBe(false)
  expect(detector.outsideSinceS).toBe(210)
})

it('forgets a run that ends before forS, in either direction of error', () => {
  const { log } = run({ marginAbs: 2, forS: 60 }, [
    [0, 25, 22], // +3
    [50, 19, 22], // −3: still outside, same run
    [59, 22, 22], // back inside after 59 s: nothing raised
    [60, 25, 22],
    [100, 25, 22],
    [121, 25, 22], // 61 s since 60 s
  ])
  expect(log).toEqual([['raise', 121, 60, 3]])
})

it('takes the margin as a percentage of |simulated|', () => {
  // 10 % of 1000 W is 100 W; 10 % of −40 is 4
  const { log } = run({ marginPct: 10, forS: 0 }, [
    [0, 1100, 1000], // on the margin
    [1, 1101, 1000], // outside
    [2, 1101, 1000], // forS 0: the second sample outside raises
    [3, -45, -40], // |−5| > 4: still up
    [4, -44, -40], // on the margin: clear
  ])
  expect(log).toEqual([
    ['raise', 2, 1, 101],
    ['clear', 4, 1, -4],
  ])
})

it('lets NaN samples pass without ending or extending a run', () => {
  const { log } = run({ marginAbs: 1, forS: 10 }, [
    [0, 30, 20],
    [5, NaN, 20],
    [8, 30, NaN],
    [11, 30, 20], // 11 s since 0 s
  ])
  expect(log).toEqual([['raise', 11, 0, 10]])
})

it('rejects bad options and samples out of order', () => {
  expect(() => createAnomalyDetector({ forS: 1 } as AnomalyOptions)).toThrow('exactly one')
  expect(() =>
    createAnomalyDetector({ marginAbs: 1, marginPct: 5, forS: 1 } as unknown as AnomalyOptions),
  ).toThrow('exactly one')
  expect(() => createAnomalyDetector({ marginAbs: NaN, forS: 1 })).toThrow('marginAbs must be')
  expect(() => createAnomalyDetector({ marginPct: 5, forS: -1 })).toThrow('forS must be')
  const detector = createAnomalyDetector({ marginAbs: 1, forS: 1 })
  detector.update(10, 1, 1)
  detector.update(10, 1, 1) // equal times are fine
  expect(() => detector.update(9, 1, 1)).toThrow('before the previous 10 s')
  expect(() => detector.update(NaN, 1, 1)).toThrow('not finite')
})
