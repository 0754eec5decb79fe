// What happened to the simulation worker and its run, in plain words: restoring, restored, or given up.
import { dismissWorkerBanner, retryWorker } from '../state/recovery.ts'
import { useUi } from '../state/store.ts'
import { healthText } from '../state/workerHealth.ts'
import { formatSimTime } from './format.ts'

export function WorkerBanner() {
  const health = useUi((s) => s.worker)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  if (health.phase === 'ok') return null
  const text = healthText(health, (atS) => formatSimTime(startEpochS + atS))
  const restoredS = 'atS' in health ? health.atS : undefined
  // Restored but paused (a step failed): still something to act on, not all clear.
  const paused = health.phase === 'recovered' && !health.resumed ? ' is-paused' : ''
  return (
    <div
      className={`error-banner worker-banner is-${health.phase}${paused}`}
      role={health.phase === 'recovered' ? 'status' : 'alert'}
      data-testid="worker-banner"
      data-phase={health.phase}
      data-restored-s={restoredS}
    >
      <span>{text}</span>
      {health.phase === 'recovering' ? (
        <progress
          max={1}
          value={health.progress}
          aria-label="Restoring the run"
          data-testid="worker-progress"
        />
      ) : null}
      {health.phase === 'stopped' ? (
        <button type="button" onClick={retryWorker}>
          Try again
        </button>
      ) : null}
      {health.phase === 'recovered' || health.phase === 'stopped' ? (
        <button type="button" className="ghost" aria-label="Dismiss" onClick={dismissWorkerBanner}>
          ×
        </button>
      ) : null}
    </div>
  )
}
