// What drives the servers: the scenario's own workload, a trace being read (with progress), or its replay.
import type { TraceSummary } from '../../workers/simApi.ts'
import { clearTrace } from '../state/trace.ts'
import { formatLabel } from '../state/traceFormat.ts'
import { useUi } from '../state/store.ts'
import { formatSpan, nameList, spreadText } from './format.ts'

const MAX_WARNINGS = 4

function Replaying({ summary }: { summary: TraceSummary }) {
  const loading = useUi((s) => s.loading)
  const horizonS = useUi((s) => s.layout?.horizonS ?? Infinity)
  const servers = useUi((s) => s.layout?.racks.reduce((n, r) => n + r.serverCount, 0) ?? 0)
  const jobs = summary.format === 'swf'
  const span = formatSpan(summary.durationS)
  const extra = summary.warnings.length - MAX_WARNINGS
  return (
    <>
      <p className="trace-title" data-testid="trace-status">
        {jobs ? `Scheduling ${summary.jobs} jobs` : `Replaying ${summary.series} series`}
      </p>
      <p className="muted trace-detail" title={summary.files.join('\n')} data-testid="trace-detail">
        {formatLabel(summary.format)} · {nameList(summary.files)}
        <br />
        {jobs ? `Submissions and runs span ${span}` : `${span} of samples from the start`}
        {!jobs && summary.durationS < horizonS ? ', idle after' : ''}
        {!jobs && servers > 0 && (
          <>
            <br />
            {spreadText(summary.series, servers)}
          </>
        )}
      </p>
      {summary.warnings.length > 0 && (
        <ul className="trace-warnings" data-testid="trace-warnings">
          {summary.warnings.slice(0, MAX_WARNINGS).map((w) => (
            <li key={w}>{w}</li>
          ))}
          {extra > 0 && <li>and {extra} more</li>}
        </ul>
      )}
      <button type="button" data-testid="trace-clear" disabled={loading} onClick={() => void clearTrace()}>
        Back to the scenario&apos;s workload
      </button>
    </>
  )
}

export function TraceStatus() {
  const trace = useUi((s) => s.trace)
  const kind = useUi((s) => s.workload?.kind)
  if (!trace)
    return (
      <p className="muted" data-testid="trace-none">
        The servers follow the scenario&apos;s own workload{kind ? ` (${kind})` : ''}. Replay a recorded trace
        instead: utilisation series drive the servers, a job log is scheduled onto them.
      </p>
    )
  if (trace.phase === 'replaying') return <Replaying summary={trace.summary} />
  const percent = Math.round(trace.progress * 100)
  return (
    <div className="trace-reading" data-testid="trace-reading">
      <p className="trace-title">
        Reading {trace.files.length === 1 ? trace.files[0] : `${trace.files.length} files`} as{' '}
        {formatLabel(trace.format)}…
      </p>
      <div
        className="trace-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <i style={{ width: `${percent}%` }} />
      </div>
      <span className="muted">{percent < 100 ? `${percent} %` : 'Starting the replay…'}</span>
    </div>
  )
}
