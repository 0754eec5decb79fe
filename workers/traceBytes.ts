// A trace's files read in the worker: bytes counted for the progress bar, gunzipped by name, and capped.
import { TraceError } from '../sim/index.ts'

const MIB = 1024 * 1024

/**
 * Most text one trace may hold, bytes after gunzip, all its files together. A reading of 40–60 bytes of
 * text is parsed into 16 bytes of typed arrays (time and value) plus its series' share, so 1 GiB of text
 * is some 300–400 MB in the worker: about what a browser tab's worker holds beside the run. Counted after
 * gunzip too, so a small .gz that inflates without end is stopped at the cap.
 */
export const MAX_TRACE_TEXT_BYTES = 1024 * MIB

/** Largest Parquet file: it is read whole into memory, and the rows hyparquet decodes take several times that. */
export const MAX_PARQUET_BYTES = 256 * MIB

export interface TraceLimits {
  textBytes: number
  parquetBytes: number
}

export const TRACE_LIMITS: TraceLimits = { textBytes: MAX_TRACE_TEXT_BYTES, parquetBytes: MAX_PARQUET_BYTES }

/** Progress callbacks at most this often: over comlink each call is a message round trip (principle 9). */
const PROGRESS_MS = 100

type Bytes = Uint8Array<ArrayBuffer>

const sizeText = (bytes: number) =>
  bytes >= MIB ? `${Math.round((bytes / MIB) * 10) / 10} MiB` : `${bytes} bytes`

const isGzip = (file: File) => /\.gz$/i.test(file.name)

/**
 * Reads `files` (one trace) as text chunks or whole buffers, reporting the fraction of bytes read through
 * `onProgress` at most ten times a second (`done` reports 1). Files that would pass a cap are refused
 * before a byte is read where their size tells (plain text, Parquet), and as the cap is passed otherwise.
 * @throws TraceError naming the file and the cap
 */
export function traceReader(
  files: readonly File[],
  onProgress?: (fraction: number) => void,
  limits: TraceLimits = TRACE_LIMITS,
) {
  const total = files.reduce((sum, f) => sum + f.size, 0)
  const tooMuchText = (file: File, bytes: number) =>
    new TraceError(
      file.name,
      undefined,
      `the trace holds more than ${sizeText(limits.textBytes)} of text (${sizeText(bytes)} so far` +
        `${isGzip(file) ? ', after gunzip' : ''}): replay fewer files or a shorter span`,
    )
  // Plain text is as long as its files: refused at once, before any is read.
  let plain = 0
  for (const file of files.filter((f) => !isGzip(f) && !/\.parquet$/i.test(f.name))) {
    plain += file.size
    if (plain > limits.textBytes) throw tooMuchText(file, plain)
  }
  let read = 0
  let text = 0
  let lastMs = -Infinity
  const count = (bytes: number) => {
    read += bytes
    const now = performance.now()
    if (!onProgress || now - lastMs < PROGRESS_MS) return
    lastMs = now
    onProgress(total > 0 ? Math.min(read / total, 1) : 1)
  }

  /** The bytes of a file as they are read, counted; gunzipped when the name ends in .gz. */
  function byteStream(file: File): ReadableStream<Bytes> {
    const counted = file.stream().pipeThrough(
      new TransformStream<Bytes, Bytes>({
        transform(chunk, controller) {
          count(chunk.byteLength)
          controller.enqueue(chunk)
        },
      }),
    )
    return isGzip(file) ? counted.pipeThrough(new DecompressionStream('gzip')) : counted
  }

  return {
    /** Streams a file's text into a push reader chunk by chunk, stopping at the text cap. */
    async pushText(file: File, push: (chunk: string) => void): Promise<void> {
      const reader = byteStream(file).getReader()
      const decoder = new TextDecoder()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        text += value.byteLength
        if (text > limits.textBytes) {
          await reader.cancel()
          throw tooMuchText(file, text)
        }
        push(decoder.decode(value, { stream: true }))
      }
      const rest = decoder.decode()
      if (rest) push(rest)
    },
    /** A whole (small) binary file as one ArrayBuffer, read through the same counted stream. */
    async readBuffer(file: File): Promise<ArrayBuffer> {
      if (file.size > limits.parquetBytes) {
        throw new TraceError(
          file.name,
          undefined,
          `${sizeText(file.size)} is over the ${sizeText(limits.parquetBytes)} a Parquet file may have here`,
        )
      }
      return new Response(byteStream(file)).arrayBuffer()
    },
    done: () => onProgress?.(1),
  }
}

export type TraceReader = ReturnType<typeof traceReader>
