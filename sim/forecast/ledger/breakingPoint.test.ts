import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../../scenario/parse.ts'
import { breakingPoint, breakingPoints } from './breakingPoint.ts'
import { chainPatch, ledgerHall, pointOf } from './ledgerHalls.ts'
import { createOperatingPoint } from './operatingPoint.ts'
import { peakOfSpan } from './todayPoint.ts'

describe('breaking point', () => {
  it('four 120 kW units at N+1 under 76 kW of IT: breaks at 360/76 = 4.737× (redundancy lost), within 1 %', () => {
    const point = pointOf(
      ledgerHall({ racks: 10, serversPerRack: 38, units: 4, unitKw: 120, redundancy: 'N+1' }),
    )
    const found = breakingPoint(point)
    const handScale = 360 / 76
    expect(found.scale).toBeLessThanOrEqual(handScale)
    expect(found.scale).toBeGreaterThanOrEqual(handScale / 1.01)
    expect(found.brokenAtScale!).toBeGreaterThan(handScale)
    expect(found.breaks).toMatchObject({ kind: 'cooling', assetId: 'cooling', state: 'redundancyLost' })
    // Today's margin of that line: 360 − 76 = 284 kW.
    expect(found.today!.margin).toBeCloseTo(284_000, 3)
    expect(found.settles).toBeLessThan(20)
  })

  it('N−1: with any one of the four units out 360 kW is left, and the hall is over there, at the same 4.737×', () => {
    const point = pointOf(
      ledgerHall({ racks: 10, serversPerRack: 38, units: 4, unitKw: 120, redundancy: 'N+1' }),
    )
    const { allIn, worstSingleFailure, singleFailures } = breakingPoints(point)
    expect(singleFailures).toHaveLength(4)
    expect(worstSingleFailure!.failure).toMatchObject({ type: 'failCoolingUnit' })
    expect(worstSingleFailure!.breaks).toMatchObject({ kind: 'cooling', state: 'over', limit: 360_000 })
    expect(worstSingleFailure!.scale).toBeGreaterThanOrEqual(360 / 76 / 1.01)
    expect(worstSingleFailure!.scale).toBeLessThanOrEqual(360 / 76)
    expect(allIn.breaks!.state).toBe('redundancyLost')
  })

  it('an N hall has no single failure to try; its breaking point is all-in: 2 × 100 kW / 76 kW = 2.632×', () => {
    const point = pointOf(
      ledgerHall({ racks: 10, serversPerRack: 38, units: 2, unitKw: 100, redundancy: 'N' }),
    )
    const { allIn, worstSingleFailure } = breakingPoints(point)
    expect(worstSingleFailure).toBeNull()
    expect(allIn.breaks).toMatchObject({ kind: 'cooling', state: 'over' })
    expect(allIn.scale).toBeGreaterThanOrEqual(200 / 76 / 1.01)
    expect(allIn.scale).toBeLessThanOrEqual(200 / 76)
  })

  it('a rack already past one feed today (6,000 W > 5,888 W) breaks below 1×: at 5,888/6,000 = 0.981×', () => {
    const point = pointOf(
      ledgerHall(
        { racks: 1, serversPerRack: 30, units: 1, unitKw: 100, redundancy: 'N' },
        chainPatch({ capacityKw: 100, moduleCount: 1, redundancy: 'N' }, 32, true),
      ),
    )
    const found = breakingPoint(point)
    expect(found.breaks).toMatchObject({ kind: 'abFeed', assetId: 'A-01' })
    expect(found.scale).toBeLessThanOrEqual(5888 / 6000)
    expect(found.scale).toBeGreaterThanOrEqual(5888 / 6000 / 1.01)
    // Losing a PDU puts all of it on the other's circuit (and the feed pair is down to it): over at 5,888 W.
    const { worstSingleFailure } = breakingPoints(point)
    expect(worstSingleFailure!.breaks).toMatchObject({ kind: 'abFeed', state: 'over', limit: 5888 })
    expect(worstSingleFailure!.scale).toBeGreaterThanOrEqual(5888 / 6000 / 1.01)
  })
})

describe('breaking point of the default hall', () => {
  it('its A/B PDUs bind: each 125 kW PDU must take the whole hall when the other side fails, 125 kW / 100.9 kW = 1.239×', () => {
    const path = join(import.meta.dirname, '../../../scenarios/default.json')
    const scenario = parseScenarioText(readFileSync(path, 'utf8'), path)
    const peak = peakOfSpan(scenario)
    const point = createOperatingPoint(scenario, peak.utilization, scenario.startEpochS + peak.atS)
    // Every rack is on pdu-a1 and pdu-b1, 50/50: either PDU carries all of the IT load after a failover.
    const handScale = 125_000 / point.settle(1).totals.itW
    const { allIn, worstSingleFailure } = breakingPoints(point)
    expect(allIn.breaks).toMatchObject({ kind: 'pdu', state: 'redundancyLost' })
    expect(worstSingleFailure!.breaks).toMatchObject({ kind: 'pdu', state: 'over', limit: 125_000 })
    for (const p of [allIn, worstSingleFailure!]) {
      expect(p.scale).toBeLessThanOrEqual(handScale)
      expect(p.scale).toBeGreaterThanOrEqual(handScale / 1.01)
    }
  }, 60_000)
})
