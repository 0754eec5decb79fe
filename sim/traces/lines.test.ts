// The line splitter: any chunking gives split('\n'), CRLF = LF, numbered lines, and a bound on buffered text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineSplitter } from './lines.ts'
import { TraceError } from './series.ts'

/** Splits `text` cut at `cuts`, returning [line, lineNo] pairs. */
function splitChunked(text: string, cuts: number[], maxLineChars?: number): [string, number][] {
  const out: [string, number][] = []
  const splitter = lineSplitter((line, lineNo) => out.push([line, lineNo]), { file: 'f', maxLineChars })
  let from = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.push(text.slice(from, cut))
    from = cut
  }
  splitter.push(text.slice(from))
  splitter.finish()
  return out
}

const expected = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
    .map((line, i) => (i === 0 && line.startsWith('\uFEFF') ? line.slice(1) : line))

const textArb = fc.string({
  unit: fc.constantFrom('a', 'b', ',', '"', ' ', '\n', '\r', '\uFEFF', 'é'),
  maxLength: 200,
})
const withCuts = textArb.chain((text) =>
  fc.tuple(fc.constant(text), fc.array(fc.nat({ max: text.length }), { maxLength: 20 })),
)

describe('lineSplitter', () => {
  it('gives the lines of split("\\n") for any chunking, numbered from 1', () => {
    fc.assert(
      fc.property(withCuts, ([text, cuts]) => {
        const lines = splitChunked(text, cuts)
        expect(lines.map(([line]) => line)).toEqual(expected(text))
        expect(lines.map(([, lineNo]) => lineNo)).toEqual(lines.map((_, i) => i + 1))
      }),
    )
  })

  it('reads a CRLF file as its LF twin, even with a CR and its LF in different chunks', () => {
    const lf = 'a,b\n1,2\n3,4\n'
    const crlf = lf.replace(/\n/g, '\r\n')
    expect(splitChunked(crlf, [4, 5, 9])).toEqual(splitChunked(lf, []))
    expect(splitChunked(lf, [])).toEqual([
      ['a,b', 1],
      ['1,2', 2],
      ['3,4', 3],
      ['', 4],
    ])
  })

  it('drops a byte-order mark on line 1 only', () => {
    expect(splitChunked('\uFEFFa\n\uFEFFb', [1]).map(([line]) => line)).toEqual(['a', '\uFEFFb'])
  })

  it('refuses a line longer than maxLineChars, with its number, instead of buffering it', () => {
    const text = 'ok\n' + 'x'.repeat(50)
    expect(() => splitChunked(text, [10, 20, 30], 40)).toThrow(
      new TraceError('f', 2, 'line longer than 40 characters'),
    )
    expect(() => splitChunked('x'.repeat(50) + '\n', [], 40)).toThrow(TraceError)
    expect(splitChunked('y'.repeat(40) + '\r\n', [], 40)[0][0]).toHaveLength(40)
  })

  it('streams 20 MB in 64 KiB chunks cut mid-row, every line intact', () => {
    const row = '2025-06-03T00:00:00Z,rack-01/server-07,power,412.5,W\n'
    // The stream is `row` repeated; a chunk starting at offset k is a slice of this at k mod row.length.
    const period = row.repeat(Math.ceil(65_536 / row.length) + 1)
    let count = 0
    let bad = 0
    const splitter = lineSplitter(
      (line) => {
        count++
        if (line !== row.slice(0, -1)) bad++
      },
      { file: 'big.csv' },
    )
    let sentChars = 0
    while (sentChars < 20_000_000) {
      const start = sentChars % row.length
      splitter.push(period.slice(start, start + 65_536))
      sentChars += 65_536
    }
    splitter.finish()
    expect(count).toBe(Math.floor(sentChars / row.length) + 1)
    expect(bad).toBe(1) // the last line, cut off by the end of the stream
  })
})
