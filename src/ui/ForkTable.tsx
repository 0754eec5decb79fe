// Baseline against fork over the what-if's horizon: peak inlet, time to each limit, exceedance, PUE, energy, trips,
// conditions raised (power, cooling, climate).
import { FAILURE_LIMITS_C } from '../../sim/index.ts'
import type { Forecast, ForecastSummary } from '../../workers/protocol.ts'
import { fixed, formatDuration, formatShortTime } from './format.ts'

interface Row {
  id: string
  label: string
  value: (s: ForecastSummary) => number | null
  text: (v: number | null) => string
  /** Whether a larger number is the worse outcome (times to a limit: a smaller one is). */
  worse: 'higher' | 'sooner'
}

// Whole kWh from 100 on, so a value fits its narrow column on one line.
const energy = (kwh: number | null) => (kwh === null ? '—' : `${fixed(kwh, kwh >= 100 ? 0 : 1)} kWh`)
const duration = (s: number | null) => (s === null || s <= 0 ? 'none' : formatDuration(s))
const count = (n: number | null) => String(n ?? '—')
const celsius = (c: number | null) => `${fixed(c ?? NaN, 1)} °C`
const ratio = (p: number | null) => fixed(p ?? NaN, 3)
const reached = (t: number | null) => (t === null ? 'no' : t === 0 ? 'already' : formatDuration(t))

const row = (
  id: string,
  label: string,
  value: Row['value'],
  text: Row['text'],
  worse: Row['worse'] = 'higher',
): Row => ({ id, label, value, text, worse })

const ROWS: readonly Row[] = [
  row('peak', 'Peak inlet', (s) => s.peakInletC, celsius),
  ...FAILURE_LIMITS_C.map((c, k) =>
    row(`to${c}`, `Reaches ${c} °C`, (s) => s.reachedS[k], reached, 'sooner'),
  ),
  row('above27', 'Above 27 °C', (s) => s.aboveRecommendedS, duration),
  row('aboveAllowable', 'Above allowable', (s) => s.aboveAllowableS, duration),
  row('pue', 'PUE', (s) => s.pue, ratio),
  row('it', 'IT energy', (s) => s.itEnergyKwh, energy),
  row('facility', 'Facility energy', (s) => s.facilityEnergyKwh, energy),
  row('trips', 'Server trips', (s) => s.serverTrips, count),
  row('power', 'Power conditions', (s) => s.powerConditionsRaised, count),
  row('cooling', 'Cooling conditions', (s) => s.coolingConditionsRaised, count),
  row('climate', 'Climate conditions', (s) => s.climateConditionsRaised, count),
]

/** True when the fork's figure is worse than the baseline's by the row's reading (never for IT energy). */
function isWorse(row: Row, base: number | null, fork: number | null): boolean {
  if (row.id === 'it') return false // more IT energy is the load asked for, not a harm
  if (row.worse === 'sooner') return fork !== null && (base === null || fork < base)
  return base !== null && fork !== null && fork > base + 1e-9
}

function Cell({ row, value, testId, hot }: { row: Row; value: number | null; testId: string; hot: boolean }) {
  return (
    <td
      className={hot ? 'worse' : undefined}
      data-testid={testId}
      data-value={value === null ? '' : String(value)}
    >
      {row.text(value)}
    </td>
  )
}

export function ForkTable({ forecast }: { forecast: Forecast }) {
  const { baseline, fork, startEpochS } = forecast
  return (
    <table className="limits fork-table" data-testid="fork-table">
      <thead>
        <tr>
          <th scope="col">Horizon</th>
          <th scope="col">Baseline</th>
          <th scope="col">What-if</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => {
          const [b, f] = [row.value(baseline.summary), row.value(fork.summary)]
          return (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <Cell row={row} value={b} testId={`fork-${row.id}-baseline`} hot={false} />
              <Cell row={row} value={f} testId={`fork-${row.id}-fork`} hot={isWorse(row, b, f)} />
            </tr>
          )
        })}
        <tr className="sub">
          <th scope="row">Peak at</th>
          <td>{formatShortTime(startEpochS + baseline.summary.peakAtS)}</td>
          <td>{formatShortTime(startEpochS + fork.summary.peakAtS)}</td>
        </tr>
      </tbody>
    </table>
  )
}
