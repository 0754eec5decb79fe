// The recirculation model's inlet balance, M·T_in = AᵀP + S∘T_sup (docs/physics.md#recirculation-from-the-layout):
// M and the supply air S from the exhaust shares A and the racks' heat capacity flows K.

/**
 * Σ_i a_ij·K_i for every inlet j (W/K of other racks' exhaust it takes in), each summed in i order as a loop
 * down A's column would sum it, but read along A's rows: the cache's way, several times faster at 440 racks.
 */
export function columnSums(a: Float64Array, rackWK: Float64Array): Float64Array {
  const n = rackWK.length
  const sums = new Float64Array(n)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sums[j] += a[i * n + j] * rackWK[i]
  return sums
}

/** Scales down A's column j wherever inlet j would take in more than `maxShare` of its own airflow. */
export function capInflows(a: Float64Array, rackWK: Float64Array, maxShare: number): void {
  const n = rackWK.length
  const inflowWK = columnSums(a, rackWK)
  const factor = new Float64Array(n).fill(1)
  let capped = false
  for (let j = 0; j < n; j++) {
    const limitWK = maxShare * rackWK[j]
    if (inflowWK[j] > limitWK) {
      factor[j] = limitWK / inflowWK[j]
      capped = true
    }
  }
  if (!capped) return
  // × 1 leaves the other columns' bits as they are.
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] *= factor[j]
}

/**
 * M = diag(K) − (A∘K)ᵀ row-major, and S_j = K_j − Σ_i a_ij·K_i (W/K). A rack with no airflow gets the row
 * T_in = T_sup (M_jj = 1, S_j = 1): nothing mixes into it.
 */
export function inletBalance(
  a: Float64Array,
  rackWK: Float64Array,
): { m: Float64Array; supplyWK: Float64Array } {
  const n = rackWK.length
  const inflowWK = columnSums(a, rackWK)
  const m = new Float64Array(n * n)
  const supplyWK = new Float64Array(n)
  // Written a row of A at a time, as columnSums reads it.
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (rackWK[j] !== 0) m[j * n + i] -= a[i * n + j] * rackWK[i]
  for (let j = 0; j < n; j++) {
    if (rackWK[j] === 0) {
      m[j * n + j] = 1
      supplyWK[j] = 1
      continue
    }
    m[j * n + j] += rackWK[j]
    supplyWK[j] = rackWK[j] - inflowWK[j]
  }
  return { m, supplyWK }
}
