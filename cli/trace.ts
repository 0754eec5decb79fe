// --trace: a recorded trace read from disk with the engine's importers, as the run's TraceInput.
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  bitbrainsReader,
  longCsvReader,
  parseOpenDc,
  planetLabReader,
  swfJobs,
  swfReader,
} from '../sim/index.ts'
import { utilizationSeriesOf } from '../sim/index.ts'
import type { TraceInput, TraceReader, UtilizationSeries } from '../sim/index.ts'
// The streaming readers are not (yet) re-exported by sim/index.ts, only their whole-text parse* wrappers.
import type { TraceArgs } from './args.ts'
import { cannotRead, UserError } from './inputs.ts'
import type { TraceReport } from './report.ts'
import { createProgress, listFolder, pathKind, PROGRESS_MIN_BYTES, streamText } from './traceFiles.ts'
import type { FileEntry } from './traceFiles.ts'

export interface LoadedTrace {
  input: TraceInput
  report: TraceReport
  /** A long CSV's first timestamp, Unix s: the run starts there (other formats start at the scenario's date). */
  startEpochS?: number
}

type Write = (line: string) => void

/**
 * Reads the trace `args` names. Line formats are streamed (one file at a time for folders); progress goes to
 * `write` (stderr) for large reads.
 * @throws UserError for a missing or wrong kind of path, TraceError (`file:line: reason`) for bad content
 */
export async function loadTrace(args: TraceArgs, write: Write): Promise<LoadedTrace> {
  const { path, format } = args
  if (format === 'swf') return loadSwf(path, write)
  let series: UtilizationSeries[]
  // Measured power and temperatures in a long CSV run the twin in shadow mode against them.
  let measured: TraceInput['measured']
  let startEpochS: number | undefined
  if (format === 'csv') {
    const csv = await readOne(longCsvReader(fileOnly(path)), path, write)
    series = utilizationSeriesOf(csv)
    measured = csv.channels.filter((c) => c.metric !== 'cpu_utilization')
    if (series.length === 0 && measured.length === 0)
      throw new UserError(`${path}: no rows to replay or compare`)
    // As in the browser (workers/traceLoad.ts): the run starts at the first reading and every channel
    // sits at its own Unix time, so utilisation, power and temperatures line up whatever the startDate.
    startEpochS = csv.channels.reduce((min, c) => Math.min(min, c.timesS[0]), Infinity)
  } else if (format === 'opendc') series = await loadOpenDc(path)
  else {
    const reader = format === 'planetlab' ? planetLabReader : bitbrainsReader
    if (pathKind(path) === 'file') series = [await readOne(reader(path, basename(path)), path, write)]
    else {
      const keep = format === 'bitbrains' ? (name: string) => name.toLowerCase().endsWith('.csv') : () => true
      const files = listFolder(path, keep)
      if (files.length === 0)
        throw new UserError(`${path}: no ${format === 'bitbrains' ? '*.csv ' : ''}files in this folder`)
      series = await readEach(files, (file) => reader(file.path, file.name), write)
    }
  }
  const warnings = { outOfOrder: 0, duplicates: 0 }
  for (const s of series) {
    warnings.outOfOrder += s.warnings?.outOfOrder ?? 0
    warnings.duplicates += s.warnings?.duplicates ?? 0
  }
  const utilization: NonNullable<TraceInput['utilization']> = { series, loop: args.loop }
  if (args.mapping) utilization.mapping = args.mapping
  // A long CSV's rack-named series drive their whole rack, as live readings do.
  else if (format === 'csv') utilization.mapping = 'rack'
  if (format === 'csv') utilization.align = 'epoch'
  const input: TraceInput = series.length > 0 ? { utilization } : {}
  if (measured && measured.length > 0) input.measured = measured
  return { input, report: { format, path, series: series.length, warnings }, startEpochS }
}

/** An SWF job log as jobs (sim/traces/swfJobs.ts: the browser's rule too); none runnable is a TraceError. */
async function loadSwf(path: string, write: Write): Promise<LoadedTrace> {
  const log = await readOne(swfReader(fileOnly(path)), path, write)
  const { jobs, skipped, outOfOrder, duplicateIds } = swfJobs([log], path)
  const warnings = { outOfOrder, duplicates: duplicateIds, skipped }
  return { input: { jobs }, report: { format: 'swf', path, jobs: jobs.length, warnings } }
}

/** OpenDC's two Parquet files, read whole: Parquet needs random access to its footer. */
async function loadOpenDc(path: string): Promise<UtilizationSeries[]> {
  if (pathKind(path) !== 'folder')
    throw new UserError(`${path}: opendc needs a folder holding tasks.parquet and fragments.parquet`)
  const names = { tasks: join(path, 'tasks.parquet'), fragments: join(path, 'fragments.parquet') }
  const read = async (file: string) => {
    try {
      const buffer = await readFile(file)
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
    } catch (error) {
      throw cannotRead(file, error)
    }
  }
  return parseOpenDc(await read(names.tasks), await read(names.fragments), names)
}

/** `path`, checked to be a file (a folder given for a one-file format is a UserError). */
function fileOnly(path: string): string {
  if (pathKind(path) !== 'file') throw new UserError(`${path}: cannot read: is a directory, not a file`)
  return path
}

/** Streams one file into `reader`, with progress by bytes. */
async function readOne<T>(reader: TraceReader<T>, path: string, write: Write): Promise<T> {
  const { size } = statSync(path)
  const progress = createProgress(size, 'MB', size < PROGRESS_MIN_BYTES, write)
  await streamText(path, reader.push, progress.update)
  const result = reader.finish()
  progress.finish()
  return result
}

/** Streams each file into its own reader, with progress by files. */
async function readEach<T>(files: FileEntry[], readerOf: (file: FileEntry) => TraceReader<T>, write: Write) {
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0)
  const progress = createProgress(files.length, 'files', bytes < PROGRESS_MIN_BYTES, write)
  const out: T[] = []
  for (const file of files) {
    const reader = readerOf(file)
    await streamText(file.path, reader.push, undefined)
    out.push(reader.finish())
    progress.update(out.length)
  }
  progress.finish()
  return out
}
