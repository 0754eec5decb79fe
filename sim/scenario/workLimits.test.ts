// Work limits: the estimate by hand, a scenario refused by the field that costs most, a horizon by its limit.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenario, parseScenarioText } from './parse.ts'
import { estimateWork, runWorkProblem } from './workLimits.ts'
import { tinyHall } from '../testing/tinyHall.ts'

const shipped = (name: string) =>
  parseScenarioText(readFileSync(join(import.meta.dirname, '../../scenarios', name), 'utf8'), name)

describe('estimateWork', () => {
  it('counts events per simulated hour and the assets each one settles', () => {
    // 2 racks × 10 servers + 1 unit = 23 assets; 3600/60 steps + 3600/300 updates = 72 events an hour;
    // each 23 + 150 + round(2² / 20) = 173 asset updates: 72 × 173 = 12,456 an hour.
    const tiny = estimateWork(parseScenario(tinyHall()))
    expect(tiny).toMatchObject({ assets: 23, perEvent: 173, eventsPerHour: 72, workPerHour: 12_456 })
    expect(tiny.fixedEvents).toBe(0)
    // jobs.json: 24 racks, 384 servers, 3 CRAHs; 180 arrivals an hour following a profile with base 0.45
    // peak at 180 / 0.45 = 400 an hour, each with a departure: 60 + 12 + 800 = 872 events an hour, each
    // 411 + 150 + round(24² / 20) = 590 asset updates.
    expect(estimateWork(shipped('jobs.json'))).toMatchObject({
      assets: 411,
      perEvent: 590,
      eventsPerHour: 872,
    })
  })
})

describe('parseScenario refuses a scenario whose every simulated hour costs too much', () => {
  it('names the field that costs most, its rate, and the limit', () => {
    // 100 racks × 40 servers + 1 unit = 4,101 assets, + 150 + 100² / 20 = 4,751 an event;
    // (36,000 + 12) × 4,751 = 1.7e8 per simulated hour.
    const big = tinyHall({ racks: 100, serversPerRack: 40 }, (s) => {
      s.room.widthM = 70
      s.stepS = 0.1
    })
    expect(() => parseScenario(big, 'big.json')).toThrow(
      'big.json: $.stepS: 36,000 physics steps per simulated hour (36,012 events in all) × 4,751 asset ' +
        'updates each (4,101 racks, servers and cooling units) is 1.7e+8 per simulated hour, above the ' +
        'limit of 5.0e+7',
    )
  })

  it('counts job arrivals at the peak of the profile they follow', () => {
    // 100,000 an hour at base 0.1: 1e6 arrivals and 1e6 departures an hour, × 173 = 3.5e8.
    const busy = tinyHall({}, (s) => {
      s.workload = {
        kind: 'jobs',
        profile: { kind: 'synthetic', baseUtilization: 0.1 },
        arrivals: { kind: 'poisson', ratePerHour: 100_000, followProfile: true },
      }
    })
    expect(() => parseScenario(busy, 'busy.json')).toThrow(
      /^busy\.json: \$\.workload\.arrivals\.ratePerHour: 2\.0e\+6 job arrivals and departures per simulated hour/,
    )
  })

  it('refuses more racks than the recirculation model inverts in seconds', () => {
    const rows = tinyHall({ racks: 200 }, (s) => {
      Object.assign(s.room, { widthM: 130, depthM: 30 })
      s.rows[0].racks[0].servers = []
      s.rows = [0, 1, 2, 3, 4, 5].map((r) => ({ ...structuredClone(s.rows[0]), id: `R${r}`, yM: 2 + 4 * r }))
    })
    expect(() => parseScenario(rows, 'rows.json')).toThrow(
      'rows.json: $.rows: 1,200 racks, above the limit of 1,000: the recirculation model inverts a racks × racks matrix before the run',
    )
  })

  it('lets the finest cadences through on a small hall', () => {
    // (36,000 + 3,600) × 173 = 6.9e6 per simulated hour.
    const fine = tinyHall({}, (s) => {
      s.stepS = 0.1
      s.workload = { kind: 'constant', utilization: 0.5, updateS: 1 }
    })
    expect(estimateWork(parseScenario(fine)).workPerHour).toBe(39_600 * 173)
  })
})

describe('runWorkProblem: a horizon checked before the run (the CLI, and a worker with its horizon)', () => {
  const tiny = parseScenario(tinyHall())
  it('refuses a horizon beyond ten years', () => {
    expect(runWorkProblem(tiny, 1_000_000 * 604_800)).toBe(
      '1.7e+8 h is longer than the 87,600 h (3650 d) a run may span',
    )
  })
  it('refuses too many events, saying how long this hall may run', () => {
    // 72 events an hour × 72,000 h = 5.2e6 > 2e6; 2e6 / 72 = 27,777 h.
    expect(runWorkProblem(tiny, 3000 * 86_400)).toBe(
      'about 5.2e+6 events over 72,000 h, above the limit of 2.0e+6 a run; this hall may run at most 27,777 h',
    )
  })
  it('refuses too much work on a large hall, and lets a week and a year through', () => {
    const large = shipped('large-hall.json')
    // 440 racks, 8,800 servers, 18 units: 9,258 + 150 + 440² / 20 = 19,088 an event;
    // 72 × 1,440 h × 19,088 = 2.0e9 > 4e8; 4e8 / 19,088 / 72 = 291 h.
    expect(runWorkProblem(large, 60 * 86_400)).toBe(
      'about 103,680 events × 19,088 asset updates each is 2.0e+9, above the limit of 4.0e+8 a run ' +
        '(about 30 s); this hall may run at most 291 h',
    )
    expect(runWorkProblem(large, 7 * 86_400)).toBeUndefined()
    // default.json for a year: 72 × 8,760 h × 590 = 3.7e8, under 4e8.
    expect(runWorkProblem(shipped('default.json'), 365 * 86_400)).toBeUndefined()
  })
  it('counts the jobs of a recorded log, an arrival and a departure each', () => {
    expect(estimateWork(tiny, 1_500_000).fixedEvents).toBe(3_000_000)
    expect(runWorkProblem(tiny, 3600, 1_500_000)).toMatch(/^about 3\.0e\+6 events over 1 h/)
  })
})
