// The advice engine on halls whose crossings are worked by hand (adviceHalls.ts): each recommendation applied,
// re-simulated and verified, or said to be not resolved, with why.
import { describe, expect, it } from 'vitest'
import { MONTH_S } from '../growth/calendar.ts'
import { runForecast } from '../run/runForecast.ts'
import { warmProportionalHall } from '../run/runHalls.ts'
import type { Scenario } from '../../scenario/types.ts'
import { adviseForecast } from './adviseForecast.ts'
import { coolingHall, cracHall, pairHall, rackMoveHall, upsModuleHall } from './adviceHalls.ts'
import { applyChanges } from './applyChanges.ts'

// Each case: a 4-replica forecast, a growth-only base re-run and one verification re-run per proposal.
const HEAVY = { timeout: 120_000 }
const advise = (s: Scenario) =>
  adviseForecast(s, runForecast(s, { months: 24, replicas: 4, seed: 1 }).summary)
/** The UTC day of a month from the start, as the engine dates it (the crossing day, at midnight). */
const dayOfMonth = (s: Scenario, month: number) =>
  new Date((s.startEpochS + month * MONTH_S) * 1000).toISOString().slice(0, 10)

describe('adviseForecast', () => {
  it('adds two 120 kW units to four at N+1 carrying 300 kW growing 2 %/month', HEAVY, () => {
    const s = coolingHall()
    const [rec, ...rest] = advise(s)
    expect(rest).toEqual([])
    const crossing = Math.log(360 / 300) / Math.log(1.02) // 9.207 months
    expect(rec).toMatchObject({ action: 'addCoolingUnit', resolves: 'cooling:cooling', verified: true })
    expect(rec.crossingBeforeMonth).toBeCloseTo(crossing, 2)
    expect(rec.crossingAfterMonth).toBeNull()
    expect(rec.by).toBe(dayOfMonth(s, crossing)) // 2026-10-08
    expect(rec.byMonth).toBeLessThanOrEqual(crossing)
    // 482.5 kW at month 24 − 360 kW usable = 122.5 kW: two units like the largest.
    expect(rec.changes).toHaveLength(2)
    expect(rec.changes.map((c) => c.spec)).toMatchObject([
      { kind: 'coolingUnit', date: rec.by, unit: { id: 'crah-5', capacityKw: 120 } },
      { kind: 'coolingUnit', date: rec.by, unit: { id: 'crah-6', capacityKw: 120 } },
    ])
    // Applied, the scenario forecasts no cooling crossing in 24 months.
    const applied = applyChanges(s, rec.changes)
    const after = runForecast(applied, { months: 24, replicas: 2, seed: 1, failures: false }).summary
    expect(after.resources.find((r) => r.id === 'cooling:cooling')!.firstCrossing.p50).toBeNull()
  })

  it('adds a pair of units at 2N, both in service the same day', HEAVY, () => {
    const [rec, ...rest] = advise(pairHall())
    expect(rest).toEqual([])
    expect(rec).toMatchObject({ action: 'addCoolingUnit', target: 'crah-5, crah-6', verified: true })
    expect(rec.crossingBeforeMonth).toBeCloseTo(Math.log(240 / 150) / Math.log(1.02), 2)
    expect(rec.changes.map((c) => (c.spec as { date: string }).date)).toEqual([rec.by, rec.by])
  })

  it('adds one 100 kW module to a 4 × 100 kW UPS at N+1 carrying 240 kW growing 2 %/month', HEAVY, () => {
    const s = upsModuleHall()
    const [rec, ...rest] = advise(s)
    expect(rest).toEqual([])
    // 300 kW usable; crossed at ln(300/240)/ln(1.02) = 11.27 months; 385.9 kW by month 24: one module.
    expect(rec).toMatchObject({ action: 'addUpsModules', resolves: 'ups:ups-1', verified: true })
    expect(rec.crossingBeforeMonth).toBeCloseTo(Math.log(300 / 240) / Math.log(1.02), 2)
    expect(rec.changes.map((c) => c.spec)).toEqual([
      { kind: 'upsModules', date: rec.by, ups: 'ups-1', modules: 1 },
    ])
  })

  it('moves four servers off a rack whose circuit cannot take a larger budget', HEAVY, () => {
    const s = rackMoveHall()
    const [rec, ...rest] = advise(s)
    // Its branch circuit (crossed at ln(2944/2000)/ln(1.03) = 13.09 months) is relieved by the same move.
    expect(rest).toEqual([])
    expect(rec).toMatchObject({
      action: 'moveLoad',
      target: 'A-01',
      resolves: 'rackPower:A-01',
      verified: true,
    })
    expect(rec.crossingBeforeMonth).toBeCloseTo(Math.log(2.5 / 2) / Math.log(1.03), 2)
    expect(rec.crossingAfterMonth).toBeNull()
    // 4.066 − 2.5 kW at 406.6 W a server: 4 servers, top first, each to the rack with most headroom then.
    const moves = rec.changes.map((c) => {
      const spec = c.spec as { kind: string; rack: string }
      return `${c.into} ${spec.kind} ${spec.rack}`
    })
    expect(moves).toEqual([
      'decommissions servers A-01',
      'deployments servers A-02',
      'decommissions servers A-01',
      'deployments servers A-03',
      'decommissions servers A-01',
      'deployments servers A-04',
      'decommissions servers A-01',
      'deployments servers A-02',
    ])
  })

  it('says what it cannot resolve: a single UPS without modules, inlets set by recirculation', HEAVY, () => {
    const recs = advise(warmProportionalHall())
    expect(recs.map((r) => [r.resolves, r.action, r.verified, r.changes.length])).toEqual([
      ['inletRecommended:A1', 'addCoolingUnit', false, 0],
      ['ups:ups', 'addUpsModules', false, 0],
      ['inletAllowable:A1', 'addCoolingUnit', false, 0],
    ])
    expect(recs[0].reason).toMatch(/not resolved: .*set by recirculation/)
    expect(recs[1].reason).toMatch(/not resolved: the scenario has a single UPS \(electrical\)/)
    // ln(4/3)/ln(1.08) = 3.738 months, unchanged since nothing was applied.
    expect(recs[1].crossingBeforeMonth).toBeCloseTo(Math.log(4 / 3) / Math.log(1.08), 2)
    expect(recs[1].crossingAfterMonth).toBe(recs[1].crossingBeforeMonth)
  })

  it(
    'raises a CRAC hall’s setpoint 3 K where every inlet keeps 9 K of margin, and says what it saves',
    HEAVY,
    () => {
      const s = cracHall()
      const summary = runForecast(s, { months: 12, replicas: 2, seed: 1 }).summary
      const [rec, ...rest] = adviseForecast(s, summary)
      expect(rest).toEqual([])
      expect(rec).toMatchObject({ action: 'raiseSetpoint', by: '2026-01-01', byMonth: 0, verified: true })
      expect(rec.changes.map((c) => c.spec)).toEqual([
        { kind: 'supplySetpoint', date: '2026-01-01', supplySetpointC: 21 },
      ])
      expect(rec.reason).toContain('rises 3 K (18 → 21 °C)')
      // 16 kW × (1/2.6756 − 1/3.4736) × 730.485 h = 1,003.5 kWh a month at today's load, over
      // (1.01^12 − 1)/ln 1.01 = 12.746 months of it: 12.79 MWh.
      const savedMwh = Number(/energy falls ([\d.]+) MWh/.exec(rec.reason)?.[1])
      expect(Math.abs(savedMwh / 12.79 - 1)).toBeLessThan(0.01)
    },
  )
})
