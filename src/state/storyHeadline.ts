// The story's four headline figures at a point of the story: capacity left, when it runs out, the cost of energy
// so far (or the energy in MWh when the scenario has no tariff: a price is never invented) and PUE.
// docs/story.md#headline-figures
import { MONTH_S } from '../../sim/forecast/growth/index.ts'
import type { ForecastSummary } from '../../sim/forecast/run/index.ts'
import { kindLabel } from '../ui/forecast/kindLabels.ts'
import { monthYear } from './storyScript.ts'

export interface Headline {
  /** Each figure as shown: a large value and a small line under it saying what it is. */
  capacity: Figure
  runsOut: Figure
  energy: Figure
  pue: Figure
}

export interface Figure {
  value: string
  note: string
}

const DASH = '—'

/** "€ 12,345" style money with the ISO currency code after it (no symbol table to keep). */
const money = (amount: number, currency: string) =>
  `${Math.round(amount).toLocaleString('en-US')} ${currency}`

/** The month of the story `atS` falls in, 0 … months − 1. */
export const monthOf = (atS: number, months: number) =>
  Math.min(Math.max(Math.floor(atS / MONTH_S), 0), months - 1)

/**
 * The forecast's figures at `atS` (median replica, p50): capacity left is 100 % minus the fullest share kind's
 * worst line that month (which kind is named); it runs out at the median first crossing of the line most often
 * crossed first; energy is the facility's, summed over the months begun so far; PUE is the month's.
 */
export function forecastHeadline(
  summary: ForecastSummary,
  atS: number,
  startEpochS: number,
  currency: string | null,
): Headline {
  const m = monthOf(atS, summary.months)
  const month = summary.monthly[m]
  let fullest: { kind: string; percent: number } | null = null
  for (const [kind, bands] of Object.entries(month?.worstByKind ?? {})) {
    if (summary.kindLimits[kind as keyof typeof summary.kindLimits]?.unit !== '%' || bands.p50 === null)
      continue
    if (!fullest || bands.p50 > fullest.percent) fullest = { kind, percent: bands.p50 }
  }
  const capacity: Figure = fullest
    ? {
        value: `${Math.max(0, 100 - fullest.percent).toFixed(0)} %`,
        note: `capacity left: ${kindLabel(fullest.kind)}`,
      }
    : { value: DASH, note: 'capacity left' }

  const first = summary.breaksFirst[0]
  const line = first && summary.resources.find((r) => r.id === first.id)
  const runsOut: Figure =
    first && first.p50 !== null
      ? {
          value: monthYear(startEpochS + first.p50 * MONTH_S),
          note: `runs out: ${line ? `${line.asset} (${kindLabel(line.kind)})` : first.id}`,
        }
      : { value: `> ${summary.months} months`, note: 'runs out: no limit crossed (median)' }

  const upTo = summary.monthly.slice(0, m + 1)
  const cost = upTo.every((b) => b.cost?.p50 != null) ? upTo.reduce((s, b) => s + b.cost!.p50!, 0) : null
  const energy: Figure =
    currency !== null && cost !== null
      ? { value: money(cost, currency), note: `energy cost since ${monthYear(startEpochS)}` }
      : {
          value: `${(upTo.reduce((s, b) => s + (b.facilityKwh.p50 ?? 0), 0) / 1000).toFixed(0)} MWh`,
          note: 'facility energy (no tariff in the scenario)',
        }

  const pue = month?.pue.p50
  return {
    capacity,
    runsOut,
    energy,
    pue: { value: pue == null ? DASH : pue.toFixed(2), note: `PUE, ${monthYear(startEpochS + m * MONTH_S)}` },
  }
}

/** What a live story knows: the run's present KPIs, the energy integrated so far and the power headroom. */
export interface LiveFigures {
  pue: number
  facilityMwh: number
  /** 1 − IT power / usable IT capacity (the run history's powerHeadroom), or null before the history has a row. */
  powerHeadroom: number | null
}

/** A hall without growth never runs out in the story: it says so rather than inventing a date. */
export function liveHeadline(f: LiveFigures): Headline {
  return {
    capacity:
      f.powerHeadroom === null
        ? { value: DASH, note: 'capacity left: power' }
        : { value: `${Math.max(0, f.powerHeadroom * 100).toFixed(0)} %`, note: 'capacity left: power' },
    runsOut: { value: 'no growth', note: 'runs out: no growth section' },
    energy: { value: `${f.facilityMwh.toFixed(1)} MWh`, note: 'facility energy this run' },
    pue: { value: Number.isFinite(f.pue) ? f.pue.toFixed(2) : DASH, note: 'PUE now' },
  }
}
