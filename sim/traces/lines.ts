// Streaming line splitter: text chunks cut anywhere in, numbered lines out, in O(longest line) memory.
import { TraceError } from './series.ts'

/** Receives each complete line (without its LF or CRLF) and its 1-based line number. */
export type LineHandler = (line: string, lineNo: number) => void

export interface LineSplitter {
  /** Feeds the next chunk; calls the handler for every line the chunk completes. */
  push(chunk: string): void
  /** Emits the last line (possibly empty, as `text.split('\n')` does after a final LF). Call once. */
  finish(): void
}

export interface LineOptions {
  /** Named in TraceErrors. */
  file: string
  /**
   * Longest line accepted, characters (default 1 MiB). A binary or newline-free file fed to a CSV importer
   * would otherwise be buffered whole; this turns it into a TraceError instead.
   */
  maxLineChars?: number
}

const DEFAULT_MAX_LINE_CHARS = 1 << 20

/**
 * Splits on LF and drops one CR before it, so CRLF and LF files give the same lines. A byte-order mark at
 * the start of line 1 is dropped too (spreadsheet exports). Lines are handed over in order, each once.
 */
export function lineSplitter(onLine: LineHandler, options: LineOptions): LineSplitter {
  const maxChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS
  let carry = ''
  let lineNo = 0
  let finished = false

  const emit = (line: string) => {
    lineNo++
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (lineNo === 1 && line.startsWith('\uFEFF')) line = line.slice(1)
    onLine(line, lineNo)
  }
  const tooLong = () => {
    throw new TraceError(options.file, lineNo + 1, `line longer than ${maxChars} characters`)
  }

  return {
    push(chunk) {
      if (finished) throw new Error('lineSplitter: push after finish')
      let start = 0
      let end = chunk.indexOf('\n')
      while (end !== -1) {
        const line = start === 0 ? carry + chunk.slice(0, end) : chunk.slice(start, end)
        if (start === 0) carry = ''
        // +1: the CR a CRLF line still carries here does not count against the limit.
        if (line.length > maxChars + 1) tooLong()
        emit(line)
        start = end + 1
        end = chunk.indexOf('\n', start)
      }
      carry = start === 0 ? carry + chunk : chunk.slice(start)
      if (carry.length > maxChars + 1) tooLong()
    },
    finish() {
      if (finished) throw new Error('lineSplitter: finish called twice')
      finished = true
      emit(carry)
      carry = ''
    },
  }
}

/** A line as quoted in an error message: at most 40 characters, so a garbage line cannot flood the log. */
export function clip(line: string): string {
  return line.length > 40 ? `${line.slice(0, 40)}…` : line
}
