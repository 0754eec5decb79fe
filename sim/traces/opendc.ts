// OpenDC workload traces (tasks.parquet + fragments.parquet): one utilisation series per task, via hyparquet.
import { parquetMetadata, parquetRead } from 'hyparquet'
import { implausibleCapacity } from './cpuCapacity.ts'
import { TraceError } from './series.ts'
import type { UtilizationSeries } from './series.ts'
import { outsideDateRange } from './timestamp.ts'

/** The file names used in TraceErrors. */
export interface OpenDcNames {
  tasks: string
  fragments: string
}

const DEFAULT_NAMES: OpenDcNames = { tasks: 'tasks.parquet', fragments: 'fragments.parquet' }

/**
 * Reads the current OpenDC workload format (opendc-traces schema v2+; the older meta + trace pair is not
 * read). tasks: `id`, `submission_time` (Unix ms), `duration` (ms), `cpu_capacity` (MHz); fragments, grouped
 * by task in time order: `id`, `duration` (ms), `cpu_usage` (MHz). Each task's fragments are laid end to end
 * from its submission time, so sample k starts at the sum of the durations before it and holds for its own
 * duration; a final NaN sample marks the end (the series has no `stepS`). Utilisation = cpu_usage /
 * cpu_capacity, which must lie in 1 MHz..10 THz (cpuCapacity.ts); submission times must lie in
 * 1970-01-01..2200-01-01. Zero-length fragments hold for no time and are dropped; a task with no fragments
 * gives an empty series. Snappy is decoded by hyparquet itself. Any unreadable input is a TraceError.
 */
export async function parseOpenDc(
  tasks: ArrayBuffer,
  fragments: ArrayBuffer,
  names: OpenDcNames = DEFAULT_NAMES,
): Promise<UtilizationSeries[]> {
  const task = await readColumns(tasks, names.tasks, ['id', 'submission_time', 'duration', 'cpu_capacity'])
  const frag = await readColumns(fragments, names.fragments, ['id', 'duration', 'cpu_usage'])

  const taskIndex = new Map<number, number>()
  for (let r = 0; r < task.id.length; r++) {
    if (taskIndex.has(task.id[r])) throw new TraceError(names.tasks, r + 1, `duplicate task id ${task.id[r]}`)
    const implausible = implausibleCapacity(task.cpu_capacity[r])
    if (implausible) throw new TraceError(names.tasks, r + 1, `cpu_capacity: ${implausible}`)
    const outside = outsideDateRange(task.submission_time[r] / 1000, `${task.submission_time[r]} ms`)
    if (outside) throw new TraceError(names.tasks, r + 1, `submission_time: ${outside}`)
    taskIndex.set(task.id[r], r)
  }

  // Two passes: count each task's fragments, then fill exactly sized arrays (no per-fragment objects).
  const counts = new Uint32Array(task.id.length)
  const owner = new Int32Array(frag.id.length)
  for (let r = 0; r < frag.id.length; r++) {
    const t = taskIndex.get(frag.id[r])
    if (t === undefined)
      throw new TraceError(names.fragments, r + 1, `task id ${frag.id[r]} not in ${names.tasks}`)
    if (!(frag.duration[r] >= 0) || !(frag.cpu_usage[r] >= 0))
      throw new TraceError(names.fragments, r + 1, 'duration and cpu_usage must be non-negative numbers')
    owner[r] = t
    if (frag.duration[r] > 0) counts[t]++
  }
  const series = Array.from({ length: task.id.length }, (_, t): UtilizationSeries => {
    const n = counts[t] === 0 ? 0 : counts[t] + 1
    return {
      id: String(task.id[t]),
      startS: task.submission_time[t] / 1000,
      timesS: new Float64Array(n),
      utilization: new Float64Array(n),
    }
  })
  const filled = new Uint32Array(task.id.length)
  const elapsedMs = new Float64Array(task.id.length)
  for (let r = 0; r < frag.id.length; r++) {
    const t = owner[r]
    if (frag.duration[r] === 0) continue
    const k = filled[t]++
    series[t].timesS[k] = elapsedMs[t] / 1000
    series[t].utilization[k] = frag.cpu_usage[r] / task.cpu_capacity[t]
    elapsedMs[t] += frag.duration[r]
  }
  for (let t = 0; t < series.length; t++) {
    if (counts[t] === 0) continue
    series[t].timesS[counts[t]] = elapsedMs[t] / 1000
    series[t].utilization[counts[t]] = NaN
  }
  return series
}

/** Reads whole numeric columns (INT32, INT64 as bigint, DOUBLE) into Float64Arrays, one per name. */
async function readColumns<C extends string>(
  buffer: ArrayBuffer,
  file: string,
  columns: C[],
): Promise<Record<C, Float64Array>> {
  try {
    const metadata = parquetMetadata(buffer)
    const present = new Set(metadata.schema.map((element) => element.name))
    const missing = columns.filter((name) => !present.has(name))
    if (missing.length > 0) throw new TraceError(file, undefined, `missing column(s) ${missing.join(', ')}`)
    const rows = Number(metadata.num_rows)
    const out = {} as Record<C, Float64Array>
    for (const name of columns) out[name] = new Float64Array(rows)
    // hyparquet calls onChunk from promises it does not always await, so an error thrown there would escape
    // as an unhandled rejection: the first problem is kept and thrown once the read has finished.
    let problem: TraceError | undefined
    await parquetRead({
      file: buffer,
      metadata,
      columns,
      onChunk({ columnName, columnData, rowStart }) {
        const target = out[columnName as C]
        for (let i = 0; i < columnData.length && !problem; i++) {
          const value: unknown = columnData[i]
          const row = rowStart + i
          if (row >= rows)
            problem = new TraceError(file, undefined, `column ${columnName} has more than ${rows} rows`)
          else if (typeof value !== 'number' && typeof value !== 'bigint')
            problem = new TraceError(
              file,
              row + 1,
              `${columnName} is ${value === null ? 'null' : typeof value}`,
            )
          else target[row] = Number(value)
        }
      },
    })
    if (problem) throw problem
    return out
  } catch (error) {
    if (error instanceof TraceError) throw error
    throw new TraceError(file, undefined, `not a readable Parquet file (${String(error)})`)
  }
}
