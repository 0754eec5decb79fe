// What a loaded trace amounts to (counts, length) and what the importers repaired, in plain sentences.
import type { TraceInput, UtilizationSeries } from '../sim/index.ts'
import type { SwfLog } from '../sim/index.ts'

export type TraceFormat = 'planetlab' | 'bitbrains' | 'opendc' | 'swf' | 'csv'

/** What a loaded trace holds, for the panel: counts, how long it runs and what the importers repaired. */
export interface TraceSummary {
  format: TraceFormat
  files: string[]
  /** Utilisation series replayed (0 for a job log). */
  series: number
  /** Jobs scheduled (0 for utilisation series). */
  jobs: number
  /** From the first sample or submission to the last one's end, s. */
  durationS: number
  /** One plain sentence per repair or omission; empty for a clean trace. */
  warnings: string[]
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const were = (n: number) => (n === 1 ? 'was' : 'were')

/** The counts and length of replayed series; adds one sentence per kind of repair to `warnings`. */
export function seriesSummary(series: UtilizationSeries[], warnings: string[]) {
  let outOfOrder = 0
  let duplicates = 0
  let empty = 0
  let durationS = 0
  for (const s of series) {
    outOfOrder += s.warnings?.outOfOrder ?? 0
    duplicates += s.warnings?.duplicates ?? 0
    const n = s.timesS.length
    if (n === 0) empty++
    else durationS = Math.max(durationS, s.timesS[n - 1] + (s.stepS ?? 0))
  }
  if (outOfOrder)
    warnings.push(`${plural(outOfOrder, 'sample')} out of time order ${were(outOfOrder)} sorted`)
  if (duplicates) warnings.push(`${plural(duplicates, 'repeated timestamp')}: the last reading was kept`)
  if (empty)
    warnings.push(
      `${plural(empty, 'series', 'series')} without samples ${empty === 1 ? 'replays' : 'replay'} as idle`,
    )
  return { series: series.length, jobs: 0, durationS }
}

/** SWF jobs as the engine schedules them: processors used (or requested) for the recorded run time. */
export function jobsOf(logs: SwfLog[], warnings: string[]): NonNullable<TraceInput['jobs']> {
  const jobs: NonNullable<TraceInput['jobs']> = []
  let skipped = 0
  for (const log of logs)
    for (const job of log.jobs) {
      const cores = job.procs > 0 ? job.procs : job.reqProcs
      if (job.runS > 0 && cores > 0) jobs.push({ submitS: job.submitS, durationS: job.runS, cores })
      else skipped++
    }
  jobs.sort((a, b) => a.submitS - b.submitS)
  const outOfOrder = logs.reduce((sum, log) => sum + log.warnings.outOfOrder, 0)
  if (outOfOrder) warnings.push(`${plural(outOfOrder, 'job')} out of submit order ${were(outOfOrder)} sorted`)
  if (skipped) warnings.push(`${plural(skipped, 'job')} without a run time or processor count skipped`)
  return jobs
}
