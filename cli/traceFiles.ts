// Trace files on disk: streamed in chunks into a push-reader (gunzipped on the way), folders listed in order,
// and progress lines on stderr for large reads.
import { readdirSync, statSync } from 'node:fs'
import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { StringDecoder } from 'node:string_decoder'
import { createGunzip } from 'node:zlib'
import { cannotRead, UserError } from './inputs.ts'

/** Read size: memory per file stays at this plus the reader's longest line and its result. */
const CHUNK_BYTES = 1 << 20
/** Smaller reads finish before anyone would look at a progress line, so they print none. */
export const PROGRESS_MIN_BYTES = 10e6

export interface FileEntry {
  name: string
  path: string
  bytes: number
}

/** What `path` is. @throws UserError when it does not exist or cannot be read */
export function pathKind(path: string): 'file' | 'folder' {
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return 'folder'
    if (stat.isFile()) return 'file'
  } catch (error) {
    throw cannotRead(path, error)
  }
  throw new UserError(`${path}: cannot read: neither a file nor a folder`)
}

/**
 * The regular files in `folder` whose names pass `keep` (dot files never do), sorted by name in UTF-16
 * code-unit order: the order series are mapped onto servers in, the same on every host and locale.
 */
export function listFolder(folder: string, keep: (name: string) => boolean): FileEntry[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch (error) {
    throw cannotRead(folder, error)
  }
  const entries: FileEntry[] = []
  for (const name of names.filter((n) => !n.startsWith('.') && keep(n)).sort()) {
    const path = join(folder, name)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat?.isFile()) entries.push({ name, path, bytes: stat.size })
  }
  return entries
}

/**
 * Streams `path` through `push` as UTF-8 text in chunks of about 1 MiB (a `.gz` file gunzipped first), so
 * the file is never whole in memory. `onBytes` gets the bytes read from disk so far after each chunk.
 * Errors thrown by `push` (TraceErrors) pass through; file system and gzip errors become UserErrors.
 */
export async function streamText(
  path: string,
  push: (chunk: string) => void,
  onBytes?: (bytesRead: number) => void,
): Promise<void> {
  const raw = createReadStream(path, { highWaterMark: CHUNK_BYTES })
  const decoder = new StringDecoder('utf8')
  // Kept aside: the pipeline may report the abort it causes instead of the reader's own error.
  let readerError: unknown
  const sink = async (source: AsyncIterable<Buffer>) => {
    try {
      for await (const chunk of source) {
        push(decoder.write(chunk))
        onBytes?.(raw.bytesRead)
      }
      push(decoder.end())
    } catch (error) {
      readerError ??= error
      throw error
    }
  }
  try {
    if (path.endsWith('.gz')) await pipeline(raw, createGunzip(), sink)
    else await pipeline(raw, sink)
  } catch (error) {
    if (readerError !== undefined) throw readerError
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code.startsWith('Z_'))
      throw new UserError(`${path}: not a valid gzip file (${(error as Error).message})`)
    if ((error as { syscall?: string }).syscall) throw cannotRead(path, error)
    throw error
  }
}

export interface Progress {
  /** `done` of the total so far. */
  update(done: number): void
  /** The final 100 % line, if any line was printed. */
  finish(): void
}

/**
 * Progress lines on `write` (stderr): `trace: 45 % (90.0 of 200.0 MB)` or `trace: 40 % (420 of 1052 files)`,
 * each 10 % or, for slow reads, each second, whichever comes first; none at all when `quiet`.
 */
export function createProgress(
  total: number,
  unit: 'MB' | 'files',
  quiet: boolean,
  write: (line: string) => void,
  nowMs: () => number = () => performance.now(),
): Progress {
  let lastPercent = 0
  let lastMs = nowMs()
  let printed = false
  const amount = (n: number) => (unit === 'MB' ? (n / 1e6).toFixed(1) : String(n))
  const print = (done: number, percent: number) => {
    write(`trace: ${Math.floor(percent)} % (${amount(done)} of ${amount(total)} ${unit})\n`)
    lastPercent = percent
    lastMs = nowMs()
    printed = true
  }
  return {
    update(done) {
      if (quiet || total <= 0 || done >= total) return
      const percent = (100 * done) / total
      if (percent >= lastPercent + 10 || nowMs() - lastMs >= 1000) print(done, percent)
    },
    finish() {
      if (printed) print(total, 100)
    },
  }
}
