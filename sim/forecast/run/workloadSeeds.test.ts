import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../../scenario/parse.ts'
import { createOperatingPoint, ledgerOf } from '../ledger/index.ts'
import { replicaStream } from '../montecarlo/stream.ts'
import { dayProfileOf } from './dayProfile.ts'
import { planDaysOf, planForecast } from './plan.ts'
import { forecastReplica } from './replica.ts'
import { upsHall } from './runHalls.ts'
import { planOfWorkload, workloadPickOf, workloadSeedsOf } from './workloadSeeds.ts'

const growthJson = new URL('../../../scenarios/growth.json', import.meta.url)
const growthHall = () => parseScenarioText(readFileSync(growthJson, 'utf8'), 'growth.json')

/** upsHall (450 kW against a 700 kW UPS, growing 3 %/month) with per-rack noise, so every seed peaks apart. */
const noisyUpsHall = (workloadSeeds?: number) =>
  upsHall({ demand: { kind: 'compound', percentPerMonth: 3 }, workloadSeeds }, (s) => {
    s.workload = { kind: 'constant', utilization: 0.5, noiseSd: 0.05, updateS: 3600 }
  })

describe('workload seeds drawn by each replica', () => {
  it('a replica crosses the UPS at ln(700 kW/peak_k)/ln 1.03 for the day k its own stream picked', () => {
    const scenario = noisyUpsHall(4)
    const seed = scenario.seed
    const plan = planForecast(scenario, { months: 24 })
    const peaksW = plan.segments[0].profiles.map((p) => p.peakItW)
    expect(plan.workloadSeeds).toHaveLength(4)
    // The four days peak apart (noise on 10 racks of 45 kW), else the pick could not show in the crossing.
    expect(new Set(peaksW).size).toBe(4)
    const picks = new Set<number>()
    for (let replica = 0; replica < 8; replica++) {
      const u = replicaStream({
        scenarioSeed: seed,
        replicaIndex: replica,
        streamName: 'workload',
        assetId: '',
      })
      const k = Math.floor(u.uniform() * 4)
      picks.add(k)
      const record = forecastReplica(scenario, { months: 24, replica, seed, plan, failures: false })
      expect(record.workloadSeed).toBe(plan.workloadSeeds[k])
      const ups = record.lines.find((l) => l.id === 'ups:ups')!
      expect(ups.firstCrossingMonth).toBeCloseTo(Math.log(700_000 / peaksW[k]) / Math.log(1.03), 6)
      // Month 0 peaks at its end: today's peak of that day × 1.03.
      expect(record.months[0].peakItKw).toBeCloseTo((peaksW[k] * 1.03) / 1000, 6)
    }
    expect(picks.size).toBeGreaterThan(1)
  }, 60_000)

  it('K = 1 gives the records of the forecast before workload seeds (growth.json, 6 months, replicas 0 and 1)', () => {
    // JSON.stringify of forecastReplica's records at fccffab (the commit before workload seeds) for this plan
    // without the option: replica 1 has two outages and its cooling line crossed by a failure, replica 0 PDU
    // and rack lines crossed by growth.
    const before = JSON.parse(
      readFileSync(new URL('golden/growth-6m-before-seeds.json', import.meta.url), 'utf8'),
    )
    const scenario = growthHall()
    const plan = planForecast(scenario, { months: 6, workloadSeeds: 1 })
    expect(plan.workloadSeeds).toEqual([scenario.seed])
    const records = [0, 1].map((replica) =>
      forecastReplica(scenario, { months: 6, replica, seed: scenario.seed, plan }),
    )
    for (const record of records) expect(record.workloadSeed).toBe(scenario.seed)
    expect(records.map(({ workloadSeed: _, ...rest }) => rest)).toEqual(before)
  }, 60_000)

  it('settling another day on the shared world equals a point built for that day, bit for bit', () => {
    const plan = planForecast(growthHall(), { months: 2, workloadSeeds: 3 })
    const segment = plan.segments[0]
    const day = segment.profiles[2]
    const own = createOperatingPoint(segment.scenario, day.utilization, segment.fromEpochS + day.peakAtS)
    const shared = planOfWorkload(plan, 2).segments[0].point
    // A settle at seed 0's utilisation first: the view must not inherit anything from it.
    segment.point.settle(1.4)
    for (const scale of [1, 1.25]) {
      const a = shared.settle(scale)
      const ledgerA = ledgerOf(a)
      // peakItW and maxInletEverC are the world's running maxima, which no settle resets (the 1.4 above).
      const { peakItW: _p, maxInletEverC: _m, ...totalsA } = a.totals
      const inletsA = Float64Array.from(a.rackInletC)
      const b = own.settle(scale)
      const { peakItW: _pb, maxInletEverC: _mb, ...totalsB } = b.totals
      expect(totalsA).toEqual(totalsB)
      expect(inletsA).toEqual(b.rackInletC)
      expect(ledgerA).toEqual(ledgerOf(b))
    }
    expect(segment.profiles[2].peakItW).not.toBe(segment.profiles[0].peakItW)
    expect(planOfWorkload(plan, 0)).toBe(plan)
    expect(() => planOfWorkload(plan, 3)).toThrow(/workload seed 3 is not one of the plan's 3/)
  }, 60_000)

  it('days simulated elsewhere (planDaysOf, cloned as a pool would) give the same plan and records', () => {
    const scenario = growthHall()
    const options = { months: 4, workloadSeeds: 2 }
    const dayScenarios = planDaysOf(scenario, options)
    // growth.json (seed 1) changes its inventory on 2026-04-01, within four months of its 2026-01-05 start.
    expect(dayScenarios.map((d) => d.map((s) => s.seed))).toEqual([
      workloadSeedsOf(1, 2),
      workloadSeedsOf(1, 2),
    ])
    const days = dayScenarios.map((d) => d.map((s) => structuredClone(dayProfileOf(s))))
    const here = planForecast(scenario, options)
    const given = planForecast(scenario, { ...options, days })
    for (const replica of [0, 1, 2])
      expect(forecastReplica(scenario, { months: 4, replica, seed: 1, plan: given })).toEqual(
        forecastReplica(scenario, { months: 4, replica, seed: 1, plan: here }),
      )
    expect(() => planForecast(scenario, { ...options, days: days.slice(1) })).toThrow(
      /days are given for 1 inventories, the plan has 2/,
    )
    expect(() => planForecast(scenario, { ...options, days: [days[0], days[1].slice(1)] })).toThrow(
      /inventory 1 has 1 days, the plan 2 workload seeds/,
    )
  }, 60_000)

  it('draws the seeds from the forecast seed: the first is the seed itself, the rest its own stream', () => {
    const seeds = workloadSeedsOf(7, 16)
    expect(seeds[0]).toBe(7)
    expect(new Set(seeds).size).toBe(16)
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true)
    // A forecast with seed 8 does not reuse seed 7's days (as seed + k would).
    expect(workloadSeedsOf(8, 16).filter((s) => seeds.includes(s))).toEqual([])
    expect(workloadSeedsOf(7, 4)).toEqual(seeds.slice(0, 4))
    expect(() => workloadSeedsOf(7, 0)).toThrow(/workload seeds must be a whole number from 1 to 16, got 0/)
    expect(() => workloadSeedsOf(7, 17)).toThrow(/from 1 to 16, got 17/)
    // Picks: in range, a function of (seed, replica) alone, spread over every day among 400 replicas.
    const counts = [0, 0, 0, 0]
    for (let r = 0; r < 400; r++) counts[workloadPickOf(7, r, 4)]++
    for (const c of counts) expect(c).toBeGreaterThan(60) // 100 expected, σ = √(400·¼·¾) = 8.7
    expect(workloadPickOf(7, 3, 4)).toBe(workloadPickOf(7, 3, 4))
    expect(workloadPickOf(7, 3, 1)).toBe(0)
  })

  it('refuses a scenario asking for more than 16 workload seeds, naming the path', () => {
    const text = JSON.stringify({ ...JSON.parse(readFileSync(growthJson, 'utf8')), seed: 7 })
    const doc = JSON.parse(text)
    doc.growth.workloadSeeds = 17
    expect(() => parseScenarioText(JSON.stringify(doc), 'g.json')).toThrow(
      /g\.json: \$\.growth\.workloadSeeds: .*16/,
    )
  })
})
