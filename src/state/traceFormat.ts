// Which importer a set of dropped or picked trace files needs, guessed from their names and first line.
import type { TraceFormat } from '../../workers/protocol.ts'

export const TRACE_FORMATS: readonly { format: TraceFormat; label: string; hint: string }[] = [
  { format: 'planetlab', label: 'PlanetLab', hint: 'one file per VM, one CPU % per line every 5 min' },
  { format: 'bitbrains', label: 'Bitbrains', hint: 'one semicolon CSV per VM (GWA-T-12)' },
  { format: 'opendc', label: 'OpenDC', hint: 'tasks.parquet and fragments.parquet' },
  { format: 'swf', label: 'SWF job log', hint: 'Standard Workload Format, .swf or .swf.gz' },
  { format: 'csv', label: 'Long CSV', hint: 'timestamp,asset,metric,value,unit rows' },
]

export const formatLabel = (format: TraceFormat) =>
  TRACE_FORMATS.find((f) => f.format === format)?.label ?? format

/** The first line of a text head: no byte-order mark, no CR, lower case. */
const firstLine = (head: string) =>
  head
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]
    .replace(/\r$/, '')
    .toLowerCase()

/**
 * *.swf or *.swf.gz → SWF; any *.parquet → OpenDC (it needs tasks and fragments); a first line starting
 * `timestamp,` that names an asset column → long CSV; a semicolon-separated first line → Bitbrains; any
 * other *.csv → long CSV (whose reader then says which columns it wants); otherwise PlanetLab, whose files
 * carry no extension. `head` is the start of the first file's text ('' for a gzipped one).
 */
export function guessTraceFormat(names: readonly string[], head: string): TraceFormat {
  const lower = names.map((n) => n.toLowerCase())
  if (lower.some((n) => /\.swf(\.gz)?$/.test(n))) return 'swf'
  if (lower.some((n) => n.endsWith('.parquet'))) return 'opendc'
  const line = firstLine(head)
  if (/^"?timestamp"?\s*,/.test(line) && line.includes('asset')) return 'csv'
  if (line.includes(';')) return 'bitbrains'
  if (lower.some((n) => /\.csv(\.gz)?$/.test(n))) return 'csv'
  return 'planetlab'
}

/** guessTraceFormat for real files: reads the first kilobyte of the first one that is not gzipped. */
export async function guessFromFiles(files: readonly File[]): Promise<TraceFormat> {
  const plain = files.find((f) => !/\.(gz|parquet)$/i.test(f.name))
  const head = plain ? await plain.slice(0, 1024).text() : ''
  return guessTraceFormat(
    files.map((f) => f.name),
    head,
  )
}
