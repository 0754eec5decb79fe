// The recirculation build's three kernels on the large hall's own matrices, beside the textbook loops they
// replaced, with a check that both give the same bits (docs/hall.md#reload-cost).
import { readFileSync } from 'node:fs'
import { parseScenarioText } from '../sim/index.ts'
import { buildWorld } from '../sim/scenario/build.ts'
import { invert, multiplyTransposed, sparseRows } from '../sim/model/linalg.ts'
import { inletBalance } from '../sim/model/inletBalance.ts'
import {
  textbookInvert,
  textbookMultiplyTransposed,
  textbookSparseRows,
} from '../sim/model/textbookLinalg.ts'

const FILE = 'scenarios/large-hall.json'
const ROUNDS = 3

/** Equal as IEEE doubles, the sign of zero included, entry by entry (typed arrays or arrays of them). */
function sameBits(a: ArrayLike<number>[], b: ArrayLike<number>[]): boolean {
  return a.every((x, k) => x.length === b[k].length && Array.from(x).every((v, i) => Object.is(v, b[k][i])))
}

/** Best wall time (ms) of each of two runs of the same kernel, interleaved, and whether their results agree. */
function race(ours: () => ArrayLike<number>[], textbook: () => ArrayLike<number>[]) {
  let oursMs = Infinity
  let textbookMs = Infinity
  let same = true
  for (let round = 0; round < ROUNDS; round++) {
    let t0 = performance.now()
    const a = ours()
    oursMs = Math.min(oursMs, performance.now() - t0)
    t0 = performance.now()
    const b = textbook()
    textbookMs = Math.min(textbookMs, performance.now() - t0)
    same &&= sameBits(a, b)
  }
  return { oursMs, textbookMs, same }
}

/** Textbook vs ours for M⁻¹, D = M⁻¹·Aᵀ and D's sparse rows on the large hall. */
export function loadKernelsReport(): string[] {
  const rec = buildWorld(parseScenarioText(readFileSync(FILE, 'utf8'), FILE)).recirculation
  const n = rec.n
  const { m } = inletBalance(rec.a, rec.rackWK)
  const d = multiplyTransposed(rec.solve, rec.a, n)
  const sparse = (s: ReturnType<typeof sparseRows>) => [s.start, s.cols, s.values]
  const rows = [
    {
      label: 'M⁻¹ (Gauss–Jordan)',
      ...race(
        () => [invert(m, n)],
        () => [textbookInvert(m, n)],
      ),
    },
    {
      label: 'D = M⁻¹·Aᵀ',
      ...race(
        () => [multiplyTransposed(rec.solve, rec.a, n)],
        () => [textbookMultiplyTransposed(rec.solve, rec.a, n)],
      ),
    },
    {
      label: "D's sparse rows",
      ...race(
        () => sparse(sparseRows(d, n, false)),
        () => sparse(textbookSparseRows(d, n, false)),
      ),
    },
  ]
  return [
    `large hall (${n} racks): the recirculation build's kernels, ms, best of ${ROUNDS}, interleaved`,
    '',
    `${'kernel'.padEnd(20)} ${'textbook'.padStart(9)} ${'ours'.padStart(9)} ${'ratio'.padStart(7)}  same bits`,
    ...rows.map(
      (r) =>
        `${r.label.padEnd(20)} ${r.textbookMs.toFixed(1).padStart(9)} ${r.oursMs.toFixed(1).padStart(9)} ${(r.textbookMs / r.oursMs).toFixed(2).padStart(7)}  ${r.same ? 'yes' : 'NO'}`,
    ),
    '',
  ]
}
