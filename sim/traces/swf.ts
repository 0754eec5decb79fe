// Standard Workload Format (Parallel Workloads Archive): ';' header comments, then 18 numeric fields per job.
import { parseDecimal } from './decimal.ts'
import { clip, lineSplitter } from './lines.ts'
import { TraceError } from './series.ts'
import type { TraceReader } from './series.ts'
import { outsideDateRange } from './timestamp.ts'

/**
 * One SWF job line, fields in file order. Times are s, memory KB per processor; -1 means "unknown", as the
 * format defines, and is kept (filter it before averaging).
 */
export interface SwfJob {
  id: number
  /** Seconds after the log's start (`startS`). */
  submitS: number
  waitS: number
  runS: number
  procs: number
  avgCpuS: number
  usedMemKb: number
  reqProcs: number
  reqTimeS: number
  reqMemKb: number
  /** 1 completed, 0 failed, 5 cancelled; 2–4 are partial executions of a checkpointed job (same id). */
  status: number
  user: number
  group: number
  app: number
  queue: number
  partition: number
  precedingJob: number
  thinkTimeS: number
}

export interface SwfLog {
  /** `; UnixStartTime:` from the header, Unix s in 1970-01-01..2200-01-01 (else a TraceError); 0 when absent. */
  startS: number
  /** Every `; Key: value` header line (the first value of a repeated key; `Note` and `Queue` repeat). */
  header: Record<string, string>
  /** Sorted by submit time (stable). */
  jobs: SwfJob[]
  warnings: { outOfOrder: number; duplicateIds: number }
}

const FIELDS: (keyof SwfJob)[] = [
  'id', 'submitS', 'waitS', 'runS', 'procs', 'avgCpuS', 'usedMemKb', 'reqProcs', 'reqTimeS', 'reqMemKb',
  'status', 'user', 'group', 'app', 'queue', 'partition', 'precedingJob', 'thinkTimeS',
] // prettier-ignore

/** A header key: a letter, then letters, digits, '_' or spaces (checked after trimming, so linear). */
const HEADER_KEY = /^[A-Za-z][\w ]*$/

/**
 * `; Key: value` → [key, value] with blanks trimmed, or undefined. Split at the first ':' rather than by one
 * pattern with lazy groups beside `\s*`, which backtracked quadratically on a long line of spaces.
 */
function headerEntry(text: string): [string, string] | undefined {
  const colon = text.indexOf(':')
  if (colon < 0) return undefined
  const key = text.slice(1, colon).trim()
  return HEADER_KEY.test(key) ? [key, text.slice(colon + 1).trim()] : undefined
}

/**
 * Reads an SWF log (already gunzipped: tests use node:zlib `gunzipSync`, a browser pipes `File.stream()`
 * through `DecompressionStream('gzip')` and `TextDecoderStream`). Comment lines may appear anywhere; a job
 * line must have exactly 18 numbers (decimals allowed, as some archive logs have them). Jobs out of submit
 * order are stably sorted and counted; repeated job ids are kept (SWF uses them for the parts of a
 * checkpointed job) and counted. A log without job lines is a TraceError.
 */
export function swfReader(file: string): TraceReader<SwfLog> {
  // No prototype, so a header key such as `constructor` is stored like any other.
  const header: Record<string, string> = Object.create(null)
  const jobs: SwfJob[] = []
  let outOfOrder = 0
  const ids = new Set<number>()
  let duplicateIds = 0
  let startS = 0

  const unixStartS = (text: string, lineNo: number) => {
    const timeS = parseDecimal(text)
    const outside = Number.isNaN(timeS)
      ? `UnixStartTime "${clip(text)}" is not a number`
      : outsideDateRange(timeS, text)
    if (outside) throw new TraceError(file, lineNo, outside)
    return timeS
  }

  const lines = lineSplitter(
    (line, lineNo) => {
      const text = line.trim()
      if (text === '') return
      if (text.startsWith(';')) {
        const entry = headerEntry(text)
        if (!entry || entry[0] in header) return
        header[entry[0]] = entry[1]
        if (entry[0] === 'UnixStartTime') startS = unixStartS(entry[1], lineNo)
        return
      }
      const parts = text.split(/\s+/)
      if (parts.length !== FIELDS.length)
        throw new TraceError(file, lineNo, `expected ${FIELDS.length} fields, got ${parts.length}`)
      const job = {} as SwfJob
      for (let i = 0; i < FIELDS.length; i++) {
        const value = parseDecimal(parts[i])
        if (Number.isNaN(value))
          throw new TraceError(
            file,
            lineNo,
            `field ${i + 1} (${FIELDS[i]}) is not a number: "${clip(parts[i])}"`,
          )
        job[FIELDS[i]] = value
      }
      if (jobs.length > 0 && job.submitS < jobs[jobs.length - 1].submitS) outOfOrder++
      if (ids.has(job.id)) duplicateIds++
      ids.add(job.id)
      jobs.push(job)
    },
    { file },
  )

  return {
    push: lines.push,
    finish() {
      lines.finish()
      // A log of comments alone is a wrong or truncated file, not a workload of no jobs.
      if (jobs.length === 0) throw new TraceError(file, undefined, 'no job lines')
      if (outOfOrder > 0) jobs.sort((a, b) => a.submitS - b.submitS)
      return {
        startS,
        header,
        jobs,
        warnings: { outOfOrder, duplicateIds },
      }
    },
  }
}
