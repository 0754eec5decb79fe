// Reader for the outdoor-temperature CSV: `timestamp,dryBulbC[,wetBulbC][,dewPointC]`, one sample a line.
import { outsideDateRange } from '../../traces/timestamp.ts'
import type { OutdoorSeries } from './outdoor.ts'

const OPTIONAL_COLUMNS = ['wetBulbC', 'dewPointC'] as const
const FORMAT = 'timestamp,dryBulbC[,wetBulbC][,dewPointC]'

// ISO 8601 date-time: seconds, fraction and zone optional; a space may stand for the T.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/

/**
 * Epoch seconds of an ISO 8601 timestamp, or NaN. A timestamp without a zone is read as UTC, never as the
 * machine's local time, so the same file gives the same series everywhere.
 */
export function parseIsoTimeS(text: string): number {
  const m = ISO_TIME.exec(text)
  if (!m) return NaN
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => (v === undefined ? 0 : Number(v)))
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return NaN
  const ms = Date.UTC(year, month - 1, day, hour, minute, second)
  // Date.UTC rolls Feb 30 over into March: a changed day means the date does not exist.
  if (new Date(ms).getUTCDate() !== day) return NaN
  let offsetMin = 0
  const zone = m[8]
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.replace(':', '')
    offsetMin = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
  }
  return ms / 1000 + (m[7] === undefined ? 0 : Number(m[7])) - offsetMin * 60
}

/**
 * Parses the documented format: a header line naming the columns (timestamp and dryBulbC first, then
 * wetBulbC and/or dewPointC in that order), then one sample a line, timestamps strictly increasing, numbers
 * in °C, times within 1970-01-01..2200-01-01. Blank lines are skipped. Plain comma splitting: no quoting,
 * because no field needs it. Throws an Error naming the 1-based line and the column of the first bad field,
 * or saying there is no sample after the header.
 */
export function parseOutdoorCsv(text: string): OutdoorSeries {
  const lines = text.split(/\r?\n/)
  const header = lines[0].split(',').map((name) => name.trim())
  const optional = header.slice(2)
  const expectedOptional = OPTIONAL_COLUMNS.filter((name) => optional.includes(name))
  if (
    header[0] !== 'timestamp' ||
    header[1] !== 'dryBulbC' ||
    optional.length !== expectedOptional.length ||
    optional.some((name, i) => name !== expectedOptional[i])
  )
    throw new Error(`line 1: header '${lines[0]}' is not ${FORMAT}`)

  const columns: number[][] = header.map(() => [])
  let previousS = -Infinity
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    const line = i + 1
    const fields = lines[i].split(',')
    if (fields.length !== header.length)
      throw new Error(
        `line ${line}: expected ${header.length} columns (${header.join(',')}), got ${fields.length}`,
      )
    const timeS = parseIsoTimeS(fields[0].trim())
    if (Number.isNaN(timeS))
      throw new Error(`line ${line}, column timestamp: '${fields[0]}' is not an ISO 8601 date-time`)
    if (outsideDateRange(timeS, fields[0]))
      throw new Error(`line ${line}, column timestamp: '${fields[0]}' is outside 1970-01-01..2200-01-01`)
    if (timeS <= previousS)
      throw new Error(`line ${line}, column timestamp: '${fields[0]}' is not after the line before`)
    previousS = timeS
    columns[0].push(timeS)
    for (let c = 1; c < header.length; c++) {
      const field = fields[c].trim()
      const value = Number(field)
      // Number('') is 0: an empty field must not read as 0 °C.
      if (field === '' || !Number.isFinite(value))
        throw new Error(`line ${line}, column ${header[c]}: '${fields[c]}' is not a number`)
      // The scenario's outdoor range; the psychrometrics behind the economisers hold only within it.
      if (value < -60 || value > 60)
        throw new Error(`line ${line}, column ${header[c]}: ${value} °C is outside −60…60 °C`)
      if (header[c] !== 'dryBulbC' && value > columns[1][columns[1].length - 1])
        throw new Error(`line ${line}, column ${header[c]}: ${value} °C is above the dry bulb`)
      columns[c].push(value)
    }
  }
  // A header alone would run with no weather at all while looking like a valid file.
  if (columns[0].length === 0) throw new Error(`no samples: only the header line (${FORMAT})`)
  const series: OutdoorSeries = {
    timeS: Float64Array.from(columns[0]),
    dryBulbC: Float64Array.from(columns[1]),
  }
  header.forEach((name, c) => {
    if (name === 'wetBulbC') series.wetBulbC = Float64Array.from(columns[c])
    if (name === 'dewPointC') series.dewPointC = Float64Array.from(columns[c])
  })
  return series
}
