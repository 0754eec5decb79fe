// Run and Cancel, the progress of the run (replicas done of total, not a spinner) and how the last run ended.
import { cancelForecast, startForecast, useForecastRun } from '../../state/forecastRun.ts'
import { optionErrors } from '../../state/forecastOptions.ts'

const STATUS_TEXT = {
  idle: 'Not run yet',
  running: 'Running',
  done: 'Done',
  cancelled: 'Cancelled: the previous result stays below',
  error: 'Failed',
} as const

export function ForecastRunBar() {
  const status = useForecastRun((s) => s.status)
  const done = useForecastRun((s) => s.done)
  const total = useForecastRun((s) => s.total)
  const error = useForecastRun((s) => s.error)
  const advising = useForecastRun((s) => s.advising)
  const invalid = useForecastRun((s) => Object.keys(optionErrors(s.options)).length > 0)
  const running = status === 'running'
  return (
    <div className="forecast-run">
      <div className="forecast-run-row">
        <button
          type="button"
          className="play"
          data-testid="forecast-run"
          disabled={running || invalid}
          onClick={() => void startForecast()}
        >
          Forecast
        </button>
        <button type="button" data-testid="forecast-cancel" disabled={!running} onClick={cancelForecast}>
          Cancel
        </button>
        <progress
          data-testid="forecast-progress"
          data-done={done}
          data-total={total}
          value={done}
          max={Math.max(1, total)}
        />
        <span className="progress-text">{total > 0 ? `${done} / ${total}` : ''}</span>
      </div>
      <div className={`forecast-status ${status}`} data-testid="forecast-status" data-status={status}>
        {advising && running
          ? 'Replicas done; verifying provisioning advice by re-running'
          : STATUS_TEXT[status]}
        {status === 'error' && error && <span data-testid="forecast-error">: {error}</span>}
      </div>
    </div>
  )
}
