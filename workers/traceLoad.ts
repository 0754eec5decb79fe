// Reads recorded trace files inside the worker, streaming, into the TraceInput createSimulation takes.
import {
  bitbrainsReader,
  createSimulation,
  longCsvReader,
  planetLabReader,
  swfReader,
  utilizationSeriesOf,
} from '../sim/index.ts'
import type { Scenario, Simulation, SwfLog } from '../sim/index.ts'
import { parseOpenDc, TraceError } from '../sim/index.ts'
import type { TraceInput, UtilizationSeries } from '../sim/index.ts'
import { traceReader, TRACE_LIMITS } from './traceBytes.ts'
import type { TraceLimits, TraceReader } from './traceBytes.ts'
import { csvFit, jobsOf, plural, seriesSummary } from './traceSummary.ts'
import type { TraceFormat, TraceSummary } from './traceSummary.ts'

export type { TraceFormat, TraceSummary }

/** A trace as read: the run's input, its summary and, for a long CSV, the Unix time the run starts at. */
export interface LoadedTrace {
  input: TraceInput
  summary: TraceSummary
  startEpochS?: number
}

async function readOpenDc(files: File[], bytes: TraceReader): Promise<UtilizationSeries[]> {
  const tasks = files.find((f) => /tasks/i.test(f.name))
  const fragments = files.find((f) => /fragments/i.test(f.name))
  if (!tasks || !fragments)
    throw new TraceError(
      files.map((f) => f.name).join(', '),
      undefined,
      'OpenDC needs both tasks.parquet and fragments.parquet',
    )
  const [t, f] = [await bytes.readBuffer(tasks), await bytes.readBuffer(fragments)]
  return parseOpenDc(t, f, { tasks: tasks.name, fragments: fragments.name })
}

/** Reads every series file of a one-series-per-file format (PlanetLab, Bitbrains). */
async function readPerFile(
  files: File[],
  bytes: TraceReader,
  readerOf: typeof planetLabReader,
): Promise<UtilizationSeries[]> {
  const series: UtilizationSeries[] = []
  for (const file of files) {
    const reader = readerOf(file.name)
    await bytes.pushText(file, reader.push)
    series.push(reader.finish())
  }
  return series
}

type Measured = NonNullable<TraceInput['measured']>

/**
 * Every file's channels: cpu_utilization as series on the Unix clock (align 'epoch', mapped by rack name),
 * the rest as measured channels that shadow the twin; `startEpochS` is the earliest reading of all.
 */
async function readCsv(files: File[], bytes: TraceReader, warnings: string[]) {
  const series: UtilizationSeries[] = []
  const measured: Measured = []
  for (const file of files) {
    const reader = longCsvReader(file.name)
    await bytes.pushText(file, reader.push)
    const csv = reader.finish()
    if (csv.channels.length === 0)
      throw new TraceError(file.name, undefined, 'no readings to replay or compare')
    series.push(...utilizationSeriesOf(csv))
    measured.push(...csv.channels.filter((c) => c.metric !== 'cpu_utilization'))
    if (csv.emptyValues) warnings.push(`${file.name}: ${plural(csv.emptyValues, 'empty value')} skipped`)
  }
  const counts = seriesSummary(series, warnings)
  const starts = [...series.map((s) => s.startS), ...measured.map((c) => c.timesS[0])]
  const ends = [
    ...series.map((s) => s.startS + s.timesS[s.timesS.length - 1] + (s.stepS ?? 0)),
    ...measured.map((c) => c.timesS[c.timesS.length - 1]),
  ]
  const startEpochS = starts.reduce((min, t) => Math.min(min, t), Infinity)
  const durationS = ends.reduce((max, t) => Math.max(max, t), startEpochS) - startEpochS
  const input: TraceInput = {}
  if (measured.length > 0) input.measured = measured
  if (series.length > 0) input.utilization = { series, mapping: 'rack', align: 'epoch' }
  return { input, counts: { ...counts, durationS }, startEpochS }
}

/**
 * Parses `files` as `format`, streaming each one, and reports the fraction of bytes read through
 * `onProgress` at most ten times a second (and once at the end). Malformed input rejects with the
 * importer's TraceError, whose message is `file:line: reason`; so does a trace past a size cap (limits).
 */
export async function readTrace(
  files: File[],
  format: TraceFormat,
  onProgress?: (fraction: number) => void,
  limits: TraceLimits = TRACE_LIMITS,
): Promise<LoadedTrace> {
  if (files.length === 0) throw new Error('no trace files given')
  // Node's MessagePort clones a File as a nameless Blob; a browser keeps the name.
  files = files.map((f, i) => (f.name ? f : new File([f], `file ${i + 1}`)))
  const bytes = traceReader(files, onProgress, limits)
  const warnings: string[] = []
  const names = files.map((f) => f.name)
  if (format === 'swf') {
    const logs: SwfLog[] = []
    for (const file of files) {
      const reader = swfReader(file.name)
      await bytes.pushText(file, reader.push)
      logs.push(reader.finish())
    }
    const jobs = jobsOf(logs, names.join(', '), warnings)
    const durationS = jobs.reduce((max, j) => Math.max(max, j.submitS + j.durationS), 0)
    bytes.done()
    return {
      input: { jobs },
      summary: { format, files: names, series: 0, jobs: jobs.length, durationS, warnings },
    }
  }
  if (format === 'csv') {
    const { input, counts, startEpochS } = await readCsv(files, bytes, warnings)
    bytes.done()
    return { input, summary: { format, files: names, ...counts, warnings }, startEpochS }
  }
  const series =
    format === 'opendc'
      ? await readOpenDc(files, bytes)
      : await readPerFile(files, bytes, format === 'bitbrains' ? bitbrainsReader : planetLabReader)
  const counts = seriesSummary(series, warnings)
  bytes.done()
  return { input: { utilization: { series } }, summary: { format, files: names, ...counts, warnings } }
}

/**
 * Starts `base` with a trace read by readTrace. A long CSV's run starts at its first timestamp (as a live
 * source's does at the source's time), so utilisation, power and temperatures all sit at their recorded
 * times whatever the scenario's startDate; other formats start at the scenario's. The summary of a long CSV
 * gets what only the hall can say: which series name its racks, which channels it cannot compare.
 */
export function startTrace(base: Scenario, { input, summary, startEpochS }: LoadedTrace) {
  const sim: Simulation = createSimulation(startEpochS === undefined ? base : { ...base, startEpochS }, input)
  if (summary.format !== 'csv') return { sim, summary }
  return { sim, summary: { ...summary, csv: csvFit(base, input, sim.shadowStatus().ignoredChannels) } }
}
