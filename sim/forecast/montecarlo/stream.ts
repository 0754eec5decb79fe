// Named streams for Monte Carlo replicas, keyed by (scenarioSeed, replicaIndex, streamName, assetId): each
// stream is Philox4x32-10 run over its own counters, so adding an asset or a stream never shifts another's
// draws (common random numbers across what-ifs), and no stream depends on how replicas are spread over
// workers. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import { philox4x32 } from './philox.ts'
import { cos, exp, log, sin } from '../../math/portable.ts'

/** Where a stream comes from; the same key gives the same sequence anywhere. */
export interface StreamKey {
  /** The scenario's seed, 0 … 2^32 − 1. */
  readonly scenarioSeed: number
  /** The replica, 0 … 2^32 − 1. */
  readonly replicaIndex: number
  /** What the draws are for, e.g. "failure" or "growth". */
  readonly streamName: string
  /** The asset the draws belong to ('' for a replica-wide stream). */
  readonly assetId: string
}

/** A deterministic sequence of draws from one keyed stream. */
export interface ReplicaStream {
  /** Uniform in the open interval (0, 1), 53 bits: never 0, so log(u) is finite. */
  uniform(): number
  /** Exponential with the given mean (> 0). Inverse CDF: −mean·ln(u). */
  exponential(mean: number): number
  /** Normal by Box–Muller (one pair of uniforms per two normals). */
  normal(mean: number, sd: number): number
  /** Lognormal with the given arithmetic mean (> 0) and log-space standard deviation σ ≥ 0. */
  lognormalOfMean(mean: number, logSd: number): number
  /** How many 32-bit words have been drawn so far. */
  readonly wordsDrawn: number
}

// Two FNV-1a hashes (different offset bases) of name and asset: 64 bits, so two different (name, asset)
// pairs share a stream with probability about 2^-64. The NUL separator keeps ("ab","c") apart from ("a","bc").
function fnv1a(text: string, basis: number): number {
  let h = basis
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}
const FNV_BASIS = 0x811c9dc5
const SECOND_BASIS = 0x050c5d1f

const TWO_PI = 2 * Math.PI
const TWO_POW_26 = 67_108_864
const TWO_POW_53 = 9_007_199_254_740_992

function checkWord(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
    throw new RangeError(`replica stream: ${what} must be a whole number from 0 to 2^32 − 1, got ${value}`)
  return value
}

/**
 * The stream for a key. Layout: key = (scenarioSeed, hash1(name, asset)); counter = (block low, block high,
 * replicaIndex, hash2(name, asset)). Block k yields four words; two words make one 53-bit uniform.
 */
export function replicaStream(streamKey: StreamKey): ReplicaStream {
  const tag = `${streamKey.streamName}\u0000${streamKey.assetId}`
  const key = [checkWord(streamKey.scenarioSeed, 'scenarioSeed'), fnv1a(tag, FNV_BASIS)]
  const counter = [0, 0, checkWord(streamKey.replicaIndex, 'replicaIndex'), fnv1a(tag, SECOND_BASIS)]
  const block = new Uint32Array(4)
  let used = 4
  let words = 0
  let spare = 0
  let hasSpare = false

  const word = () => {
    if (used === 4) {
      philox4x32(counter, key, block)
      // 2^64 blocks per stream: the low word wraps into the high one.
      counter[0] = (counter[0] + 1) >>> 0
      if (counter[0] === 0) counter[1] = (counter[1] + 1) >>> 0
      used = 0
    }
    words++
    return block[used++]
  }
  // 27 + 26 bits, offset by half a step: the smallest value is 2^-54, the largest 1 − 2^-54.
  const uniform = () => ((word() >>> 5) * TWO_POW_26 + (word() >>> 6) + 0.5) / TWO_POW_53

  const stream: ReplicaStream = {
    uniform,
    exponential(mean) {
      if (!(mean > 0)) throw new RangeError(`exponential: mean must be > 0, got ${mean}`)
      return -mean * log(uniform())
    },
    normal(mean, sd) {
      if (hasSpare) {
        hasSpare = false
        return mean + sd * spare
      }
      const radius = Math.sqrt(-2 * log(uniform()))
      const angle = TWO_PI * uniform()
      spare = radius * sin(angle)
      hasSpare = true
      return mean + sd * radius * cos(angle)
    },
    lognormalOfMean(mean, logSd) {
      if (!(mean > 0) || !(logSd >= 0))
        throw new RangeError(`lognormal: mean must be > 0 and σ ≥ 0, got ${mean} and ${logSd}`)
      // E[exp(μ + σZ)] = exp(μ + σ²/2), so μ = ln(mean) − σ²/2 keeps the arithmetic mean at `mean`.
      return exp(log(mean) - (logSd * logSd) / 2 + logSd * stream.normal(0, 1))
    },
    get wordsDrawn() {
      return words
    },
  }
  return stream
}
