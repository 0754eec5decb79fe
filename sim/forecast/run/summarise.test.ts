import { describe, expect, it } from 'vitest'
import { crossedWithin } from './gate.ts'
import { bandsOf } from './quantile.ts'
import type { LineRecord, ReplicaRecord } from './replica.ts'
import { summarise } from './summarise.ts'
import type { TodayCapacity } from './todayCapacity.ts'

const line = (id: string, firstCrossingMonth: number | null): LineRecord => ({
  id,
  kind: 'ups',
  asset: id.split(':')[1],
  unit: 'W',
  redundancy: 'N',
  limit: 700_000,
  firstCrossingMonth,
  stateAtCrossing: firstCrossingMonth === null ? 'ok' : 'over',
  cause: firstCrossingMonth === null ? null : 'growth',
})

/**
 * Replica r: ups:a crosses at month r + 1 (by a failure in replicas 0–2), ups:b at 10 − r for r < 5 and never
 * after; replica r has r outages, and r hours of breach.
 */
const record = (replica: number): ReplicaRecord => {
  const a = replica + 1
  const b = replica < 5 ? 10 - replica : null
  return {
    replica,
    seed: 9,
    growthZ: 0,
    workloadSeed: 9,
    lines: [{ ...line('ups:a', a), cause: replica < 3 ? 'failure' : 'growth' }, line('ups:b', b)],
    months: [
      {
        month: 0,
        peakItKw: 100 + replica,
        itKwh: 1,
        facilityKwh: 2,
        cost: null,
        emissionsKgCo2e: null,
        // UPS at 50 + r %, the hottest A1 inlet 20 + r/10 °C; the cooling kind only in replica 0.
        worstByKind: {
          ...(replica === 0 ? { cooling: 40 } : {}),
          inletAllowable: 20 + replica / 10,
          ups: 50 + replica,
        },
      },
    ],
    first: b !== null && b < a ? 'ups:b' : 'ups:a',
    failuresSampled: true,
    outages: replica,
    breachHours: replica,
    chillerPlant: { chillers: 1, spares: 0 },
  }
}
const today = {
  breakingPoint: { allIn: null, worstSingleFailure: null },
  strandedByRack: [],
} as unknown as TodayCapacity

describe('quantiles of per-replica dates', () => {
  it('takes the ⌈p·n⌉-th smallest value: of 1…10, p10 = 1, p50 = 5, p90 = 9', () => {
    expect(bandsOf([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ p10: 1, p50: 5, p90: 9 })
    expect(bandsOf([4])).toEqual({ p10: 4, p50: 4, p90: 4 })
  })

  it('counts a line not crossed as +∞ and writes it as null', () => {
    // 6, 7, 8, 9, 10, ∞ × 5: p10 = 1st = 6, p50 = 5th = 10, p90 = 9th = ∞.
    expect(bandsOf([10, 9, 8, 7, 6, null, null, null, null, null])).toEqual({ p10: 6, p50: 10, p90: null })
    expect(() => bandsOf([])).toThrow(/no values/)
  })
})

describe('summarise', () => {
  const records = Array.from({ length: 10 }, (_, r) => record(r))

  it('gives every line its p10/p50/p90 first crossing, ordered by p50, and what breaks first', () => {
    const s = summarise(records, today)
    expect(s).toMatchObject({ months: 1, replicas: 10, seed: 9, recommendations: null })
    // ups:a crosses at 1 … 10: p10 1, p50 5, p90 9. ups:b as in the bands test above.
    expect(s.resources.map((r) => [r.id, r.firstCrossing, r.crossedShare, r.failureShare])).toEqual([
      ['ups:a', { p10: 1, p50: 5, p90: 9 }, 1, 0.3],
      ['ups:b', { p10: 6, p50: 10, p90: null }, 0.5, 0],
    ])
    // Outages 0 … 9: mean 4.5; breach hours 0 … 9: p10 0, p50 4, p90 8.
    expect(s.failures).toEqual({
      sampled: true,
      meanOutages: 4.5,
      breachHours: { p10: 0, p50: 4, p90: 8 },
      chillerPlant: { chillers: 1, spares: 0 },
    })
    // ups:b crosses only for r < 5, at 10 − r ≥ 6, always after ups:a's r + 1 ≤ 5: ups:a is first in all 10.
    expect(s.breaksFirst).toEqual([{ id: 'ups:a', p50: 5, firstShare: 1 }])
    // Peak IT 100 … 109 kW: p10 100, p50 104, p90 108.
    expect(s.monthly[0].peakItKw).toEqual({ p10: 100, p50: 104, p90: 108 })
    expect(s.monthly[0].cost).toBeNull()
    // 2 facility kWh for 1 IT kWh in every replica.
    expect(s.monthly[0].pue).toEqual({ p10: 2, p50: 2, p90: 2 })
  })

  it("bands each kind's monthly worst across replicas and gives the limit line each is drawn against", () => {
    const withInlet = records.map((r) => ({
      ...r,
      lines: [
        ...r.lines,
        {
          ...line('inletAllowable:A1', null),
          kind: 'inletAllowable' as const,
          unit: '°C' as const,
          limit: 32,
        },
      ],
    }))
    const s = summarise(withInlet, today)
    // UPS 50 … 59 %: p10 50, p50 54, p90 58; inlets 20.0 … 20.9 °C; cooling from replica 0 alone.
    expect(s.monthly[0].worstByKind).toEqual({
      cooling: { p10: 40, p50: 40, p90: 40 },
      inletAllowable: { p10: 20, p50: 20.4, p90: 20.8 },
      ups: { p10: 50, p50: 54, p90: 58 },
    })
    expect(Object.keys(s.monthly[0].worstByKind)).toEqual(['cooling', 'inletAllowable', 'ups'])
    expect(s.kindLimits).toEqual({
      cooling: { limit: 100, unit: '%' },
      inletAllowable: { limit: 32, unit: '°C' },
      ups: { limit: 100, unit: '%' },
    })
  })

  it('does not depend on the order records arrive in, and refuses a replica given twice', () => {
    const reversed = [...records].reverse()
    expect(JSON.stringify(summarise(reversed, today))).toBe(JSON.stringify(summarise(records, today)))
    expect(() => summarise([record(1), record(1)], today)).toThrow(/replica 1 given twice/)
    const growthOnly = { ...record(2), failuresSampled: false }
    expect(() => summarise([record(1), growthOnly], today)).toThrow(
      /replica 2 differs .* failures were sampled/,
    )
  })

  it('gates on a window at a percentile: ups:a p10 = 1 is within 1, its p50 = 5 is not within 4', () => {
    const s = summarise(records, today)
    expect(crossedWithin(s, 1, 'p10').map((r) => r.id)).toEqual(['ups:a'])
    expect(crossedWithin(s, 4, 'p50')).toEqual([])
    expect(crossedWithin(s, 10, 'p50').map((r) => r.id)).toEqual(['ups:a', 'ups:b'])
    expect(crossedWithin(s, 100, 'p90').map((r) => r.id)).toEqual(['ups:a'])
  })
})
