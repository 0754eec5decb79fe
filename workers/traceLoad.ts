// Reads recorded trace files inside the worker, streaming, into the TraceInput createSimulation takes.
import {
  bitbrainsReader,
  longCsvReader,
  planetLabReader,
  swfReader,
  utilizationSeriesOf,
} from '../sim/index.ts'
import type { SwfLog } from '../sim/index.ts'
import { parseOpenDc, TraceError } from '../sim/index.ts'
import type { TraceInput, UtilizationSeries } from '../sim/index.ts'
import { jobsOf, plural, seriesSummary } from './traceSummary.ts'
import type { TraceFormat, TraceSummary } from './traceSummary.ts'

export type { TraceFormat, TraceSummary }

/** Progress callbacks at most this often: over comlink each call is a message round trip (principle 9). */
const PROGRESS_MS = 100

/** Counts bytes read across all files and reports the fraction, throttled; `done` always reports 1. */
function progressOf(files: readonly File[], onProgress?: (fraction: number) => void) {
  const total = files.reduce((sum, f) => sum + f.size, 0)
  let read = 0
  let lastMs = -Infinity
  return {
    add(bytes: number) {
      read += bytes
      const now = performance.now()
      if (!onProgress || now - lastMs < PROGRESS_MS) return
      lastMs = now
      onProgress(total > 0 ? Math.min(read / total, 1) : 1)
    },
    done: () => onProgress?.(1),
  }
}

type Progress = ReturnType<typeof progressOf>

type Bytes = Uint8Array<ArrayBuffer>

/** The bytes of a file as they are read, counted; gunzipped when the name ends in .gz. */
function byteStream(file: File, progress: Progress): ReadableStream<Bytes> {
  const counted = file.stream().pipeThrough(
    new TransformStream<Bytes, Bytes>({
      transform(chunk, controller) {
        progress.add(chunk.byteLength)
        controller.enqueue(chunk)
      },
    }),
  )
  return /\.gz$/i.test(file.name) ? counted.pipeThrough(new DecompressionStream('gzip')) : counted
}

/** Streams a file's text into a push reader chunk by chunk (File.stream() → TextDecoderStream). */
async function pushText(file: File, progress: Progress, push: (chunk: string) => void): Promise<void> {
  const reader = byteStream(file, progress).pipeThrough(new TextDecoderStream()).getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    push(value)
  }
}

/** A whole (small) binary file as one ArrayBuffer, read through the same counted stream. */
async function readBuffer(file: File, progress: Progress): Promise<ArrayBuffer> {
  return new Response(byteStream(file, progress)).arrayBuffer()
}

async function readOpenDc(files: File[], progress: Progress): Promise<UtilizationSeries[]> {
  const tasks = files.find((f) => /tasks/i.test(f.name))
  const fragments = files.find((f) => /fragments/i.test(f.name))
  if (!tasks || !fragments)
    throw new TraceError(
      files.map((f) => f.name).join(', '),
      undefined,
      'OpenDC needs both tasks.parquet and fragments.parquet',
    )
  const [t, f] = [await readBuffer(tasks, progress), await readBuffer(fragments, progress)]
  return parseOpenDc(t, f, { tasks: tasks.name, fragments: fragments.name })
}

/** Reads every series file of a one-series-per-file format (PlanetLab, Bitbrains). */
async function readPerFile(
  files: File[],
  progress: Progress,
  readerOf: typeof planetLabReader,
): Promise<UtilizationSeries[]> {
  const series: UtilizationSeries[] = []
  for (const file of files) {
    const reader = readerOf(file.name)
    await pushText(file, progress, reader.push)
    series.push(reader.finish())
  }
  return series
}

async function readCsv(files: File[], progress: Progress, warnings: string[]) {
  const series: UtilizationSeries[] = []
  for (const file of files) {
    const reader = longCsvReader(file.name)
    await pushText(file, progress, reader.push)
    const csv = reader.finish()
    const cpu = utilizationSeriesOf(csv)
    if (cpu.length === 0) throw new TraceError(file.name, undefined, 'no cpu_utilization readings to replay')
    if (cpu.length < csv.channels.length)
      warnings.push(`${file.name}: power and temperature readings are not replayed, only cpu_utilization`)
    if (csv.emptyValues) warnings.push(`${file.name}: ${plural(csv.emptyValues, 'empty value')} skipped`)
    series.push(...cpu)
  }
  return series
}

/**
 * Parses `files` as `format`, streaming each one, and reports the fraction of bytes read through
 * `onProgress` at most ten times a second (and once at the end). Malformed input rejects with the
 * importer's TraceError, whose message is `file:line: reason`.
 */
export async function readTrace(
  files: File[],
  format: TraceFormat,
  onProgress?: (fraction: number) => void,
): Promise<{ input: TraceInput; summary: TraceSummary }> {
  if (files.length === 0) throw new Error('no trace files given')
  // Node's MessagePort clones a File as a nameless Blob; a browser keeps the name.
  files = files.map((f, i) => (f.name ? f : new File([f], `file ${i + 1}`)))
  const progress = progressOf(files, onProgress)
  const warnings: string[] = []
  const names = files.map((f) => f.name)
  if (format === 'swf') {
    const logs: SwfLog[] = []
    for (const file of files) {
      const reader = swfReader(file.name)
      await pushText(file, progress, reader.push)
      logs.push(reader.finish())
    }
    const jobs = jobsOf(logs, warnings)
    if (jobs.length === 0) throw new TraceError(names.join(', '), undefined, 'no runnable jobs')
    const durationS = jobs.reduce((max, j) => Math.max(max, j.submitS + j.durationS), 0)
    progress.done()
    return {
      input: { jobs },
      summary: { format, files: names, series: 0, jobs: jobs.length, durationS, warnings },
    }
  }
  const series =
    format === 'opendc'
      ? await readOpenDc(files, progress)
      : format === 'csv'
        ? await readCsv(files, progress, warnings)
        : await readPerFile(files, progress, format === 'bitbrains' ? bitbrainsReader : planetLabReader)
  const counts = seriesSummary(series, warnings)
  progress.done()
  return { input: { utilization: { series } }, summary: { format, files: names, ...counts, warnings } }
}
