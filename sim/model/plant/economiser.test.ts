import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FAN_RISE_K,
  economiserHours,
  economiserMode,
  type AirSideEconomiser,
  type WaterSideEconomiser,
} from './economiser.ts'
import type { OutdoorSeries } from './outdoor.ts'
import { constantOutdoor } from '../../testing/constantOutdoor.ts'

const series = (dryBulbC: number[], wetBulbC?: number[], dewPointC?: number[]): OutdoorSeries => ({
  timeS: Float64Array.from(dryBulbC, (_, h) => h * 3600),
  dryBulbC: Float64Array.from(dryBulbC),
  wetBulbC: wetBulbC && Float64Array.from(wetBulbC),
  dewPointC: dewPointC && Float64Array.from(dewPointC),
})

describe('air-side economiser', () => {
  const air: AirSideEconomiser = { kind: 'air', supplySetpointC: 18, returnC: 29 }

  it('cools a constant 5 °C year for free: 8760 full hours at an 18 °C supply setpoint', () => {
    expect(economiserHours(constantOutdoor(5, 8760), air)).toEqual({
      fullH: 8760,
      partialH: 0,
      mechanicalH: 0,
      chillerEquivalentH: 0,
    })
  })

  it('cools a constant 30 °C year mechanically: no free hours above a 29 °C return', () => {
    const hours = economiserHours(constantOutdoor(30, 8760), air)
    expect(hours.fullH).toBe(0)
    expect(hours.partialH).toBe(0)
    expect(hours.mechanicalH).toBe(8760)
  })

  it('splits a mixed series by hand: ≤ 18 full, < 30 partial, else mechanical (no fan rise)', () => {
    const p: AirSideEconomiser = { kind: 'air', supplySetpointC: 18, returnC: 30, fanRiseK: 0 }
    // Partial fractions: (20 − 18)/12 = 1/6 and (24 − 18)/12 = 1/2.
    const hours = economiserHours(series([5, 10, 18, 20, 24, 30, 35]), p)
    expect(hours).toMatchObject({ fullH: 3, partialH: 2, mechanicalH: 2 })
    expect(hours.chillerEquivalentH).toBeCloseTo(1 / 6 + 1 / 2 + 2, 12)
  })

  it('needs outdoor air below supply − fan rise (0.58 K by default) for full free cooling', () => {
    expect(DEFAULT_FAN_RISE_K).toBeCloseTo(0.575, 3)
    expect(economiserMode(air, 17.4).mode).toBe('full')
    expect(economiserMode(air, 17.5).mode).toBe('partial')
  })

  it('locks out outdoor air whose dew point leaves the recommended −9…15 °C band', () => {
    expect(economiserMode(air, 5, undefined, 16)).toEqual({ mode: 'mechanical', chillerFraction: 1 })
    expect(economiserMode(air, 5, undefined, -10).mode).toBe('mechanical')
    expect(economiserMode(air, 5, undefined, 10).mode).toBe('full')
    expect(economiserMode({ ...air, dewPointRangeC: [-12, 17] }, 5, undefined, 16).mode).toBe('full')
  })

  it('gives more free hours to a warmer supply setpoint (A1 → A2, containment)', () => {
    const year = series(Array.from({ length: 40 }, (_, i) => i))
    const cool = economiserHours(year, { ...air, supplySetpointC: 18 })
    const warm = economiserHours(year, { ...air, supplySetpointC: 24 })
    expect(warm.fullH).toBe(cool.fullH + 6)
  })
})

describe('water-side economiser (series plate heat exchanger)', () => {
  // Free cooling delivers T_wb + 4 K tower + 1.5 K exchanger approach.
  const water: WaterSideEconomiser = { kind: 'water', chwSetpointC: 10, chwReturnC: 16 }

  it('splits by wet bulb by hand: ≤ 4.5 full, < 10.5 partial, else mechanical', () => {
    // Wet bulb 7.5 → 13 °C from the exchanger: the chiller lifts the last (13 − 10)/6 = 1/2.
    const hours = economiserHours(series([20, 20, 20, 20, 20], [3, 4.5, 7.5, 10.5, 12]), water)
    expect(hours).toMatchObject({ fullH: 2, partialH: 1, mechanicalH: 2 })
    expect(hours.chillerEquivalentH).toBeCloseTo(2.5, 12)
    expect(economiserMode(water, 20, 7.5)).toEqual({ mode: 'partial', chillerFraction: 0.5 })
  })

  it('falls back to the dry bulb without a wet bulb, which never overstates free cooling', () => {
    expect(economiserMode(water, 4).mode).toBe('full')
    expect(economiserMode(water, 20).mode).toBe('mechanical')
  })

  it('honours explicit approaches', () => {
    expect(economiserMode({ ...water, towerApproachK: 3, hxApproachK: 1 }, 20, 6).mode).toBe('full')
  })
})
