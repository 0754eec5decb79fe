// "What-if from now": changes to try, a horizon, and the fork computed beside the live run with its baseline.
import { useState } from 'react'
import { delayText, FORK_HORIZONS, runWhatIf } from '../state/fork.ts'
import { HorizonSelect } from './HorizonSelect.tsx'
import type { ForkChange } from '../state/fork.ts'
import { useUi } from '../state/store.ts'
import { ForkChangePicker } from './ForkChangePicker.tsx'
import { ForkChart } from './ForkChart.tsx'
import { ForkTable } from './ForkTable.tsx'
import { formatShortTime, formatSimTime } from './format.ts'

function ForkStatus() {
  const { computingFromS, superseded } = useUi((s) => s.fork)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  if (computingFromS === null) return null
  return (
    <div className="fork-status" data-testid="fork-computing" role="status">
      {/* The fork reports no fraction done, so the bar is indeterminate; it says so in words beside it. */}
      <progress className="fork-progress" aria-label="Computing the what-if" />
      <span>
        Computing from {formatShortTime(startEpochS + computingFromS)}; the live run keeps playing
        {superseded > 0 ? (
          <small data-testid="fork-superseded">
            {superseded === 1 ? 'An older request was' : `${superseded} older requests were`} replaced
          </small>
        ) : null}
      </span>
    </div>
  )
}

function ForkResultView() {
  const result = useUi((s) => s.fork.result)
  const stale = useUi((s) => s.fork.computingFromS !== null)
  if (!result) return null
  const { forecast } = result
  return (
    <div
      className={stale ? 'fork-result stale' : 'fork-result'}
      data-testid="fork-result"
      data-from-s={String(forecast.fromS)}
      data-to-s={String(forecast.toS)}
    >
      <p className="fork-from">
        From <strong data-testid="fork-from">{formatSimTime(forecast.startEpochS + forecast.fromS)}</strong>
        {' for '}
        {FORK_HORIZONS.find((h) => h.horizonS === result.horizonS)?.label ?? `${result.horizonS} s`}
        <small>
          {result.changes.length > 0 ? result.changes.join(' · ') : 'no change: the baseline twice'}
        </small>
      </p>
      <ForkTable forecast={forecast} />
      <ForkChart forecast={forecast} />
    </div>
  )
}

export function ForkPanel() {
  const [changes, setChanges] = useState<readonly ForkChange[]>([])
  const [horizon, setHorizon] = useState(FORK_HORIZONS[1])
  return (
    <section className="panel fork" data-testid="fork-panel">
      <h2>What-if from now</h2>
      <ForkChangePicker onAdd={(c) => setChanges((list) => [...list, c])} />
      {changes.length > 0 ? (
        <ul className="down-list fork-changes" data-testid="fork-changes">
          {changes.map((c, k) => (
            <li key={k}>
              <span className="down-id">{c.label}</span>
              <span className="muted">{delayText(c.delayS)}</span>
              <button
                type="button"
                className="link"
                aria-label={`Remove ${c.label}`}
                onClick={() => setChanges((list) => list.filter((_, i) => i !== k))}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted note">Add one or more changes; with none, the run shows the baseline alone.</p>
      )}
      <div className="picker-row fork-run">
        <span className="muted">horizon</span>
        <HorizonSelect value={horizon} onChange={setHorizon} testId="fork-horizon" />
        <button
          type="button"
          className="primary"
          data-testid="fork-run"
          onClick={() => void runWhatIf(changes, horizon)}
        >
          Run from now
        </button>
      </div>
      <ForkStatus />
      <ForkResultView />
    </section>
  )
}
