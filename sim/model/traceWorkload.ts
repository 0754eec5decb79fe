// Recorded workloads as simulation inputs: utilisation series replayed onto servers, or a job log to schedule.
import type { UtilizationSeries } from '../telemetry/series.ts'
import type { Channel } from '../telemetry/longCsv.ts'
import type { SeriesMapping } from '../telemetry/replay.ts'
import { createReplay } from '../telemetry/replay.ts'
import type { WorkloadSpec } from '../scenario/schema.ts'
import { jobsWorkloadSchema } from '../workload/jobsSpec.ts'
import type { JobsWorkloadSpec } from '../workload/jobsSpec.ts'
import type { World } from './world.ts'
import type { WorkloadUpdate } from './workload.ts'

/** What a recorded trace brings to a run; it replaces the scenario's own workload. */
export interface TraceInput {
  /** Utilisation series (PlanetLab, Bitbrains, OpenDC, long CSV) and which servers they drive. */
  utilization?: { series: UtilizationSeries[]; mapping?: SeriesMapping; loop?: boolean }
  /** A job log (SWF): each job asks for `cores` for `durationS` from `submitS` (s after the start). */
  jobs?: { submitS: number; durationS: number; cores: number }[]
  /** Measured rack power and inlet channels (long CSV) to run the twin in shadow mode against. */
  measured?: Channel[]
}

/** Replays series onto the world's servers; servers no series drives stay idle. */
export function replayWorkload(world: World, input: NonNullable<TraceInput['utilization']>): WorkloadUpdate {
  const replay = createReplay(input.series, {
    serverCount: world.serverCount,
    serverRack: world.serverRack,
    mapping: input.mapping,
    loop: input.loop,
  })
  return (w, tS) => replay.utilizationAt(tS, w.serverUtilization)
}

/**
 * The jobs workload that schedules a job log: the scenario's own placement, queue and autoscaler settings
 * when its workload is 'jobs', the defaults (first-fit, a 10,000-job queue) otherwise. Logs such as SWF give
 * no usable memory, so each core asks for `memoryGbPerCore`: the hall's smallest memory per core, so memory
 * never refuses a job its cores would fit.
 */
export function jobTraceWorkload(
  scenarioWorkload: WorkloadSpec,
  jobs: NonNullable<TraceInput['jobs']>,
  memoryGbPerCore: number,
): JobsWorkloadSpec {
  const base =
    scenarioWorkload.kind === 'jobs'
      ? scenarioWorkload
      : jobsWorkloadSchema.parse({ kind: 'jobs', arrivals: { kind: 'trace', jobs: [] } })
  return {
    ...base,
    arrivals: { kind: 'trace', jobs: jobs.map((j, id) => ({ id, ...j })), memoryGbPerCore },
  }
}
