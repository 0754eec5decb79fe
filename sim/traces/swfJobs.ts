// SWF job logs as the jobs a run schedules: one rule for the command line and the browser.
import { TraceError } from './series.ts'
import type { SwfLog } from './swf.ts'

export interface SwfJobs {
  /** Sorted by submit time (stable across logs). */
  jobs: { submitS: number; durationS: number; cores: number }[]
  /** Jobs with no usable run time or processor count, left out. */
  skipped: number
  /** Jobs out of submit order in their log, sorted. */
  outOfOrder: number
  /** Repeated job ids (SWF's parts of a checkpointed job), all kept. */
  duplicateIds: number
}

/**
 * The run time as recorded, or as requested where the log says -1 (unknown); processors likewise, rounded to
 * whole cores. A job with neither, one that ran for 0 s (no work to place) or with an unknown submit time is
 * skipped and counted. `files` names the
 * logs for the error when no job at all can run: a run over nothing would look valid and mean nothing.
 */
export function swfJobs(logs: readonly SwfLog[], files: string): SwfJobs {
  const result: SwfJobs = { jobs: [], skipped: 0, outOfOrder: 0, duplicateIds: 0 }
  for (const log of logs) {
    result.outOfOrder += log.warnings.outOfOrder
    result.duplicateIds += log.warnings.duplicateIds
    for (const job of log.jobs) {
      const durationS = job.runS >= 0 ? job.runS : job.reqTimeS
      const cores = Math.round(job.procs >= 1 ? job.procs : job.reqProcs)
      if (job.submitS >= 0 && durationS > 0 && cores >= 1)
        result.jobs.push({ submitS: job.submitS, durationS, cores })
      else result.skipped++
    }
  }
  if (result.jobs.length === 0)
    throw new TraceError(
      files,
      undefined,
      `no runnable jobs (${result.skipped} without a run time or processors)`,
    )
  result.jobs.sort((a, b) => a.submitS - b.submitS)
  return result
}
