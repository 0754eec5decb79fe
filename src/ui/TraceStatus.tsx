// What drives the servers: the scenario's own workload, a trace being read (with progress), or its replay.
import type { CsvFit, TraceSummary } from '../../workers/protocol.ts'
import { clearTrace } from '../state/trace.ts'
import { formatLabel } from '../state/traceFormat.ts'
import { useUi } from '../state/store.ts'
import { formatSimTime, formatSpan, nameList, spreadText } from './format.ts'
import { metricLabel } from './metricLabels.ts'

const MAX_WARNINGS = 4

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/** Which servers the series drive: round-robin as before, or by rack name for a long CSV. */
function driveText(summary: TraceSummary, servers: number): string {
  const fit = summary.csv
  if (!fit) return spreadText(summary.series, servers)
  if (summary.series === 0) return "The scenario's own workload drives the servers"
  if (fit.rackSeries === 0) return spreadText(summary.series, servers)
  const idle = fit.drivenServers < servers ? ', the rest idle' : ''
  return `On ${fit.drivenServers} of ${servers} servers: ${count(fit.rackSeries, 'rack')} by name${idle}`
}

/** "12 measured channels shadow the twin (power, inlet); 2 ignored, not in this hall". */
function measuredText(fit: CsvFit): string {
  const ignored = fit.ignoredChannels > 0 ? `; ${fit.ignoredChannels} ignored, not in this hall` : ''
  if (fit.shadowChannels === 0) return `No measured channel to compare${ignored}`
  const metrics = fit.shadowMetrics.map((m) => metricLabel(m).toLowerCase()).join(', ')
  const verb = fit.shadowChannels === 1 ? 'shadows' : 'shadow'
  return `${count(fit.shadowChannels, 'measured channel')} ${verb} the twin (${metrics})${ignored}`
}

function Replaying({ summary }: { summary: TraceSummary }) {
  const loading = useUi((s) => s.loading)
  const horizonS = useUi((s) => s.layout?.horizonS ?? Infinity)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? NaN)
  const servers = useUi((s) => s.layout?.racks.reduce((n, r) => n + r.serverCount, 0) ?? 0)
  const jobs = summary.format === 'swf'
  const fit = summary.csv
  const span = formatSpan(summary.durationS)
  const extra = summary.warnings.length - MAX_WARNINGS
  const title = jobs
    ? `Scheduling ${summary.jobs} jobs`
    : summary.series > 0 || !fit
      ? `Replaying ${summary.series} series`
      : `Comparing ${count(fit.shadowChannels, 'measured channel')}`
  // A long CSV's run starts at its first reading (workers/traceLoad.ts): say when that is.
  const from = fit ? `from ${formatSimTime(startEpochS)}` : 'from the start'
  const idleAfter = !jobs && summary.series > 0 && summary.durationS < horizonS
  return (
    <>
      <p className="trace-title" data-testid="trace-status">
        {title}
      </p>
      <p className="muted trace-detail" title={summary.files.join('\n')} data-testid="trace-detail">
        {formatLabel(summary.format)} · {nameList(summary.files)}
        <br />
        {jobs ? `Submissions and runs span ${span}` : `${span} of readings ${from}`}
        {idleAfter ? ', idle after' : ''}
        {!jobs && servers > 0 && (
          <>
            <br />
            {driveText(summary, servers)}
          </>
        )}
      </p>
      {fit && (
        <p className="trace-detail" data-testid="trace-measured">
          {measuredText(fit)}
        </p>
      )}
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
        instead: utilisation series drive the servers, a job log is scheduled onto them, measured power and
        temperatures in a long CSV shadow the twin.
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
