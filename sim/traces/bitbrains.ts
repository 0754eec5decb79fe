// Bitbrains GWA-T-12 VM traces: a semicolon(+TAB) CSV per VM; utilisation = used / provisioned CPU MHz.
import { implausibleCapacity, MAX_MHZ } from './cpuCapacity.ts'
import { parseDecimal } from './decimal.ts'
import { clip, lineSplitter } from './lines.ts'
import { cleanSamples, medianStepS } from './samples.ts'
import type { SampleBuffer } from './samples.ts'
import { TraceError } from './series.ts'
import type { TraceReader, UtilizationSeries } from './series.ts'
import { outsideDateRange } from './timestamp.ts'

/**
 * A timestamp at or above this is read as milliseconds. The GWA header says `Timestamp [ms]` but the files
 * hold Unix seconds (1372629804 = 2013-06-30); 1e11 s is the year 5138 and 1e11 ms is 1973, so the two
 * cannot be confused for any real trace. Decided on the first row and kept for the file.
 */
export const MS_THRESHOLD = 1e11

const COLUMNS = {
  time: /^timestamp\b/,
  capacityMhz: /^cpu capacity provisioned \[mhz\]$/,
  usageMhz: /^cpu usage \[mhz\]$/,
}
type Column = keyof typeof COLUMNS

/** Splits a GWA row: fields end in ';', usually followed by a TAB; surrounding blanks are dropped. */
const fields = (line: string) => line.split(';').map((f) => f.trim())

/**
 * Reads one VM file. Utilisation = `CPU usage [MHZ]` / `CPU capacity provisioned [MHZ]`, which matches the
 * file's own `CPU usage [%]` column to 1e-9 (tested); a VM provisioned 0 MHz that uses 0 MHz is switched off
 * and reads 0, but usage without capacity, a capacity outside 1 MHz..10 THz and a time outside
 * 1970-01-01..2200-01-01 are TraceErrors. Usage above capacity (up to 105.3 % in the Rnd
 * trace) is kept. Out-of-order rows are sorted and duplicate times last-wins (samples.ts); `startS` is the
 * earliest sample and `stepS` the median interval (300 s, with the odd 600 s gap of a dropped sample).
 */
export function bitbrainsReader(file: string, id: string = file): TraceReader<UtilizationSeries> {
  const buffer: SampleBuffer = { timesS: [], values: [] }
  let col: Record<Column, number> | undefined
  let width = 0
  let timeScale = 0

  const readHeader = (line: string, lineNo: number) => {
    const names = fields(line).map((f) => f.toLowerCase().replace(/\s+/g, ' '))
    const found: Partial<Record<Column, number>> = {}
    for (const key of Object.keys(COLUMNS) as Column[]) {
      const index = names.findIndex((name) => COLUMNS[key].test(name))
      if (index < 0) throw new TraceError(file, lineNo, `header lacks a column matching ${COLUMNS[key]}`)
      found[key] = index
    }
    col = found as Record<Column, number>
    width = Math.max(col.time, col.capacityMhz, col.usageMhz) + 1
  }

  const number = (text: string, what: string, lineNo: number) => {
    const value = parseDecimal(text)
    if (!(value >= 0))
      throw new TraceError(file, lineNo, `${what} must be a non-negative number, got "${clip(text)}"`)
    return value
  }

  const lines = lineSplitter(
    (line, lineNo) => {
      if (line.trim() === '') return
      if (!col) return readHeader(line, lineNo)
      const row = fields(line)
      if (row.length < width)
        throw new TraceError(file, lineNo, `expected ${width}+ fields, got ${row.length}`)
      const stamp = number(row[col.time], 'timestamp', lineNo)
      const capacityMhz = number(row[col.capacityMhz], 'CPU capacity', lineNo)
      const usageMhz = number(row[col.usageMhz], 'CPU usage', lineNo)
      if (timeScale === 0) timeScale = stamp >= MS_THRESHOLD ? 1e-3 : 1
      if (capacityMhz === 0 && usageMhz > 0)
        throw new TraceError(file, lineNo, `CPU usage ${usageMhz} MHz with no provisioned capacity`)
      const implausible = capacityMhz === 0 ? undefined : implausibleCapacity(capacityMhz)
      if (implausible) throw new TraceError(file, lineNo, `${implausible} (0 for a switched-off VM)`)
      if (usageMhz > MAX_MHZ)
        throw new TraceError(file, lineNo, `CPU usage ${usageMhz} MHz is above ${MAX_MHZ} MHz`)
      const timeS = stamp * timeScale
      const outside = outsideDateRange(timeS, row[col.time])
      if (outside) throw new TraceError(file, lineNo, outside)
      buffer.timesS.push(timeS)
      buffer.values.push(capacityMhz > 0 ? usageMhz / capacityMhz : 0)
    },
    { file },
  )

  return {
    push: lines.push,
    finish() {
      lines.finish()
      if (!col) throw new TraceError(file, undefined, 'no header line')
      if (buffer.timesS.length === 0) throw new TraceError(file, undefined, 'no samples')
      const { timesS, values, warnings } = cleanSamples(buffer)
      const startS = timesS[0]
      for (let i = 0; i < timesS.length; i++) timesS[i] -= startS
      return { id, startS, stepS: medianStepS(timesS), timesS, utilization: values, warnings }
    },
  }
}
