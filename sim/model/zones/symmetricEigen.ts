// Eigen-decomposition of a small real symmetric matrix by the cyclic Jacobi method.

/** S = V·diag(values)·Vᵀ; column k of V (row-major n × n, entry [r * n + k]) belongs to values[k]. */
export interface SymmetricEigen {
  readonly n: number
  readonly values: Float64Array
  readonly vectors: Float64Array
}

/**
 * Cyclic Jacobi rotations (Golub & Van Loan, Matrix Computations, 4th ed., §8.5): each rotation zeroes one
 * off-diagonal pair; sweeps repeat until the off-diagonal mass is below 1e-15 of the matrix's. Chosen over QR
 * for its accuracy on small eigenvalues of graded matrices (Demmel & Veselić 1992), which the zone system is:
 * air nodes of 10⁵ J/K beside equipment of 10⁷ J/K. O(n³) per sweep, a few sweeps; n is twice the unit count.
 * @throws Error when `s` is not square or not symmetric to 1e-12 of its largest entry
 */
export function symmetricEigen(s: Float64Array, n: number): SymmetricEigen {
  if (s.length !== n * n) throw new Error(`symmetricEigen: ${s.length} entries are not ${n} × ${n}`)
  const a = Float64Array.from(s)
  let scale = 0
  for (const v of a) scale = Math.max(scale, Math.abs(v))
  for (let r = 0; r < n; r++)
    for (let c = r + 1; c < n; c++)
      if (Math.abs(a[r * n + c] - a[c * n + r]) > 1e-12 * scale)
        throw new Error(`symmetricEigen: entry (${r}, ${c}) differs from (${c}, ${r})`)
  const v = new Float64Array(n * n)
  for (let k = 0; k < n; k++) v[k * n + k] = 1
  const offNorm = () => {
    let sum = 0
    for (let r = 0; r < n; r++) for (let c = r + 1; c < n; c++) sum += a[r * n + c] * a[r * n + c]
    return Math.sqrt(sum)
  }
  let total = 0
  for (const x of a) total += x * x
  const tolerance = 1e-15 * Math.sqrt(total)
  for (let sweep = 0; sweep < 100 && offNorm() > tolerance; sweep++)
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) rotate(a, v, n, p, q)
  return { n, values: Float64Array.from({ length: n }, (_, k) => a[k * n + k]), vectors: v }
}

// One Jacobi rotation in the (p, q) plane, applied to a (both sides) and accumulated into v (Golub & Van Loan
// Algorithm 8.5.1, with the smaller of the two rotation angles for stability).
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q]
  if (apq === 0) return
  const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
  const c = 1 / Math.sqrt(t * t + 1)
  const s = t * c
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p]
    const akq = a[k * n + q]
    a[k * n + p] = c * akp - s * akq
    a[k * n + q] = s * akp + c * akq
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k]
    const aqk = a[q * n + k]
    a[p * n + k] = c * apk - s * aqk
    a[q * n + k] = s * apk + c * aqk
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p]
    const vkq = v[k * n + q]
    v[k * n + p] = c * vkp - s * vkq
    v[k * n + q] = s * vkp + c * vkq
  }
}
