// Recorded workloads as simulation inputs: utilisation series replayed onto servers, or a job log to schedule.
import type { UtilizationSeries } from '../traces/series.ts'
import type { Channel } from '../traces/longCsv.ts'
import type { SeriesMapping } from '../traces/replay.ts'
import { createReplay } from '../traces/replay.ts'
import type { WorkloadSpec } from '../scenario/schema.ts'
import { jobsWorkloadSchema } from './jobsSpec.ts'
import type { JobsWorkloadSpec } from './jobsSpec.ts'
import type { World } from '../model/world.ts'
import type { WorkloadUpdate } from './utilization.ts'

/** What a recorded trace brings to a run; it replaces the scenario's own workload. */
export interface TraceInput {
  /**
   * Utilisation series (PlanetLab, Bitbrains, OpenDC, long CSV) and which servers they drive. `mapping`
   * 'rack': a series whose id is a rack id drives every server of that rack, as a live reading does; the
   * others go round-robin over the servers of the racks no series names. `align` 'epoch': `startS` are Unix
   * seconds and each series plays at its own time on the scenario's clock, so a long CSV's utilisation
   * lines up with its measured channels; default 'start': every series starts at t = 0.
   */
  utilization?: {
    series: UtilizationSeries[]
    mapping?: SeriesMapping | 'rack'
    loop?: boolean
    align?: 'start' | 'epoch'
  }
  /** A job log (SWF): each job asks for `cores` for `durationS` from `submitS` (s after the start). */
  jobs?: { submitS: number; durationS: number; cores: number }[]
  /** Measured rack power and inlet channels (long CSV) to run the twin in shadow mode against. */
  measured?: Channel[]
}

/** Replays series onto the world's servers; servers no series drives stay idle. */
export function replayWorkload(world: World, input: NonNullable<TraceInput['utilization']>): WorkloadUpdate {
  const epoch = input.align === 'epoch' && input.series.length > 0
  const firstS = input.series.reduce((min, s) => Math.min(min, s.startS), Infinity)
  const replay = createReplay(input.series, {
    serverCount: world.serverCount,
    serverRack: world.serverRack,
    mapping: input.mapping === 'rack' ? rackMapping(world, input.series) : input.mapping,
    loop: input.loop,
    // 'absolute' keeps each series' distance from the first; the offset puts the first at its Unix time.
    align: epoch ? 'absolute' : 'start',
    offsetS: epoch ? world.scenario.startEpochS - firstS : 0,
  })
  return (w, tS) => replay.utilizationAt(tS, w.serverUtilization)
}

/** `mapping: 'rack'` as explicit lists: rack-named series to their rack's servers, the rest round-robin. */
function rackMapping(world: World, series: readonly UtilizationSeries[]): Record<string, number[]> {
  const ids = new Set(series.map((s) => s.id))
  const named = new Set(world.scenario.racks.map((r) => r.id).filter((id) => ids.has(id)))
  // A Map, not an object literal, so an asset called "__proto__" is an id like any other.
  const servers = new Map<string, number[]>()
  const others: number[] = []
  for (let s = 0; s < world.serverCount; s++) {
    const id = world.scenario.racks[world.serverRack[s]].id
    if (!named.has(id)) others.push(s)
    else if (servers.has(id)) servers.get(id)!.push(s)
    else servers.set(id, [s])
  }
  const rest = series.filter((s) => !named.has(s.id))
  if (others.length > 0) rest.forEach((s, i) => servers.set(s.id, [others[i % others.length]]))
  return Object.fromEntries(servers)
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
