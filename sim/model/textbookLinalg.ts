// The linear algebra of the recirculation build as first written, plain loops: the reference linalg.ts must match
// bit for bit (linalg.test.ts) and the "before" of `npm run bench -- load` (docs/hall.md#reload-cost).
import { pivotInto, type SparseRows } from './linalg.ts'

/** Gauss–Jordan with partial pivoting over every column of both halves, as the textbook writes it. */
export function textbookInvert(m: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(m)
  const inv = new Float64Array(n * n)
  for (let i = 0; i < n; i++) inv[i * n + i] = 1
  for (let col = 0; col < n; col++) {
    // The pivot search and row swap are the same in both (linalg.ts pivotInto).
    const scale = 1 / pivotInto(a, inv, n, col)
    for (let c = 0; c < n; c++) {
      a[col * n + c] *= scale
      inv[col * n + c] *= scale
    }
    for (let r = 0; r < n; r++) {
      if (r === col) continue
      const f = a[r * n + col]
      if (f === 0) continue
      for (let c = 0; c < n; c++) {
        a[r * n + c] -= f * a[col * n + c]
        inv[r * n + c] -= f * inv[col * n + c]
      }
    }
  }
  return inv
}

/** X·Yᵀ, one dot product at a time. */
export function textbookMultiplyTransposed(x: Float64Array, y: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n)
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      let sum = 0
      for (let k = 0; k < n; k++) sum += x[j * n + k] * y[i * n + k]
      out[j * n + i] = sum
    }
  return out
}

/** The entries of each row above relTol × the row's largest, gathered into growing arrays. */
export function textbookSparseRows(
  m: Float64Array,
  n: number,
  transpose: boolean,
  relTol = 1e-6,
): SparseRows {
  const at = (r: number, c: number) => (transpose ? m[c * n + r] : m[r * n + c])
  const start = new Uint32Array(n + 1)
  const cols: number[] = []
  const values: number[] = []
  for (let r = 0; r < n; r++) {
    let max = 0
    for (let c = 0; c < n; c++) max = Math.max(max, Math.abs(at(r, c)))
    for (let c = 0; c < n; c++) {
      const v = at(r, c)
      if (v !== 0 && Math.abs(v) >= relTol * max) {
        cols.push(c)
        values.push(v)
      }
    }
    start[r + 1] = cols.length
  }
  return { start, cols: Uint32Array.from(cols), values: Float64Array.from(values) }
}
