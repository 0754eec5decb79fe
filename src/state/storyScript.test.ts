import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rackPlanOf } from '../../sim/forecast/plan/index.ts'
import { parseScenarioText } from '../../sim/index.ts'
import { MONTH_S } from '../../sim/forecast/growth/index.ts'
import type { RackPlan } from '../../sim/forecast/plan/index.ts'
import type { ForecastSummary, MonthBands } from '../../sim/forecast/run/index.ts'
import type { RunEvent } from '../../sim/history/types.ts'
import { advance, isAtEnd, stepBeat } from './storyClock.ts'
import { forecastHeadline, liveHeadline } from './storyHeadline.ts'
import { HOLD_S, beatAt, forecastScript, liveScript, monthYear } from './storyScript.ts'

// 2026-01-05T00:00:00Z, growth.json's start.
const START = Date.UTC(2026, 0, 5) / 1000
const b = (p50: number | null) => ({ p10: p50, p50, p90: p50 })

const month = (m: number, rackPower: number, pue: number, kwh: number, cost: number | null): MonthBands => ({
  month: m,
  peakItKw: b(100),
  facilityKwh: b(kwh),
  cost: cost === null ? null : b(cost),
  emissionsKgCo2e: null,
  pue: b(pue),
  worstByKind: { rackPower: b(rackPower), inletRecommended: b(24) },
})

// Three months; rack power fills to 70, 80, 90 % of its limit; the UPS crosses at month 1.5, a PDU never.
const summary = {
  months: 3,
  replicas: 1,
  seed: 1,
  resources: [
    { id: 'ups:ups-1', kind: 'ups', asset: 'ups-1', firstCrossing: b(1.5), failureShare: 0 },
    { id: 'pdu:pdu-a', kind: 'pdu', asset: 'pdu-a', firstCrossing: b(null), failureShare: 0 },
  ],
  breaksFirst: [{ id: 'ups:ups-1', p50: 1.5, firstShare: 1 }],
  monthly: [
    month(0, 70, 1.5, 100_000, 20_000),
    month(1, 80, 1.45, 110_000, 22_000),
    month(2, 90, 1.4, 120_000, 24_000),
  ],
  kindLimits: { rackPower: { limit: 100, unit: '%' }, inletRecommended: { limit: 27, unit: '°C' } },
  failures: { sampled: true, meanOutages: 2.4, breachHours: b(0), chillerPlant: null },
} as unknown as ForecastSummary

// Two racks in row C from 2026-02-04 (30 days in), a cooling unit 45 days in.
const plan = {
  planned: [],
  leaving: [],
  groups: [{ rowId: 'C', date: '2026-02-04', rackIds: ['C-01', 'C-02'], xM: 0, yM: 0, heightM: 2 }],
  units: [{ id: 'crah-5', capacityKw: 90, fromDate: '2026-02-19', fromEpochS: START + 45 * 86_400 }],
} as unknown as RackPlan

describe('story script', () => {
  const script = forecastScript(summary, plan, START)

  it('opens, adds capacity, crosses, rides out failures: in time order', () => {
    expect(script.map((s) => [s.atS, s.preset, s.caption])).toEqual([
      [0, 'overview', 'Jan 2026: the hall today, and 3 months of growth ahead'],
      [30 * 86_400, 'overview', 'Feb 2026: capacity added, 2 racks in row C'],
      [45 * 86_400, 'plan', 'Feb 2026: cooling unit crah-5 installed (90 kW)'],
      // 1.5 mean months = 45.65625 days: 2026-02-19 15:45 UTC.
      [1.5 * MONTH_S, 'overview', 'Feb 2026: limit crossed, ups-1 (UPS)'],
      [
        1.5 * MONTH_S,
        'overview',
        'Failures ridden out: about 2 equipment failures in 3 months, no limit crossed by them',
      ],
    ])
    expect(script.every((s) => s.holdS === HOLD_S)).toBe(true)
    expect(monthYear(START + 1.5 * MONTH_S)).toBe('Feb 2026')
  })

  it("captions growth.json's own deployments on their dates, within the horizon only", () => {
    const scenario = parseScenarioText(readFileSync('scenarios/growth.json', 'utf8'), 'growth.json')
    const real = rackPlanOf(scenario)
    const added = (months: number) =>
      forecastScript({ ...summary, months, resources: [] }, real, START)
        .filter((s) => s.caption.includes('capacity added'))
        .map((s) => [s.atS / 86_400, s.caption])
    // Two racks at the end of row A on 2026-07-01 (177 days after 2026-01-05); row C's six on 2027-01-04 (364 days),
    // inside 12 mean months (365.2425 days), outside 6.
    expect(added(12)).toEqual([
      [177, 'Jul 2026: capacity added, 2 racks in row A'],
      [364, 'Jan 2027: capacity added, 6 racks in row C'],
    ])
    expect(added(6)).toEqual([[177, 'Jul 2026: capacity added, 2 racks in row A']])
  })

  it('captions no failure beat when a failure caused a crossing', () => {
    const caused = { ...summary, resources: [{ ...summary.resources[0], failureShare: 0.1 }] }
    expect(forecastScript(caused, null, START).map((s) => s.caption)).not.toContain(
      expect.stringMatching(/ridden out/),
    )
  })

  it('live: raised failures, restores and trips captioned; cleared and minor ones not', () => {
    const ev = (atS: number, kind: string, transition: string, text: string) =>
      ({ atS, kind, transition, text, asset: { kind: 'unit', id: 'crah-1' } }) as unknown as RunEvent
    const beats = liveScript(
      [
        ev(3600, 'failure', 'once', 'crah-1 failed'),
        ev(3700, 'ashrae', 'raised', 'A-01 inlet 28 °C'),
        ev(7200, 'restore', 'once', 'crah-1 restored'),
        ev(7300, 'redundancy', 'cleared', 'cooling N+1 back'),
        ev(400_000, 'failure', 'once', 'too late'),
      ],
      3 * 86_400,
      START,
    )
    expect(beats.map((s) => [s.atS, s.caption])).toEqual([
      [0, 'Jan 2026: 3 days of the hall at high speed'],
      [3600, 'crah-1 failed'],
      [7200, 'crah-1 restored: failure ridden out'],
    ])
    expect(beatAt(beats, 3599)).toBe(0)
    expect(beatAt(beats, 7200)).toBe(2)
  })
})

describe('story clock', () => {
  const script = forecastScript(summary, plan, START)
  const end = 3 * MONTH_S
  const rate = end / 60

  it('holds on each milestone, then runs at the rate, never past the end', () => {
    let c = advance({ atS: 0, beat: -1, holdLeftS: 0 }, script, 0.1, rate, end)
    expect(c).toEqual({ atS: 0, beat: 0, holdLeftS: 3 })
    c = advance(c, script, 2, rate, end)
    expect(c.holdLeftS).toBe(1)
    c = advance(advance(c, script, 1, rate, end), script, 1, rate, end)
    // 1 wall second at 3 months a minute: 3 × 30.436875 d / 60 = 1.52184375 d.
    expect(c.atS).toBeCloseTo(rate, 6)
    expect(c.atS / 86_400).toBeCloseTo(1.52184375, 8)
    // 30 wall seconds would pass day 30: it stops on the milestone.
    c = advance(c, script, 30, rate, end)
    expect(c).toEqual({ atS: 30 * 86_400, beat: 1, holdLeftS: 3 })
    const last = { atS: end - 1, beat: script.length - 1, holdLeftS: 0 }
    expect(advance(last, script, 5, rate, end).atS).toBe(end)
    expect(isAtEnd(advance(last, script, 5, rate, end), end)).toBe(true)
  })

  it('steps to the next and previous milestones; back from partway goes to the current one first', () => {
    const between = { atS: 35 * 86_400, beat: 1, holdLeftS: 0 }
    expect(stepBeat(between, script, 1)).toEqual({ atS: 45 * 86_400, beat: 2, holdLeftS: 3 })
    expect(stepBeat(between, script, -1)).toEqual({ atS: 30 * 86_400, beat: 1, holdLeftS: 3 })
    const onFirst = { atS: 0, beat: 0, holdLeftS: 1 }
    expect(stepBeat(onFirst, script, -1)).toBe(onFirst)
  })
})

describe('headline figures', () => {
  it('capacity left, run-out month, cost so far and PUE of the month', () => {
    // Month 1 (day 40): rack power at 80 % → 20 % left; cost 20,000 + 22,000.
    const h = forecastHeadline(summary, 40 * 86_400, START, 'EUR')
    expect(h.capacity).toEqual({ value: '20 %', note: 'capacity left: Rack power budget' })
    expect(h.runsOut).toEqual({ value: 'Feb 2026', note: 'runs out: ups-1 (UPS)' })
    expect(h.energy).toEqual({ value: '42,000 EUR', note: 'energy cost since Jan 2026' })
    expect(h.pue).toEqual({ value: '1.45', note: 'PUE, Feb 2026' })
  })

  it('without a tariff: energy in MWh, never a price', () => {
    const h = forecastHeadline(summary, 3 * MONTH_S, START, null)
    // All three months (clamped to the last): 100 + 110 + 120 MWh.
    expect(h.energy).toEqual({ value: '330 MWh', note: 'facility energy (no tariff in the scenario)' })
    expect(h.capacity.value).toBe('10 %')
  })

  it('live: no run-out date is invented', () => {
    const h = liveHeadline({ pue: 1.372, facilityMwh: 12.34, powerHeadroom: 0.415 })
    expect([h.capacity.value, h.runsOut.value, h.energy.value, h.pue.value]).toEqual([
      '42 %',
      'no growth',
      '12.3 MWh',
      '1.37',
    ])
    expect(liveHeadline({ pue: NaN, facilityMwh: 0, powerHeadroom: null }).capacity.value).toBe('—')
  })
})
