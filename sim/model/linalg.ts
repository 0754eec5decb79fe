// Small dense linear algebra on row-major Float64Arrays: enough for the n × n recirculation solve.

/**
 * Inverts the n × n row-major matrix `m` by Gauss–Jordan elimination with partial pivoting.
 * O(n³): built once per topology (440 racks ≈ 85 M multiply-adds), then applied in O(n²) per step.
 * @throws Error when the matrix is singular to working precision
 */
export function invert(m: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(m)
  const inv = new Float64Array(n * n)
  for (let i = 0; i < n; i++) inv[i * n + i] = 1
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) pivot = r
    const p = a[pivot * n + col]
    if (Math.abs(p) < 1e-300) throw new Error(`matrix is singular at column ${col}`)
    if (pivot !== col) {
      swapRows(a, n, pivot, col)
      swapRows(inv, n, pivot, col)
    }
    const scale = 1 / p
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

function swapRows(m: Float64Array, n: number, r1: number, r2: number): void {
  for (let c = 0; c < n; c++) {
    const t = m[r1 * n + c]
    m[r1 * n + c] = m[r2 * n + c]
    m[r2 * n + c] = t
  }
}

/** out = m · x for the n × n row-major matrix m. */
export function multiply(m: Float64Array, x: Float64Array, n: number, out: Float64Array): Float64Array {
  for (let r = 0; r < n; r++) {
    let sum = 0
    const row = r * n
    for (let c = 0; c < n; c++) sum += m[row + c] * x[c]
    out[r] = sum
  }
  return out
}
