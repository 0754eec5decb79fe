// The recirculation build's linear algebra against the plain loops it replaced: the same numbers, bit for bit.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { invert, multiplyTransposed, sparseRows } from './linalg.ts'
import { inletBalance } from './inletBalance.ts'
import { buildWorld } from '../scenario/build.ts'
import { parseScenarioText } from '../scenario/parse.ts'
import { textbookInvert, textbookMultiplyTransposed, textbookSparseRows } from './textbookLinalg.ts'

/**
 * A square matrix of side 1–12, many entries exactly 0 (as in halls with empty racks), the rest of any sign
 * between 0.001 and 10 in size. Not subnormal ones: a pivot near 1e-300 overflows its row to ∞, and 0·∞ is NaN
 * where the textbook loop subtracts it and invert skips it. A hall's inlet balance is nowhere near that.
 */
const squares = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    m: fc
      .array(
        fc.oneof(
          fc.constant(0),
          fc.double({ min: -10, max: 10, noNaN: true }).map((v) => (Math.abs(v) < 1e-3 ? 0 : v)),
          fc.integer({ min: -3, max: 3 }),
        ),
        { minLength: n * n, maxLength: n * n },
      )
      .map((v) => Float64Array.from(v)),
  }),
)

/** Either the result or the error message: a singular matrix must be refused at the same column. */
function outcome(f: () => Float64Array): Float64Array | string {
  try {
    return f()
  } catch (e) {
    return (e as Error).message
  }
}

/**
 * Equal entry by entry: as IEEE doubles (Object.is) with `zeroSign`, else with +0 and −0 taken as one. A
 * negative pivot turns the zeros of its row into −0 and invert skips subtracting f·0 from them, so a zero may
 * come out with the other sign; the recirculation build never reads one (docs/hall.md#reload-cost).
 */
function sameBits(a: Float64Array | string, b: Float64Array | string, zeroSign = true): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b
  const same = (x: number, y: number) => Object.is(x, y) || (!zeroSign && x === y)
  return a.length === b.length && a.every((v, i) => same(v, b[i]))
}

describe('linalg', () => {
  it('inverts [[2, 1], [1, 1]] to [[1, −1], [−1, 2]]', () => {
    expect(Array.from(invert(Float64Array.of(2, 1, 1, 1), 2))).toEqual([1, -1, -1, 2])
  })

  it('pivots: [[0, 1], [1, 0]] is its own inverse', () => {
    expect(Array.from(invert(Float64Array.of(0, 1, 1, 0), 2))).toEqual([0, 1, 1, 0])
  })

  it('inverts to the numbers of the textbook loop, or refuses at the same column', () => {
    fc.assert(
      fc.property(squares, ({ n, m }) =>
        sameBits(
          outcome(() => invert(m, n)),
          outcome(() => textbookInvert(m, n)),
          false,
        ),
      ),
      { numRuns: 2000 },
    )
  })

  it('multiplies X·Yᵀ exactly as one dot product at a time does', () => {
    fc.assert(
      fc.property(squares, squares, (x, y) => {
        const n = Math.min(x.n, y.n)
        const xs = x.m.subarray(0, n * n)
        const ys = y.m.subarray(0, n * n)
        return sameBits(multiplyTransposed(xs, ys, n), textbookMultiplyTransposed(xs, ys, n))
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps the same sparse entries as the textbook gathering, rows or columns', () => {
    fc.assert(
      fc.property(squares, fc.boolean(), ({ n, m }, transpose) => {
        expect(sparseRows(m, n, transpose)).toEqual(textbookSparseRows(m, n, transpose))
      }),
      { numRuns: 500 },
    )
  })

  it('builds the large hall recirculation model with the bits of the textbook loops, zero signs included', () => {
    const scenario = parseScenarioText(readFileSync('scenarios/large-hall.json', 'utf8'), 'large-hall.json')
    const rec = buildWorld(scenario).recirculation
    const n = rec.n
    const { m } = inletBalance(rec.a, rec.rackWK)
    const solve = textbookInvert(m, n)
    expect(sameBits(rec.solve, solve)).toBe(true)
    const d = textbookMultiplyTransposed(solve, rec.a, n)
    expect(rec.heat).toEqual(textbookSparseRows(d, n, false))
    // 440 × 440: 85 M multiply-adds by the textbook loop alone, seconds on a loaded 2-core box.
  }, 60_000)
})
