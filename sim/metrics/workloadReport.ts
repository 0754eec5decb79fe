// The workload section of the run report: utilisation over servers and time, and what the scheduler did.
import type { Simulation } from '../simulation.ts'

export interface WorkloadReport {
  kind: string
  /** Time-weighted over all servers, 0..1; switched-off servers count as 0. */
  meanUtilization: number | null
  p95Utilization: number | null
  /** Present for the jobs workload: counts and waits from the scheduler. */
  jobs: {
    submitted: number
    placed: number
    queuedNow: number
    rejected: number
    completed: number
    meanWaitS: number
    p95WaitS: number
  } | null
}

const finite = (value: number) => (Number.isFinite(value) ? value : null)

export function workloadOf(sim: Simulation): WorkloadReport {
  const stats = sim.tracking.utilization
  const m = sim.jobMetrics()
  return {
    kind: sim.workloadKind,
    meanUtilization: finite(stats.mean()),
    p95Utilization: finite(stats.p95()),
    jobs: m
      ? {
          submitted: m.submitted,
          placed: m.placed,
          queuedNow: m.queuedNow,
          rejected: m.rejected,
          completed: m.completed,
          meanWaitS: m.meanWaitS,
          p95WaitS: m.p95WaitS,
        }
      : null,
  }
}
