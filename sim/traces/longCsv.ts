// The generic long CSV for a site's own monitoring exports: timestamp,asset,metric,value,unit (README.md).
import { csvFields } from './csvFields.ts'
import { parseDecimal } from './decimal.ts'
import { clip, lineSplitter } from './lines.ts'
import { cleanSamples, medianStepS } from './samples.ts'
import type { SampleBuffer } from './samples.ts'
import { TraceError } from './series.ts'
import type {
  CanonicalUnit,
  Measurement,
  Metric,
  TraceReader,
  TraceWarnings,
  UtilizationSeries,
} from './series.ts'
import { parseTimestampS } from './timestamp.ts'
import { isMetric, METRICS, unitConverter } from './units.ts'

/** Every reading of one metric on one asset, in time order, canonical unit. */
export interface Channel {
  asset: string
  metric: Metric
  unit: CanonicalUnit
  /** Unix s, strictly increasing. */
  timesS: Float64Array
  values: Float64Array
  warnings: TraceWarnings
}

export interface LongCsv {
  channels: Channel[]
  /** Rows read (excluding the header, blank lines and rows with an empty value). */
  rows: number
  /** Rows whose value was empty: "no reading", skipped. */
  emptyValues: number
}

export interface LongCsvOptions {
  /** Called for each row as it is read, before any sorting (for consumers that stream on). */
  onMeasurement?: (measurement: Measurement) => void
  /** Keep the rows as channels for `finish()` (default true); false keeps memory at one line. */
  collect?: boolean
}

const COLUMNS = ['timestamp', 'asset', 'metric', 'value', 'unit'] as const

/**
 * Reads the long CSV line by line. The header names the five columns in any order (extra columns are
 * ignored); every row needs them all. Unknown metrics or units, values outside a metric's range, and bad
 * timestamps are TraceErrors with the line. Per channel, out-of-order rows are sorted and duplicate times
 * last-wins (samples.ts).
 */
export function longCsvReader(file: string, options: LongCsvOptions = {}): TraceReader<LongCsv> {
  const collect = options.collect ?? true
  const channels = new Map<string, { asset: string; metric: Metric; samples: SampleBuffer }>()
  let index: Record<(typeof COLUMNS)[number], number> | undefined
  let width = 0
  let rows = 0
  let emptyValues = 0

  const fieldsOf = (line: string, lineNo: number) => {
    const fields = csvFields(line)
    if (typeof fields === 'string') throw new TraceError(file, lineNo, fields)
    return fields.map((f) => f.trim())
  }

  const readHeader = (line: string, lineNo: number) => {
    const names = fieldsOf(line, lineNo).map((name) => name.toLowerCase())
    const missing = COLUMNS.filter((name) => !names.includes(name))
    if (missing.length > 0) throw new TraceError(file, lineNo, `header lacks column(s) ${missing.join(', ')}`)
    width = names.length
    index = Object.fromEntries(COLUMNS.map((name) => [name, names.indexOf(name)])) as typeof index
  }

  const lines = lineSplitter(
    (line, lineNo) => {
      if (line.trim() === '') return
      if (!index) return readHeader(line, lineNo)
      const fields = fieldsOf(line, lineNo)
      if (fields.length !== width)
        throw new TraceError(file, lineNo, `expected ${width} fields, got ${fields.length}`)
      const at = index
      const [time, asset, metric, valueText, unit] = COLUMNS.map((name) => fields[at[name]])
      const timeS = parseTimestampS(time)
      if (typeof timeS === 'string') throw new TraceError(file, lineNo, timeS)
      if (asset === '') throw new TraceError(file, lineNo, 'empty asset')
      if (!isMetric(metric)) throw new TraceError(file, lineNo, `unknown metric "${clip(metric)}"`)
      const convert = unitConverter(metric, unit)
      if (!convert) throw new TraceError(file, lineNo, `unknown unit "${clip(unit)}" for ${metric}`)
      if (valueText === '') {
        emptyValues++
        return
      }
      const raw = parseDecimal(valueText)
      if (Number.isNaN(raw)) throw new TraceError(file, lineNo, `value "${clip(valueText)}" is not a number`)
      const spec = METRICS[metric]
      const value = convert(raw)
      if (!(value >= spec.min && value <= spec.max))
        throw new TraceError(
          file,
          lineNo,
          `${metric} ${raw} ${unit} is outside ${spec.min}..${spec.max} ${spec.unit}`,
        )
      rows++
      options.onMeasurement?.({ timeS, asset, metric, value, unit: spec.unit })
      if (!collect) return
      const key = `${metric}\u0000${asset}`
      let channel = channels.get(key)
      if (!channel) channels.set(key, (channel = { asset, metric, samples: { timesS: [], values: [] } }))
      channel.samples.timesS.push(timeS)
      channel.samples.values.push(value)
    },
    { file },
  )

  return {
    push: lines.push,
    finish() {
      lines.finish()
      if (!index) throw new TraceError(file, undefined, 'no header line')
      const out = [...channels.values()].map(({ asset, metric, samples }): Channel => {
        const { timesS, values, warnings } = cleanSamples(samples)
        return { asset, metric, unit: METRICS[metric].unit, timesS, values, warnings }
      })
      return { channels: out, rows, emptyValues }
    },
  }
}

/** The `cpu_utilization` channels as replayable series (id = asset, startS = first reading). */
export function utilizationSeriesOf(csv: LongCsv): UtilizationSeries[] {
  return csv.channels
    .filter((channel) => channel.metric === 'cpu_utilization')
    .map((channel) => {
      const startS = channel.timesS[0]
      const timesS = channel.timesS.map((t) => t - startS)
      const { asset: id, values: utilization, warnings } = channel
      return { id, startS, stepS: medianStepS(timesS), timesS, utilization, warnings }
    })
}
