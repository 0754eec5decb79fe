// The workload tab: a recorded trace or a live source instead of the scenario's workload, and what servers do now.
import type { SceneLayout } from '../../sim/index.ts'
import { useUi } from '../state/store.ts'
import { fixed, formatDuration } from './format.ts'
import { LivePanel } from './LivePanel.tsx'
import { LiveValue } from './LiveValue.tsx'
import { usePastView } from './PresentNote.tsx'
import { TracePicker } from './TracePicker.tsx'
import { TraceStatus } from './TraceStatus.tsx'

/** Mean CPU utilisation over all servers now: each rack's mean weighted by its server count. */
function readUtilization(f: Float64Array, layout: SceneLayout): string {
  const offset = layout.snapshot.rackUtilization
  let sum = 0
  let servers = 0
  layout.racks.forEach((rack, i) => {
    sum += f[offset + i] * rack.serverCount
    servers += rack.serverCount
  })
  return servers > 0 ? fixed((sum / servers) * 100, 0) : '—'
}

/** A label and a number from the store (sampled at ~2 Hz), styled like LiveValue. */
function Figure(props: { label: string; value: string; unit?: string; testId: string; atPresent?: boolean }) {
  return (
    <div
      className={props.atPresent ? 'live-value at-present-body' : 'live-value'}
      data-at-present={props.atPresent ? '' : undefined}
    >
      <span className="live-label">{props.label}</span>
      <span className="live-number">
        <span data-testid={props.testId}>{props.value}</span>
        {props.unit && props.value !== '—' && <span className="live-unit">{props.unit}</span>}
      </span>
    </div>
  )
}

const percent = (ratio: number | null | undefined) => (ratio == null ? '—' : fixed(ratio * 100, 0))

function WorkloadNow() {
  const workload = useUi((s) => s.workload)
  const jobs = workload?.jobs
  // "Now" reads the frame on screen; the run's mean, p95 and jobs are the worker's, of the run's present.
  const past = usePastView()
  const dim = past !== null
  return (
    <>
      <div className="grid3">
        <LiveValue label={dim ? 'Shown' : 'Now'} unit="%" read={readUtilization} testId="workload-util-now" />
        <Figure
          label="Run mean"
          unit="%"
          value={percent(workload?.meanUtilization)}
          testId="workload-mean"
          atPresent={dim}
        />
        <Figure
          label="Run p95"
          unit="%"
          value={percent(workload?.p95Utilization)}
          testId="workload-p95"
          atPresent={dim}
        />
      </div>
      <p className="muted note">Mean CPU utilisation over all servers; switched-off servers count as 0.</p>
      {past && (
        <p className="present-note" data-testid="workload-at-present-note">
          Run mean, p95{jobs ? ' and jobs' : ''} are the run’s present, {past.present} — the hall shows{' '}
          {past.shown}
        </p>
      )}
      {jobs && (
        <div className={dim ? 'grid2 jobs at-present-body' : 'grid2 jobs'} data-testid="workload-jobs">
          <Figure label="Placed" value={`${jobs.placed} / ${jobs.submitted}`} testId="jobs-placed" />
          <Figure label="Queued now" value={String(jobs.queuedNow)} testId="jobs-queued" />
          <Figure label="Rejected" value={String(jobs.rejected)} testId="jobs-rejected" />
          <Figure
            label="Mean wait"
            value={jobs.placed > 0 ? formatDuration(jobs.meanWaitS) : '—'}
            testId="jobs-wait"
          />
        </div>
      )}
    </>
  )
}

export function WorkloadPanel({ hidden }: { hidden: boolean }) {
  return (
    <div className="tab-pane" role="tabpanel" hidden={hidden} data-testid="workload-panel">
      <section className="panel trace">
        <h2>Recorded trace</h2>
        <TraceStatus />
        <TracePicker />
      </section>
      <section className="panel">
        <h2>Server utilisation</h2>
        <WorkloadNow />
      </section>
      <LivePanel />
    </div>
  )
}
