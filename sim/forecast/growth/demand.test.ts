// demandAt and monthsToReach against the issue's hand-derived crossings, seasonal factors and uncertainty quantiles.
import { describe, expect, it } from 'vitest'
import type { GrowthSpec } from '../../scenario/growthSchema.ts'
import { MONTH_S } from './calendar.ts'
import { demandAt, loadScaleOf, monthsToReach, seasonalAt } from './demand.ts'

const none = { kind: 'none' } as const
const compound3: GrowthSpec['demand'] = { kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 }
const linear10: GrowthSpec['demand'] = { kind: 'linear', baseItKw: 450, kwPerMonth: 10, sigmaKwPerMonth: 2 }

describe('demandAt', () => {
  it('450 kW growing 3 %/month compounded reaches 700 kW after ln(700/450)/ln(1.03) = 14.95 months', () => {
    const months = Math.log(700 / 450) / Math.log(1.03)
    expect(months).toBeCloseTo(14.9476, 4)
    expect(450 * demandAt({ demand: compound3, seasonal: none }, months)).toBeCloseTo(700, 9)
    expect(450 * demandAt({ demand: compound3, seasonal: none }, 14)).toBeLessThan(700) // 450·1.03^14 = 680.6
    expect(450 * demandAt({ demand: compound3, seasonal: none }, 15)).toBeGreaterThan(700) // 701.1
    expect(monthsToReach(compound3, 700 / 450)).toBeCloseTo(14.9476, 4)
  })

  it('10 kW/month linear from 450 kW reaches 700 kW after 25 months', () => {
    expect(450 * demandAt({ demand: linear10, seasonal: none }, 25)).toBeCloseTo(700, 9)
    expect(450 * demandAt({ demand: linear10, seasonal: none }, 24)).toBeCloseTo(690, 9)
    expect(monthsToReach(linear10, 700 / 450)).toBeCloseTo(25, 12)
  })

  it('a held rate deviation gives the quantile path: 3 ± 1 %/month at +1 σ is 4 %/month', () => {
    expect(demandAt({ demand: compound3, seasonal: none }, 12, { sigmas: 1 })).toBeCloseTo(1.04 ** 12, 12)
    expect(demandAt({ demand: compound3, seasonal: none }, 12, { sigmas: -1 })).toBeCloseTo(1.02 ** 12, 12)
    // 10 − 2 = 8 kW/month for 10 months: (450 + 80)/450.
    expect(demandAt({ demand: linear10, seasonal: none }, 10, { sigmas: -1 })).toBeCloseTo(530 / 450, 12)
  })

  it('a table (a fitted forecast) is linear between months and refuses months past its end', () => {
    const table: GrowthSpec['demand'] = {
      kind: 'table',
      baseItKw: 100,
      meanKw: [100, 110, 130],
      sigmaKw: [0, 5, 10],
      source: 'test',
    }
    expect(demandAt({ demand: table, seasonal: none }, 1.5)).toBeCloseTo(1.2, 12)
    // +1 σ at 1.5: (115 + 140)/2 = 127.5 kW.
    expect(demandAt({ demand: table, seasonal: none }, 1.5, { sigmas: 1 })).toBeCloseTo(1.275, 12)
    expect(monthsToReach(table, 1.2)).toBeCloseTo(1.5, 12)
    expect(() => demandAt({ demand: table, seasonal: none }, 2.5)).toThrow(
      /past the growth table's last month 2/,
    )
  })

  it('a shrinking linear demand stops at zero instead of going negative', () => {
    const shrink: GrowthSpec['demand'] = {
      kind: 'linear',
      baseItKw: 100,
      kwPerMonth: -10,
      sigmaKwPerMonth: 0,
    }
    expect(demandAt({ demand: shrink, seasonal: none }, 20)).toBe(0)
    expect(monthsToReach(shrink, 2)).toBe(Infinity)
  })
})

describe('seasonal peaks on top of the trend', () => {
  it('a monthly table applies by calendar month, from the calendar month at the start', () => {
    const multipliers = [1, 1, 1, 1, 1, 1, 1.2, 1.2, 1, 1, 1, 1]
    const growth = { demand: compound3, seasonal: { kind: 'monthly' as const, multipliers } }
    // Start on 5 January (≈ 0.13 months in): 6 months later is mid-July, 1.2 × 1.03^6.
    expect(demandAt(growth, 6, { calendarMonthAtStart: 4 / 31 })).toBeCloseTo(1.2 * 1.03 ** 6, 12)
    expect(demandAt(growth, 12, { calendarMonthAtStart: 4 / 31 })).toBeCloseTo(1.03 ** 12, 12)
  })

  it('a peak month + amplitude is 1 + A at mid peak month and 1 − A six months later', () => {
    const peak = { kind: 'peak' as const, peakMonth: 8, amplitude: 0.1 }
    expect(seasonalAt(peak, 7.5)).toBeCloseTo(1.1, 12) // mid-August
    expect(seasonalAt(peak, 1.5)).toBeCloseTo(0.9, 12) // mid-February
    expect(seasonalAt(peak, 4.5)).toBeCloseTo(1, 12) // mid-May, a quarter-cycle away: cos(π/2) = 0
    expect(seasonalAt(peak, 7.5 + 36)).toBeCloseTo(1.1, 12) // three years on
  })

  it('refuses a month before the start', () => {
    expect(() => demandAt({ demand: compound3, seasonal: none }, -1)).toThrow(/must be ≥ 0/)
  })
})

describe('loadScaleOf', () => {
  it('is demandAt over simulated seconds, seasons placed by the start date', () => {
    const startEpochS = Date.UTC(2026, 0, 1) / 1000
    const scale = loadScaleOf({ startEpochS, growth: { demand: compound3, seasonal: none } })
    // A month is 30.436875 d = 2,629,746 s; 14.9476 months of 3 % a month take 450 kW to 700 kW.
    expect(MONTH_S).toBe(2_629_746)
    expect(450 * scale((Math.log(700 / 450) / Math.log(1.03)) * MONTH_S)).toBeCloseTo(700, 9)
    // From 1 January, 7.5 months on is mid-August: the peak of an August season, 1.1 × 1.03^7.5.
    const seasonal = loadScaleOf({
      startEpochS,
      growth: { demand: compound3, seasonal: { kind: 'peak', peakMonth: 8, amplitude: 0.1 } },
    })
    expect(seasonal(7.5 * MONTH_S)).toBeCloseTo(1.1 * 1.03 ** 7.5, 12)
    expect(loadScaleOf({ startEpochS })(1e9)).toBe(1)
  })
})
