import { describe, expect, it } from 'vitest'
import { ledgerOf } from './ledger.ts'
import { ledgerHall, pointOf } from './ledgerHalls.ts'
import { breaksFirst, crossingsOf, type DatedLedger } from './timeline.ts'

describe('crossings over dated ledgers', () => {
  it('450 kW growing 3 %/month against a 700 kW UPS crosses in month 15 (ln(700/450)/ln 1.03 = 14.95); cooling at 900 kW in month 24', () => {
    // 10 racks × 38 × 200 W = 76 kW; scale 450/76 gives 450 kW in month 0. Four 300 kW units at N+1: 900 kW.
    const point = pointOf(
      ledgerHall({ racks: 10, serversPerRack: 38, units: 4, unitKw: 300, redundancy: 'N+1' }, (s) => {
        s.electrical = { upsCapacityKw: 700 }
      }),
    )
    const series: DatedLedger[] = Array.from({ length: 25 }, (_, month) => ({
      date: `m${month}`,
      entries: ledgerOf(point.settle((450 / 76) * 1.03 ** month)),
    }))
    const ranking = breaksFirst(series)
    // 450 × 1.03^14 = 680.6 kW ≤ 700 < 450 × 1.03^15 = 701.1 kW.
    expect(ranking[0]).toMatchObject({
      kind: 'ups',
      firstCrossed: 'm15',
      firstOver: 'm15',
      stateAtCrossing: 'over',
    })
    // 450 × 1.03^23 = 888.0 kW ≤ 900 < 450 × 1.03^24 = 914.7 kW: redundancy lost, never over (1,200 kW).
    expect(ranking[1]).toMatchObject({ kind: 'cooling', firstCrossed: 'm24', firstOver: null })
    expect(ranking[1].marginLeft).toBeCloseTo(900_000 - 450_000 * 1.03 ** 24, 2)
    // Everything else never crossed, ranked by its smallest margin share.
    expect(ranking.slice(2).every((c) => c.firstCrossed === null)).toBe(true)
  })

  it('follows a line from the first ledger that has it, and keeps the smallest margin share', () => {
    const entry = (used: number) => ({
      kind: 'rackPower' as const,
      assetId: 'R-1',
      redundancy: 'none',
      unit: 'W' as const,
      used,
      limit: 100,
      designLimit: 100,
      margin: 100 - used,
      marginPct: 100 - used,
      state: used > 100 ? ('over' as const) : ('ok' as const),
    })
    const [c] = crossingsOf([
      { date: '2027-01', entries: [] },
      { date: '2027-02', entries: [entry(90)] },
      { date: '2027-03', entries: [entry(120)] },
      { date: '2027-04', entries: [entry(80)] },
    ])
    expect(c).toMatchObject({
      firstCrossed: '2027-03',
      firstOver: '2027-03',
      marginLeft: 20,
      minMarginPct: -20,
    })
  })
})
