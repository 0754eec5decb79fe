// The deterministic growth path: IT demand as a multiplier of the scenario's load, months after its start.
// docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import type { DemandSpec, GrowthSpec, SeasonalSpec } from '../../scenario/growthSchema.ts'
import { calendarMonthOf, MONTH_S } from './calendar.ts'
import { cos, log, pow } from '../../math/portable.ts'

export interface DemandOptions {
  /**
   * Calendar position at t = 0, months since 1 January (calendarMonthOf(startEpochS)); needed only by seasonal
   * peaks, which follow the calendar, not the run.
   */
  calendarMonthAtStart?: number
  /**
   * Standard deviations of the growth uncertainty to add: 0 is the mean path, −1.2816 / +1.2816 the p10 / p90.
   * The rate's deviation is held for the whole horizon (a planning "3 ± 1 %/month"), so every month of the path
   * is that quantile of the demand at that month.
   */
  sigmas?: number
}

/**
 * Load multiplier at `monthsFromStart` (≥ 0): the trend (1 at month 0) times the seasonal factor of that calendar
 * month. Linear: (base + rate·m)/base; compound: (1 + rate/100)^m; table: linear between its months. Never below 0.
 * @throws RangeError for a month before the start or past a table's last month
 */
export function demandAt(
  growth: Pick<GrowthSpec, 'demand' | 'seasonal'>,
  monthsFromStart: number,
  options: DemandOptions = {},
): number {
  if (!(monthsFromStart >= 0)) throw new RangeError(`months from start must be ≥ 0, got ${monthsFromStart}`)
  const trend = trendAt(growth.demand, monthsFromStart, options.sigmas ?? 0)
  return (
    Math.max(0, trend) * seasonalAt(growth.seasonal, (options.calendarMonthAtStart ?? 0) + monthsFromStart)
  )
}

function trendAt(demand: DemandSpec, m: number, sigmas: number): number {
  switch (demand.kind) {
    case 'linear':
      return (demand.baseItKw + (demand.kwPerMonth + sigmas * demand.sigmaKwPerMonth) * m) / demand.baseItKw
    case 'compound':
      return pow(1 + (demand.percentPerMonth + sigmas * demand.sigmaPercentPerMonth) / 100, m)
    case 'table': {
      const last = demand.meanKw.length - 1
      if (m > last) throw new RangeError(`month ${m} is past the growth table's last month ${last}`)
      const i = Math.min(Math.floor(m), last - 1)
      const f = m - i
      const at = (k: number) => demand.meanKw[k] + sigmas * demand.sigmaKw[k]
      return ((1 - f) * at(i) + f * at(i + 1)) / demand.baseItKw
    }
  }
}

/** Seasonal factor at a calendar position (months since 1 January, any number of years on). */
export function seasonalAt(seasonal: SeasonalSpec, calendarMonth: number): number {
  const c = ((calendarMonth % 12) + 12) % 12
  switch (seasonal.kind) {
    case 'none':
      return 1
    case 'monthly':
      return seasonal.multipliers[Math.floor(c)]
    case 'peak':
      // Peak at the middle of peakMonth: 0-based position peakMonth − 1 + 0.5.
      return 1 + seasonal.amplitude * cos((2 * Math.PI * (c - (seasonal.peakMonth - 0.5))) / 12)
  }
}

/**
 * Months until the mean trend (no season, no uncertainty) first reaches `multiplier` × today's load, in closed
 * form; Infinity when it never does. A table is searched month by month and interpolated.
 */
export function monthsToReach(demand: DemandSpec, multiplier: number): number {
  if (multiplier <= 1) return 0
  switch (demand.kind) {
    case 'linear': {
      const m = ((multiplier - 1) * demand.baseItKw) / demand.kwPerMonth
      return demand.kwPerMonth > 0 ? m : Infinity
    }
    case 'compound': {
      const r = demand.percentPerMonth / 100
      return r > 0 ? log(multiplier) / log(1 + r) : Infinity
    }
    case 'table': {
      const target = multiplier * demand.baseItKw
      for (let k = 1; k < demand.meanKw.length; k++) {
        const a = demand.meanKw[k - 1]
        const b = demand.meanKw[k]
        if (b >= target) return a >= target ? k - 1 : k - 1 + (target - a) / (b - a)
      }
      return Infinity
    }
  }
}

/**
 * The scenario's growth as a load scale over simulated seconds (what a long-horizon run multiplies its workload
 * by): demandAt at tS / MONTH_S months, seasons placed by the scenario's startDate. 1 without a growth section.
 */
export function loadScaleOf(
  scenario: { startEpochS: number; growth?: Pick<GrowthSpec, 'demand' | 'seasonal'> },
  sigmas = 0,
): (tS: number) => number {
  const growth = scenario.growth
  if (!growth) return () => 1
  const calendarMonthAtStart = calendarMonthOf(scenario.startEpochS)
  return (tS) => demandAt(growth, tS / MONTH_S, { calendarMonthAtStart, sigmas })
}
