// Replay: hold and linear sampling, gaps, resampling, series → server mappings, and utilizationAt end to end.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, sharedData } from '../../test-fixtures/sharedData.ts'
import { assignServers, createReplay } from './replay.ts'
import { seriesEndS, valueAt } from './resample.ts'
import { parsePlanetLab, resample } from '../testing/wholeText.ts'
import type { UtilizationSeries } from './series.ts'

const series = (id: string, timesS: number[], utilization: number[], stepS?: number, startS = 0) =>
  ({
    id,
    startS,
    stepS,
    timesS: Float64Array.from(timesS),
    utilization: Float64Array.from(utilization),
  }) as UtilizationSeries

// Samples every 300 s with one dropped (600 s gap) and one outage (1500 s gap).
const vm = series('vm', [0, 300, 900, 2400], [0.2, 0.4, 0.6, 0.8], 300)

it('holds each sample, bridges a dropped sample, and reads a long outage and the ends as missing', () => {
  const at = (tS: number) => valueAt(vm, tS)
  expect([at(-1), at(0), at(299), at(300), at(899), at(900)]).toEqual([NaN, 0.2, 0.2, 0.4, 0.4, 0.6])
  // 2.5 steps = 750 s: the 900 → 2400 s outage is held to 1650 s, then missing.
  expect([at(1649), at(1650), at(2399), at(2400), at(2699), at(2700)]).toEqual([0.6, NaN, NaN, 0.8, 0.8, NaN])
  expect(valueAt(vm, 2000, { maxHoldS: 1500 })).toBe(0.6)
  expect(seriesEndS(vm)).toBe(2700)
})

it('interpolates linearly within bridged gaps only', () => {
  const at = (tS: number) => valueAt(vm, tS, { interpolation: 'linear' })
  expect(at(150)).toBeCloseTo(0.3, 12)
  expect(at(600)).toBeCloseTo(0.5, 12)
  expect([at(1000), at(1700), at(2500)]).toEqual([0.6, NaN, 0.8])
})

it('holds an irregular series until its NaN end marker', () => {
  const task = series('task', [0, 10, 3600], [0.5, 0.1, NaN])
  expect([valueAt(task, 5), valueAt(task, 3599), valueAt(task, 3600)]).toEqual([0.5, 0.1, NaN])
  expect(seriesEndS(task)).toBe(3600)
  expect([...resample(task, 1200)]).toEqual([0.5, 0.1, 0.1])
})

it('resamples onto a fixed step, NaN where missing', () => {
  expect([...resample(vm, 600)]).toEqual([0.2, 0.4, 0.6, NaN, 0.8])
  expect([...resample(vm, 300, { interpolation: 'linear' }).slice(0, 3)].map((u) => +u.toFixed(9))).toEqual([
    0.2, 0.4, 0.5,
  ])
})

it('maps series to servers round-robin, spread across racks, or explicitly', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }))
  expect(assignServers(ids, { serverCount: 3 })).toEqual([[0, 3], [1, 4], [2]])
  // Servers 0-2 in rack 0, 3-5 in rack 1: spread takes 0, 3, 1, 4, 2, 5.
  const serverRack = [0, 0, 0, 1, 1, 1]
  expect(assignServers(ids.slice(0, 3), { serverCount: 6, serverRack, mapping: 'spread' })).toEqual([
    [0],
    [2],
    [],
    [1],
    [],
    [],
  ])
  expect(assignServers(ids, { serverCount: 4, mapping: { b: [0, 3], e: [3] } })).toEqual([
    [1],
    [],
    [],
    [1, 4],
  ])
  expect(() => assignServers(ids, { serverCount: 4, mapping: { z: [0] } })).toThrow('unknown series "z"')
  expect(() => assignServers(ids, { serverCount: 4, mapping: { a: [4] } })).toThrow('server 4, not in 0..3')
  expect(() => assignServers(ids, { serverCount: 4, mapping: 'spread' })).toThrow('needs serverRack')
})

it('writes mean or summed utilisation per server, missing as 0, clamped, others untouched', () => {
  const a = series('a', [0, 300], [0.5, 0.9], 300)
  const b = series('b', [0, 300], [0.7, NaN], 300)
  const out = Float64Array.of(-1, -1, -1)
  const mean = createReplay([a, b], { serverCount: 3, mapping: { a: [0, 1], b: [0] } })
  mean.utilizationAt(0, out)
  expect([...out]).toEqual([0.6, 0.5, -1])
  mean.utilizationAt(300, out)
  expect([...out]).toEqual([0.45, 0.9, -1])
  mean.utilizationAt(600, out)
  expect([...out]).toEqual([0, 0, -1])
  createReplay([a, b], { serverCount: 3, mapping: { a: [0], b: [0] }, combine: 'sum' }).utilizationAt(0, out)
  expect(out[0]).toBe(1)
  expect(mean.durationS).toBe(600)
  expect(mean.serverSeries).toEqual([[0, 1], [0], []])
})

it('aligns by start or by absolute time, offsets, and loops', () => {
  const early = series('early', [0, 300], [0.1, 0.2], 300, 1000)
  const late = series('late', [0, 300], [0.3, 0.4], 300, 1300)
  const out = new Float64Array(2)
  createReplay([early, late], { serverCount: 2 }).utilizationAt(0, out)
  expect([...out]).toEqual([0.1, 0.3])
  const absolute = createReplay([early, late], { serverCount: 2, align: 'absolute' })
  absolute.utilizationAt(0, out)
  expect([...out]).toEqual([0.1, 0])
  expect(absolute.durationS).toBe(900)
  createReplay([early, late], { serverCount: 2, align: 'absolute', offsetS: 300 }).utilizationAt(0, out)
  expect([...out]).toEqual([0.2, 0.3])
  createReplay([early, late], { serverCount: 2, loop: true }).utilizationAt(600 * 5 + 300, out)
  expect([...out]).toEqual([0.2, 0.4])
})

/** The mean over a day of `serverCount` servers' utilisation, VMs of folder `dir` shared round-robin. */
function dayMean(dir: string, serverCount: number) {
  const names = readdirSync(dir).sort()
  const vms = names.map((name) => parsePlanetLab(readFileSync(join(dir, name), 'utf8'), name))
  const replay = createReplay(vms, { serverCount })
  const out = new Float64Array(serverCount)
  let sum = 0
  for (let tS = 0; tS < replay.durationS; tS += 300) {
    replay.utilizationAt(tS, out)
    sum += out.reduce((a, u) => a + u, 0)
  }
  expect(replay.durationS).toBe(86_400)
  return sum / (288 * serverCount)
}

it('shares the committed PlanetLab cut’s 3 VMs round-robin on 2 servers: (mean(VM 1, VM 3) + VM 2) / 2', () => {
  const dir = fixture('planetlab')
  // Independently: each VM's mean of its raw integers / 100.
  const [m1, m2, m3] = readdirSync(dir)
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8').trim().split('\n').map(Number)
      return raw.reduce((a, x) => a + x, 0) / raw.length / 100
    })
  expect(dayMean(dir, 2)).toBeCloseTo(((m1 + m3) / 2 + m2) / 2, 12)
})

const DAY = sharedData('planetlab/20110303', 'PlanetLab 20110303 on 40 servers')
describe.skipIf(!DAY)('PlanetLab 20110303 on 40 servers', () => {
  it(
    'keeps the day’s mean utilisation when 1052 VMs share 40 servers round-robin',
    { timeout: 30_000 },
    () => {
      // Each server averages 26 or 27 VMs, so the server mean is a reweighting of the VM mean, close to it.
      expect(dayMean(DAY, 40)).toBeCloseTo(0.123144, 2)
    },
  )
})
