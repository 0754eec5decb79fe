import { describe, expect, it } from 'vitest'
import { MONTH_S } from '../growth/index.ts'
import { ledgerOf } from '../ledger/index.ts'
import { failingAssetsOf, failureTimeline, reliabilityOf } from '../montecarlo/failures.ts'
import type { FailureWindow } from '../montecarlo/failures.ts'
import { planForecast } from './plan.ts'
import { forecastReplica } from './replica.ts'
import { airflowBoundHall, chillerHall, twoUnitHall, upsHall } from './runHalls.ts'
import type { Scenario } from '../../scenario/types.ts'

const HOUR_MONTHS = 3600 / MONTH_S
const line = (record: ReturnType<typeof forecastReplica>, id: string) =>
  record.lines.find((l) => l.id === id)!

/** The replica's own outage windows, drawn as the forecast draws them: keyed by (seed, replica, asset). */
function windowsOf(scenario: Scenario, months: number, seed: number, replica: number): FailureWindow[] {
  return failureTimeline(failingAssetsOf(scenario), reliabilityOf(scenario), {
    scenarioSeed: seed,
    replicaIndex: replica,
    horizonH: (months * MONTH_S) / 3600,
  })
}

/** The stretches [from, to) hours during which both `a` and `b` are down, clipped at `endH`. */
function bothDown(windows: FailureWindow[], a: string, b: string, endH: number): [number, number][] {
  const out: [number, number][] = []
  for (const x of windows.filter((w) => w.assetId === a))
    for (const y of windows.filter((w) => w.assetId === b)) {
      const from = Math.max(x.failH, y.failH)
      const to = Math.min(x.restoreH, y.restoreH, endH)
      if (from < to) out.push([from, to])
    }
  return out.sort((p, q) => p[0] - q[0])
}

describe('sampled failures in the forecast replica', () => {
  const months = 12
  // Growth alone crosses the 60 kW design limit at ln(60/36)/ln(1.05) = 10.47 months.
  const growthMonth = Math.log(60 / 36) / Math.log(1.05)

  it('crosses the cooling of a two-unit N+1 hall when both units are down before growth crosses it', () => {
    const scenario = twoUnitHall()
    const plan = planForecast(scenario, { months })
    let byFailure = 0
    let byGrowth = 0
    for (let replica = 0; replica < 8; replica++) {
      const windows = windowsOf(scenario, months, 5, replica)
      expect(windows.some((w) => w.kind === 'chiller')).toBe(false)
      const overlaps = bothDown(windows, 'crah-1', 'crah-2', (months * MONTH_S) / 3600)
      const record = forecastReplica(scenario, { months, replica, seed: 5, plan })
      const cooling = line(record, 'cooling:cooling')
      const firstBoth = overlaps.length > 0 ? overlaps[0][0] * HOUR_MONTHS : Infinity
      if (firstBoth < growthMonth) {
        byFailure++
        expect(cooling).toMatchObject({ cause: 'failure', stateAtCrossing: 'over' })
        expect(cooling.firstCrossingMonth).toBeCloseTo(firstBoth, 9)
      } else {
        byGrowth++
        expect(cooling).toMatchObject({ cause: 'growth', stateAtCrossing: 'redundancyLost' })
        expect(cooling.firstCrossingMonth).toBeCloseTo(growthMonth, 6)
      }
      // Breach hours: the both-down stretches starting before growth crossed the line (nothing else breaks:
      // rack power, space, the UPS and the inlets stay within their limits with no unit running).
      const breach = overlaps
        .filter(([from]) => from * HOUR_MONTHS < growthMonth)
        .reduce((sum, [from, to]) => sum + to - from, 0)
      expect(record.breachHours).toBeCloseTo(breach, 6)
      expect(record.outages).toBe(windows.length)
    }
    // Both causes occur among the eight replicas, so both branches were checked.
    expect(byFailure).toBeGreaterThan(0)
    expect(byGrowth).toBeGreaterThan(0)
  })

  it('crosses the 27 °C inlet line with one unit out when the other cannot supply the racks’ airflow', () => {
    const scenario = airflowBoundHall()
    const plan = planForecast(scenario, { months })
    const point = plan.segments[0].point
    const inletOf = (world: ReturnType<typeof point.settle>) =>
      ledgerOf(world).find((e) => e.kind === 'inletRecommended')!
    // The premise, at the operating point: all in service the inlets are within 27 °C, one unit out they are not,
    // while the cooling line stays short of over.
    expect(inletOf(point.settle(1)).state).toBe('ok')
    const oneOut = point.settle(1, { type: 'failCoolingUnit', unitId: 'crah-2' })
    expect(inletOf(oneOut).used).toBeGreaterThan(27)
    expect(ledgerOf(oneOut).find((e) => e.kind === 'cooling')!.state).not.toBe('over')
    for (let replica = 0; replica < 3; replica++) {
      const windows = windowsOf(scenario, months, 2, replica)
      const record = forecastReplica(scenario, { months, replica, seed: 2, plan })
      const inlet = line(record, 'inletRecommended:A1')
      // The first failure of either unit is the crossing (expected 4.4 failures per unit in 12 months).
      expect(inlet).toMatchObject({ cause: 'failure', stateAtCrossing: 'over' })
      expect(inlet.firstCrossingMonth).toBeCloseTo(windows[0].failH * HOUR_MONTHS, 9)
      expect(line(record, 'cooling:cooling').firstCrossingMonth).toBeNull()
      expect(record.first).toBe('inletRecommended:A1')
    }
  })

  it('gives the growth-only records when nothing fails within the horizon (MTBF 10^8 h)', () => {
    const grown = upsHall({ demand: { kind: 'compound', percentPerMonth: 3 } })
    const never = { ...grown, reliability: reliabilityOf({}) }
    for (const kind of ['coolingUnit', 'upsModule', 'pdu', 'chiller'] as const)
      never.reliability[kind] = { ...never.reliability[kind], mtbfH: 1e8 }
    const sampled = forecastReplica(never, { months: 18, replica: 4, seed: 1 })
    const growthOnly = forecastReplica(never, { months: 18, replica: 4, seed: 1, failures: false })
    expect(sampled.outages).toBe(0)
    // A growth-only record names no chiller plant: nothing was assumed of it.
    expect(sampled.chillerPlant).toEqual({ chillers: 1, spares: 0 })
    expect({ ...sampled, failuresSampled: false, chillerPlant: null }).toEqual(growthOnly)
    expect(line(sampled, 'ups:ups')).toMatchObject({ cause: 'growth' })
    expect(line(sampled, 'cooling:cooling')).toMatchObject({ cause: null, firstCrossingMonth: null })
  })

  it('fails every CRAH at a chiller failure, or with a standby chiller only while both are down', () => {
    const hoursOf = (m: number) => (m * MONTH_S) / 3600
    const cooling = (scenario: Scenario, replica: number) =>
      line(forecastReplica(scenario, { months, replica, seed: 3 }), 'cooling:cooling')
    const single = chillerHall(1, 0)
    const standby = chillerHall(2, 1)
    // One chiller keeps the id every earlier forecast drew from; two are chiller-1 and chiller-2.
    expect(
      failingAssetsOf(single)
        .filter((a) => a.kind === 'chiller')
        .map((a) => a.id),
    ).toEqual(['chiller'])
    expect(
      failingAssetsOf(standby)
        .filter((a) => a.kind === 'chiller')
        .map((a) => a.id),
    ).toEqual(['chiller-1', 'chiller-2'])
    let crossed = 0
    let spared = 0
    for (let replica = 0; replica < 8; replica++) {
      // A single chiller: its first failure (2,000 h on average) puts the cooling line over, both CRAHs out.
      const [first] = windowsOf(single, months, 3, replica)
      expect(cooling(single, replica)).toMatchObject({ cause: 'failure', stateAtCrossing: 'over' })
      expect(cooling(single, replica).firstCrossingMonth).toBeCloseTo(first.failH * HOUR_MONTHS, 9)
      // N+1: crossed where both chillers are first down together, else not at all (one down does nothing).
      const both = bothDown(windowsOf(standby, months, 3, replica), 'chiller-1', 'chiller-2', hoursOf(months))
      const line2 = cooling(standby, replica)
      if (both.length > 0) {
        crossed++
        expect(line2).toMatchObject({ cause: 'failure', stateAtCrossing: 'over' })
        expect(line2.firstCrossingMonth).toBeCloseTo(both[0][0] * HOUR_MONTHS, 9)
      } else {
        spared++
        expect(line2).toMatchObject({ cause: null, firstCrossingMonth: null })
      }
    }
    expect(crossed).toBeGreaterThan(0)
    expect(spared).toBeGreaterThan(0)
    // The plant assumed travels with the record (and the summary's failures.chillerPlant).
    expect(forecastReplica(standby, { months: 1, replica: 0, seed: 3 }).chillerPlant).toEqual({
      chillers: 2,
      spares: 1,
    })
  })
})
