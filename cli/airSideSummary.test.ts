// The air side in the run report and its summary row, on the fan-heat validation hall (hand values in
// docs/physics.md#fan-heat-and-the-air-side-first-law).
import { describe, expect, it } from 'vitest'
import { airSideOf } from '../sim/metrics/airSideReport.ts'
import { fanHeatHall } from '../sim/validation/cases/fanHeat.ts'
import { airSideRow } from './airSideSummary.ts'

describe('the air side of a 5 m³/s CRAH with a 5 kW fan, 4 kW IT and 500 W lighting', () => {
  const report = airSideOf(fanHeatHall())
  it('splits the 9.5 kW coil load into 4.5 kW taken from the room and the fan’s 5 kW', () => {
    expect(report.coilLoadKw).toBeCloseTo(9.5, 9)
    expect(report.netRemovalKw).toBeCloseTo(4.5, 9)
    expect(report.fanHeatKw).toBe(5)
    expect(report.heatInKw).toBeCloseTo(9.5, 9)
    expect(report.units[0].fanRiseK).toBeCloseTo(5000 / (1.2 * 1006 * 5), 12)
    expect(report.units[0]).toMatchObject({ fanPosition: 'drawThrough', supplySensor: 'afterFan' })
  })
  it('says so in one summary line', () => {
    expect(airSideRow(report)).toEqual([
      'air side',
      'coil 9.5 kW = net 4.5 + fans 5.0 kW; supply 18.0–18.0 °C, coil-leaving 17.2–17.2 °C (fan rise 0.83–0.83 K)',
    ])
  })
})
