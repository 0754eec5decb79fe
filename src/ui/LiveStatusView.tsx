// The live connection as it stands: state, what came in, how far source and twin have got, and disconnect.
import type { LiveStatus } from '../../workers/protocol.ts'
import { disconnectLive } from '../state/liveSource.ts'
import { formatDuration } from './format.ts'

/** "14:05:10 UTC" for a Unix time in seconds. */
const clockText = (epochS: number) =>
  Number.isFinite(epochS) ? `${new Date(Math.floor(epochS) * 1000).toISOString().slice(11, 19)} UTC` : '—'

const STATE_TEXT: Record<LiveStatus['state'], string> = {
  connecting: 'Connecting',
  live: 'Live',
  retrying: 'Retrying',
  stopped: 'Stopped',
}

export function LiveStatusView({ status }: { status: LiveStatus }) {
  const { twin } = status
  const waiting = status.frontierS < status.startEpochS
  return (
    <div className="live-status" data-testid="live-status">
      <p className="trace-title">
        <span className={`live-pill ${status.state}`} data-testid="live-state">
          {STATE_TEXT[status.state]}
        </span>{' '}
        {status.kind === 'prometheus' ? 'Prometheus' : 'WebSocket stream'}
      </p>
      <p className="muted trace-detail" data-testid="live-url-shown">
        {status.url}
      </p>
      {status.state === 'retrying' && (
        <p className="live-error" data-testid="live-retry">
          {status.error} — again in {formatDuration(status.retryInS ?? 0)}
        </p>
      )}
      <dl className="live-figures">
        <dt>Source delivered up to</dt>
        <dd data-testid="live-frontier">{waiting ? 'nothing yet' : clockText(status.frontierS)}</dd>
        <dt>Twin at</dt>
        <dd data-testid="live-twin">{clockText(status.twinEpochS)}</dd>
        <dt>Readings</dt>
        <dd data-testid="live-received">
          {status.received.toLocaleString('en')} in · {twin.accepted.toLocaleString('en')} used
        </dd>
        {(twin.late > 0 || twin.ignored > 0 || status.outOfRange > 0) && (
          <>
            <dt>Set aside</dt>
            <dd data-testid="live-dropped">
              {[
                twin.late > 0 && `${twin.late} late (applied on arrival)`,
                twin.ignored > 0 && `${twin.ignored} for assets or metrics this hall lacks`,
                status.outOfRange > 0 && `${status.outOfRange} out of range or NaN`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        )}
      </dl>
      {status.unusable.length > 0 && (
        <p className="trace-warnings" data-testid="live-unusable" title={status.unusable.join('\n')}>
          {status.unusable.length} series without the asset label, e.g. {status.unusable[0]}
        </p>
      )}
      <button
        type="button"
        data-testid="live-disconnect"
        title="The twin stays where it is and runs on at the chosen speed"
        onClick={() => void disconnectLive()}
      >
        Stop following
      </button>
    </div>
  )
}
