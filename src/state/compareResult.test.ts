// Reading a comparison: racks matched by id across halls that differ, Δ = B − A per rack, flipped, onto the
// hall on screen; the cost row only when both runs have a price in one currency. Numbers by hand.
import { describe, expect, it } from 'vitest'
import type { ComparedRun, Comparison, MapRack } from '../../workers/protocol.ts'
import { deltaAt, deltaForHall, kpiRows, matchRacks, largestDelta, sidesOf } from './compareResult.ts'

const rack = (id: string, xM: number): MapRack => ({
  id,
  xM,
  yM: 1,
  widthM: 0.6,
  depthM: 1.2,
  facing: '+y',
})

/** A run with two samples; inlets row-major [sample][rack]. */
function run(
  label: string,
  ids: string[],
  inletC: number[][],
  extra: Partial<ComparedRun> = {},
): ComparedRun {
  const summary = {
    peakInletC: Math.max(...inletC.flat()),
    itEnergyKwh: 100,
    facilityEnergyKwh: 150,
    pue: 1.5,
    aboveRecommendedS: 0,
    serverTrips: 0,
    powerConditionsRaised: 1,
    coolingConditionsRaised: 2,
    climateConditionsRaised: 3,
  } as ComparedRun['summary']
  return {
    label,
    fromS: 0,
    startEpochS: 0,
    room: { widthM: 10, depthM: 5 },
    racks: ids.map((id, k) => rack(id, k)),
    units: [],
    series: { timeS: Float64Array.of(0, 60) } as ComparedRun['series'],
    summary,
    rackInletC: Float32Array.from(inletC.flat()),
    energyCost: null,
    currency: null,
    ...extra,
  }
}

describe('compareResult', () => {
  // A has r1 r2 r3; B has r3 r1 r9 (another order, one rack of its own).
  const a = run(
    'A',
    ['r1', 'r2', 'r3'],
    [
      [20, 21, 22],
      [20, 21, 22],
    ],
  )
  const b = run(
    'B',
    ['r3', 'r1', 'r9'],
    [
      [22, 20, 30],
      [25, 24, 30],
    ],
  )
  const c: Comparison = { horizonS: 60, sampleS: 60, a, b }

  it('matches racks by id and takes B − A per matched rack at a sample', () => {
    const sides = sidesOf(c, false)
    const match = matchRacks(sides.ref.racks, sides.other.racks)
    expect(match.matched.map((m) => [m.rack.id, m.indexRef, m.indexOther])).toEqual([
      ['r1', 0, 1],
      ['r3', 2, 0],
    ])
    expect([match.onlyRef, match.onlyOther]).toEqual([1, 1])
    // At the end: r1 24 − 20 = 4 K, r3 25 − 22 = 3 K; at the start 0 and 0.
    expect(deltaAt(sides, match, 1)).toEqual([4, 3])
    expect(deltaAt(sides, match, 0)).toEqual([0, 0])
    expect(largestDelta(sides, match)).toEqual({ k: 1, deltaK: 4 })
  })

  it('flips the reference: Δ changes sign and the racks are placed as B has them', () => {
    const sides = sidesOf(c, true)
    const match = matchRacks(sides.ref.racks, sides.other.racks)
    expect(match.matched.map((m) => m.rack.id)).toEqual(['r3', 'r1'])
    expect(deltaAt(sides, match, 1)).toEqual([-3, -4])
  })

  it('puts Δ on the hall on screen by id, NaN where a rack is in one run only, null with none shared', () => {
    const sides = sidesOf(c, false)
    const match = matchRacks(sides.ref.racks, sides.other.racks)
    expect(deltaForHall(['r3', 'r2', 'r1'], match, [4, 3])).toEqual([3, NaN, 4])
    expect(deltaForHall(['x', 'y'], match, [4, 3])).toBeNull()
  })

  it('lists A | B | Δ, conditions summed, and a cost row only with both priced in one currency', () => {
    const rows = kpiRows(sidesOf(c, false))
    expect(rows.map((r) => r.id)).toEqual(['it', 'facility', 'pue', 'peak', 'above27', 'trips', 'conditions'])
    const peak = rows.find((r) => r.id === 'peak')!
    expect([peak.ref, peak.other, peak.delta]).toEqual([22, 30, 8])
    expect(rows.find((r) => r.id === 'conditions')!.ref).toBe(6)
    const priced = (cost: number, currency: string) =>
      run('P', ['r1'], [[20], [20]], { energyCost: cost, currency })
    const both = kpiRows({ ref: priced(10, 'EUR'), other: priced(12.5, 'EUR') })
    expect(both.at(-1)).toMatchObject({ id: 'cost', label: 'Energy cost (EUR)', delta: 2.5 })
    expect(kpiRows({ ref: priced(10, 'EUR'), other: priced(12, 'USD') }).some((r) => r.id === 'cost')).toBe(
      false,
    )
  })
})
