// Philox4x32-10 (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC11): a
// counter-based generator. Output = bijection_key(counter), so draw k of any stream is computed directly
// from (key, k) with no shared state: the same replica gives the same draws on any worker, in any order.
// Checked against Random123's kat_vectors. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards

// Round multipliers and Weyl key increments from the paper (Random123 philox.h: PHILOX_M4x32_0/1, W32_0/1).
const M0 = 0xd2511f53
const M1 = 0xcd9e8d57
const W0 = 0x9e3779b9
const W1 = 0xbb67ae85

/** Philox4x32 with 10 rounds, the variant Random123 recommends (and crush-resistant with margin). */
export const PHILOX_ROUNDS = 10

/**
 * High 32 bits of the 64-bit product of two unsigned 32-bit words. A double holds only 53 bits, so the
 * product is built from 16-bit halves: every partial sum stays below 2^53.
 */
function mulHi32(a: number, b: number): number {
  const aHi = a >>> 16
  const aLo = a & 0xffff
  const bHi = b >>> 16
  const bLo = b & 0xffff
  const middle = aHi * bLo + aLo * bHi + ((aLo * bLo) >>> 16)
  return (aHi * bHi + Math.floor(middle / 65536)) >>> 0
}

/**
 * One Philox4x32-10 block: four 32-bit output words for a 128-bit counter and a 64-bit key, written into
 * `out` (returned). Inputs are read as unsigned 32-bit words.
 */
export function philox4x32(
  counter: ArrayLike<number>,
  key: ArrayLike<number>,
  out: Uint32Array = new Uint32Array(4),
): Uint32Array {
  let c0 = counter[0] >>> 0
  let c1 = counter[1] >>> 0
  let c2 = counter[2] >>> 0
  let c3 = counter[3] >>> 0
  let k0 = key[0] >>> 0
  let k1 = key[1] >>> 0
  for (let round = 0; round < PHILOX_ROUNDS; round++) {
    // The key is bumped before every round but the first (Random123's philox4x32_R).
    if (round > 0) {
      k0 = (k0 + W0) >>> 0
      k1 = (k1 + W1) >>> 0
    }
    const hi0 = mulHi32(M0, c0)
    const lo0 = Math.imul(M0, c0) >>> 0
    const hi1 = mulHi32(M1, c2)
    const lo1 = Math.imul(M1, c2) >>> 0
    c0 = (hi1 ^ c1 ^ k0) >>> 0
    c1 = lo1
    c2 = (hi0 ^ c3 ^ k1) >>> 0
    c3 = lo0
  }
  out[0] = c0
  out[1] = c1
  out[2] = c2
  out[3] = c3
  return out
}
