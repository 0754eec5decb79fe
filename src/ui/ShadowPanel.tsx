// Shadow mode, live or from a recorded long CSV: how far the twin is off — MAPE per metric, flagged sensors.
import type { Metric, SensorStatus, ShadowStatus } from '../../sim/index.ts'
import { useLive } from '../state/liveSource.ts'
import { fixed, formatDuration, formatShortTime } from './format.ts'
import { deviationText, metricLabel, metricUnit, metricValue } from './metricLabels.ts'

const WORST_SHOWN = 6
const EVENTS_SHOWN = 4

/** Sensors by how far off they are, as a share of the measured value: flagged ones first. */
function worst(sensors: readonly SensorStatus[]): SensorStatus[] {
  const off = (s: SensorStatus) => Math.abs(s.measured - s.simulated) / Math.max(Math.abs(s.measured), 1e-9)
  return [...sensors].sort((a, b) => Number(b.raised) - Number(a.raised) || off(b) - off(a))
}

function MapeTable({ shadow }: { shadow: ShadowStatus }) {
  const metrics = Object.keys(shadow.compared) as Metric[]
  return (
    <table className="shadow-table" data-testid="shadow-mape">
      <thead>
        <tr>
          <th>Metric</th>
          <th>Sensors</th>
          <th>Compared</th>
          <th>MAPE</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((m) => (
          <tr key={m} data-testid={`shadow-mape-${m}`}>
            <td>{metricLabel(m)}</td>
            <td>{shadow.sensors.filter((s) => s.metric === m).length}</td>
            <td>{shadow.compared[m].toLocaleString('en')}</td>
            <td className="num">{fixed(shadow.mapePct[m], 1)} %</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ShadowPanel({ startEpochS }: { startEpochS: number }) {
  const shadow = useLive((s) => s.shadow)
  if (!shadow || shadow.sensors.length === 0)
    return (
      <p className="muted" data-testid="shadow-none">
        No measured power or temperatures yet. Connect a live source, or replay a long CSV holding them: the
        readings are compared with the twin, per rack and per cooling unit.
      </p>
    )
  const events = shadow.recent.slice(-EVENTS_SHOWN).reverse()
  const { temperatureMarginK, powerMarginPct, sustainS } = shadow.margins
  const held = formatDuration(sustainS)
  return (
    <div data-testid="shadow-panel">
      <MapeTable shadow={shadow} />
      <p
        className={shadow.raisedNow > 0 ? 'shadow-flags raised' : 'shadow-flags'}
        data-testid="shadow-raised"
      >
        {shadow.raisedNow > 0
          ? `${shadow.raisedNow} sensor${shadow.raisedNow === 1 ? '' : 's'} off the twin for over ${held}`
          : `No sensor off the twin by more than ${temperatureMarginK} K or ${powerMarginPct} % for ${held}`}
      </p>
      <table className="shadow-table" data-testid="shadow-sensors">
        <thead>
          <tr>
            <th>Asset</th>
            <th>Metric</th>
            <th>Measured</th>
            <th>Twin</th>
            <th>Δ</th>
          </tr>
        </thead>
        <tbody>
          {worst(shadow.sensors)
            .slice(0, WORST_SHOWN)
            .map((s) => (
              <tr key={`${s.asset}/${s.metric}`} className={s.raised ? 'raised' : undefined}>
                <td>{s.asset}</td>
                <td>{metricLabel(s.metric)}</td>
                <td className="num">
                  {metricValue(s.metric, s.measured)} {metricUnit(s.metric)}
                </td>
                <td className="num">{metricValue(s.metric, s.simulated)}</td>
                <td className="num">{deviationText(s.metric, s.measured, s.simulated)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {events.length > 0 && (
        <ul className="shadow-events" data-testid="shadow-events">
          {events.map((e) => (
            <li key={`${e.asset}/${e.metric}/${e.atS}/${e.kind}`}>
              {formatShortTime(startEpochS + e.atS)} · {e.asset}{' '}
              {metricLabel(e.metric as Metric).toLowerCase()}{' '}
              {e.kind === 'raise' ? 'flagged' : 'back in line'}{' '}
              <span className="nowrap">({deviationText(e.metric as Metric, e.deviation, 0)})</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted note">
        MAPE: mean of |measured − twin| / |measured| over every reading compared. Margins {temperatureMarginK}{' '}
        K on temperatures and {powerMarginPct} % on power and cooling load, held {held} (the scenario&apos;s{' '}
        <code>shadow</code> section).
      </p>
    </div>
  )
}
