// Arrival stories: seeded replay, Poisson and lognormal moments, weighted sizes, thinning by profile, traces.
import { describe, expect, it } from 'vitest'
import { createRng } from '../core/rng.ts'
import { createArrivals } from './arrivals.ts'
import type { Arrivals, Job } from './arrivals.ts'
import { arrivalsSchema } from './arrivalsSpec.ts'
import type { ArrivalsInput } from './arrivalsSpec.ts'
import { createLoadProfile } from './profile.ts'
import { loadProfileSchema } from './profileSpec.ts'

const DAY_S = 86_400
const poisson = (input: Omit<Extract<ArrivalsInput, { kind: 'poisson' }>, 'kind'>) =>
  arrivalsSchema.parse({ kind: 'poisson', ...input })
const take = (arrivals: Arrivals, n: number) => Array.from({ length: n }, () => arrivals.next() as Job)
const drain = (arrivals: Arrivals) => {
  const jobs: Job[] = []
  for (let job = arrivals.next(); job; job = arrivals.next()) jobs.push(job)
  return jobs
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]

describe('poisson arrivals', () => {
  const spec = poisson({ ratePerHour: 120 })

  it('replays the same jobs for the same seed and differs for another', () => {
    const jobs = take(createArrivals(spec, createRng(5).stream('arrivals')), 1000)
    expect(take(createArrivals(spec, createRng(5).stream('arrivals')), 1000)).toEqual(jobs)
    expect(take(createArrivals(spec, createRng(6).stream('arrivals')), 1000)).not.toEqual(jobs)
    expect(jobs.map((j) => j.id)).toEqual(jobs.map((_, i) => i))
    expect(jobs.every((j, i) => i === 0 || j.submitS >= jobs[i - 1].submitS)).toBe(true)
  })

  it('has a mean inter-arrival within 1 % of 3600 / ratePerHour = 30 s over 100,000 arrivals', () => {
    const jobs = take(createArrivals(spec, createRng(1).stream('arrivals')), 100_000)
    const meanGapS = jobs[jobs.length - 1].submitS / jobs.length
    expect(Math.abs(meanGapS / 30 - 1)).toBeLessThan(0.01)
  })

  it('draws lognormal durations with a median within 2 % of medianS', () => {
    const lognormal = poisson({ ratePerHour: 60, duration: { kind: 'lognormal', medianS: 1800, sigma: 1.2 } })
    const jobs = take(createArrivals(lognormal, createRng(2).stream('arrivals')), 100_000)
    expect(Math.abs(median(jobs.map((j) => j.durationS)) / 1800 - 1)).toBeLessThan(0.02)
  })

  it('picks cores by weight and gives memoryGbPerCore per core', () => {
    const sized = poisson({
      ratePerHour: 60,
      size: { cores: [1, 4, 16], weights: [3, 0, 1], memoryGbPerCore: 8 },
    })
    const jobs = take(createArrivals(sized, createRng(3).stream('arrivals')), 40_000)
    const share = (cores: number) => jobs.filter((j) => j.cores === cores).length / jobs.length
    expect(share(1)).toBeCloseTo(0.75, 2)
    expect(share(4)).toBe(0)
    expect(share(16)).toBeCloseTo(0.25, 2)
    expect(jobs.every((j) => j.memoryGb === j.cores * 8)).toBe(true)
  })

  it('stops before untilS and stays stopped', () => {
    const arrivals = createArrivals(poisson({ ratePerHour: 60, untilS: 6 * 3600 }), createRng(4).stream('a'))
    const jobs = drain(arrivals)
    expect(jobs.length).toBeGreaterThan(300)
    expect(jobs.length).toBeLessThan(420)
    expect(jobs.every((j) => j.submitS < 6 * 3600)).toBe(true)
    expect(arrivals.next()).toBeUndefined()
  })

  it('follows the load profile by thinning: peak / trough counts match the level ratio within 5 %', () => {
    const profileSpec = loadProfileSchema.parse({
      kind: 'synthetic',
      baseUtilization: 0.5,
      daily: { amplitude: 0.3, peakHourUtc: 15 },
    })
    const profile = createLoadProfile(profileSpec, Date.UTC(2026, 0, 5) / 1000, createRng(9).stream('load'))
    const followed = poisson({ ratePerHour: 1000, followProfile: true, untilS: 30 * DAY_S })
    const jobs = drain(createArrivals(followed, createRng(9).stream('arrivals'), profile))
    const hourOf = (j: Job) => Math.floor((j.submitS % DAY_S) / 3600)
    const count = (hour: number) => jobs.filter((j) => hourOf(j) === hour).length
    const levelMean = (hour: number) => {
      let sum = 0
      for (let s = 0; s < 3600; s += 10) sum += profile.levelAt(hour * 3600 + s + 5)
      return sum / 360
    }
    // 15:00–16:00 and 03:00–04:00 UTC; the start is midnight UTC so sim hours are UTC hours.
    const ratio = count(15) / count(3)
    expect(Math.abs(ratio / (levelMean(15) / levelMean(3)) - 1)).toBeLessThan(0.05)
    // And the mean rate over whole days is ratePerHour: the cosine averages out.
    expect(Math.abs(jobs.length / (30 * 24 * 1000) - 1)).toBeLessThan(0.01)
  })

  it('refuses followProfile without a profile', () => {
    const followed = poisson({ ratePerHour: 10, followProfile: true })
    expect(() => createArrivals(followed, createRng(1).stream('a'))).toThrow(/needs a load profile/)
  })
})

describe('trace arrivals', () => {
  it('replays recorded jobs in submit order, ties in trace order, with default memory', () => {
    const spec = arrivalsSchema.parse({
      kind: 'trace',
      memoryGbPerCore: 2,
      jobs: [
        { submitS: 60, durationS: 600, cores: 4 },
        { id: 17, submitS: 0, durationS: 30, cores: 1, memoryGb: 0.5 },
        { submitS: 60, durationS: 0, cores: 8 },
      ],
    })
    expect(drain(createArrivals(spec, createRng(1).stream('a')))).toEqual([
      { id: 17, submitS: 0, durationS: 30, cores: 1, memoryGb: 0.5 },
      { id: 1, submitS: 60, durationS: 600, cores: 4, memoryGb: 8 },
      { id: 2, submitS: 60, durationS: 0, cores: 8, memoryGb: 16 },
    ])
  })
})

describe('arrivalsSchema', () => {
  it('fills defaults and checks weights against cores', () => {
    expect(poisson({ ratePerHour: 6 })).toEqual({
      kind: 'poisson',
      ratePerHour: 6,
      followProfile: false,
      size: { cores: [1, 2, 4, 8, 16], memoryGbPerCore: 4 },
      duration: { kind: 'exponential', meanS: 3600 },
    })
    const bad = arrivalsSchema.safeParse({
      kind: 'poisson',
      ratePerHour: 6,
      size: { cores: [1, 2], weights: [1] },
    })
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['size.weights', 'weights must have one entry per cores entry'],
    ])
  })
})
