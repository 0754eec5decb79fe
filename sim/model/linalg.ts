// Small dense linear algebra on row-major Float64Arrays: enough for the n × n recirculation solve.

/**
 * Inverts the n × n row-major matrix `m` by Gauss–Jordan elimination with partial pivoting.
 * O(n³): built once per topology, then applied in O(n²) per step. It skips only work that never reaches the
 * result, so it gives the textbook loop's numbers (sim/model/textbookLinalg.ts; docs/hall.md#reload-cost):
 * columns of `m` left of the pivot are never read again (pivots and factors come from later columns), and
 * outside the span of the pivot row's non-zero entries in the inverse a row would only subtract f·0. That
 * halves both halves of the work (440 racks: from 170 M to about 85 M multiply-adds). Only a zero's sign may
 * differ (−0 − f·0 is +0 or −0 by the sign of f·0), and only after a negative pivot, which a hall's inlet
 * balance (positive, diagonally dominant) never has.
 * @throws Error when the matrix is singular to working precision
 */
export function invert(m: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(m)
  const inv = new Float64Array(n * n)
  for (let i = 0; i < n; i++) inv[i * n + i] = 1
  for (let col = 0; col < n; col++) {
    const scale = 1 / pivotInto(a, inv, n, col)
    const pr = col * n
    for (let c = col + 1; c < n; c++) a[pr + c] *= scale
    // The whole row, zeros too, so every zero keeps the sign the textbook loop gives it.
    let lo = n
    let hi = -1
    for (let c = 0; c < n; c++) {
      inv[pr + c] *= scale
      if (inv[pr + c] !== 0) {
        if (lo === n) lo = c
        hi = c
      }
    }
    for (let r = 0; r < n; r++) {
      if (r === col) continue
      const rr = r * n
      const f = a[rr + col]
      if (f === 0) continue
      subtractScaled(a, rr + col + 1, pr + col + 1, n - col - 1, f)
      subtractScaled(inv, rr + lo, pr + lo, hi - lo + 1, f)
    }
  }
  return inv
}

/**
 * X·Yᵀ for n × n row-major X and Y: out[j·n + i] = Σ_k X[j·n + k]·Y[i·n + k], summed in k order as the plain
 * triple loop sums it (so the same bits), four rows of Y at a time: one load of X[j][k] feeds four independent
 * sums, which the processor overlaps where one sum must wait for each addition before the next.
 */
export function multiplyTransposed(x: Float64Array, y: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n)
  const whole = n - (n % 4)
  for (let j = 0; j < n; j++) {
    const xr = j * n
    for (let i = 0; i < whole; i += 4) {
      const y0 = i * n
      const y1 = y0 + n
      const y2 = y1 + n
      const y3 = y2 + n
      let s0 = 0
      let s1 = 0
      let s2 = 0
      let s3 = 0
      for (let k = 0; k < n; k++) {
        const v = x[xr + k]
        s0 += v * y[y0 + k]
        s1 += v * y[y1 + k]
        s2 += v * y[y2 + k]
        s3 += v * y[y3 + k]
      }
      out[xr + i] = s0
      out[xr + i + 1] = s1
      out[xr + i + 2] = s2
      out[xr + i + 3] = s3
    }
    for (let i = whole; i < n; i++) {
      let sum = 0
      for (let k = 0; k < n; k++) sum += x[xr + k] * y[i * n + k]
      out[xr + i] = sum
    }
  }
  return out
}

/**
 * x[to + c] −= f·x[from + c] for c < len, four at a time: fewer loop tests and index updates per
 * multiply-add (a third off the inversion in V8, which does not vectorise), each entry's arithmetic unchanged.
 */
function subtractScaled(x: Float64Array, to: number, from: number, len: number, f: number): void {
  let c = 0
  for (; c + 3 < len; c += 4) {
    x[to + c] -= f * x[from + c]
    x[to + c + 1] -= f * x[from + c + 1]
    x[to + c + 2] -= f * x[from + c + 2]
    x[to + c + 3] -= f * x[from + c + 3]
  }
  for (; c < len; c++) x[to + c] -= f * x[from + c]
}

/**
 * Partial pivoting: swaps the row with the largest |value| in column `col` (the first such, from row `col`
 * down) into row `col` of both `a` and `inv`, and returns that pivot.
 * @throws Error when the column is zero to working precision (the matrix is singular)
 */
export function pivotInto(a: Float64Array, inv: Float64Array, n: number, col: number): number {
  let pivot = col
  for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) pivot = r
  const p = a[pivot * n + col]
  if (Math.abs(p) < 1e-300) throw new Error(`matrix is singular at column ${col}`)
  if (pivot !== col) {
    swapRows(a, n, pivot, col)
    swapRows(inv, n, pivot, col)
  }
  return p
}

function swapRows(m: Float64Array, n: number, r1: number, r2: number): void {
  for (let c = 0; c < n; c++) {
    const t = m[r1 * n + c]
    m[r1 * n + c] = m[r2 * n + c]
    m[r2 * n + c] = t
  }
}

/** Compressed sparse rows: row r holds cols/values [start[r], start[r + 1]). */
export interface SparseRows {
  readonly start: Uint32Array
  readonly cols: Uint32Array
  readonly values: Float64Array
}

/**
 * Keeps the entries of the n × n row-major `m` (read transposed when asked) above `relTol` × the row's largest.
 * exp(−d/L) makes far racks' couplings vanish; at 1e-6 the large hall keeps about 60 % of D's entries and
 * its inlets move by 51 µK at most against the dense product (checked with two CRAHs failed).
 */
export function sparseRows(m: Float64Array, n: number, transpose: boolean, relTol = 1e-6): SparseRows {
  // Entry (r, c) sits at r·rowStep + c·colStep; two passes (count, then fill) straight into typed arrays.
  const rowStep = transpose ? 1 : n
  const colStep = transpose ? n : 1
  const floor = new Float64Array(n)
  const start = new Uint32Array(n + 1)
  for (let r = 0; r < n; r++) {
    let max = 0
    for (let c = 0; c < n; c++) max = Math.max(max, Math.abs(m[r * rowStep + c * colStep]))
    floor[r] = relTol * max
    let kept = 0
    for (let c = 0; c < n; c++) {
      const v = m[r * rowStep + c * colStep]
      if (v !== 0 && Math.abs(v) >= floor[r]) kept++
    }
    start[r + 1] = start[r] + kept
  }
  const cols = new Uint32Array(start[n])
  const values = new Float64Array(start[n])
  for (let r = 0, k = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const v = m[r * rowStep + c * colStep]
      if (v !== 0 && Math.abs(v) >= floor[r]) {
        cols[k] = c
        values[k++] = v
      }
    }
  return { start, cols, values }
}

/** out = m · x for a sparse-row matrix. */
export function sparseMultiply(m: SparseRows, x: Float64Array, out: Float64Array): void {
  const { start, cols, values } = m
  for (let r = 0; r < out.length; r++) {
    let sum = 0
    for (let k = start[r]; k < start[r + 1]; k++) sum += values[k] * x[cols[k]]
    out[r] = sum
  }
}
