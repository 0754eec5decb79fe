// createRng: seeded sfc32 generators, one independent stream per model name, with the draws models need.
import { cos, log, sin } from '../math/portable.ts'

/** One deterministic sequence of random numbers. */
export interface RandomStream {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number
  /** Exponential with the given rate (events per unit); mean 1/rate. Throws unless rate > 0. */
  exponential(rate: number): number
  /** Normal with the given mean and standard deviation (Box–Muller). */
  normal(mean: number, sd: number): number
}

/** A seed and the named streams derived from it. */
export interface Rng {
  /** The 32-bit seed every stream is derived from. */
  readonly seed: number
  /** The stream for `name`: same seed and name → same sequence. Repeated calls return the same stream. */
  stream(name: string): RandomStream
}

// splitmix32 spreads a low-entropy seed (1, 2, 3…) over all 32 bits before it becomes generator state.
const splitmix32 = (start: number) => {
  let s = start | 0
  return () => {
    s = (s + 0x9e3779b9) | 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) | 0
  }
}

// FNV-1a over UTF-16 code units: turns a stream name into 32 bits of seed material.
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

const TWO_PI = 2 * Math.PI
const INV_2_32 = 1 / 4294967296

// Half the sfc32 state comes from the seed and half from the name, so two seeds never share a state and
// two names share one only if their 32-bit hashes collide.
function createStream(seed: number, name: string): RandomStream {
  const fromSeed = splitmix32(seed)
  const fromName = splitmix32(fnv1a(name))
  let a = fromSeed()
  let b = fromSeed()
  let c = fromName()
  let d = fromName()
  let spare = 0
  let hasSpare = false

  // sfc32 (Chris Doty-Humphrey, PractRand): 128-bit state, passes BigCrush, only 32-bit integer ops.
  const next = () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) * INV_2_32
  }
  // The first outputs still echo the seeding; the usual remedy is to discard a dozen or so.
  for (let i = 0; i < 15; i++) next()

  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    exponential(rate) {
      if (!(rate > 0)) throw new Error(`exponential: rate must be > 0, got ${rate}`)
      // 1 - u lies in (0, 1], so the log is finite.
      return -log(1 - next()) / rate
    },
    normal(mean, sd) {
      // Box–Muller makes two independent normals per pair of uniforms; the second serves the next call.
      if (hasSpare) {
        hasSpare = false
        return mean + sd * spare
      }
      const r = Math.sqrt(-2 * log(1 - next()))
      const theta = TWO_PI * next()
      spare = r * sin(theta)
      hasSpare = true
      return mean + sd * r * cos(theta)
    },
  }
}

/** Creates the random source for one run. `seed` must be an integer; it is reduced to 32 bits. */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new Error(`createRng: seed must be an integer, got ${seed}`)
  const seed32 = seed >>> 0
  const streams = new Map<string, RandomStream>()
  return {
    seed: seed32,
    stream(name) {
      let s = streams.get(name)
      if (!s) {
        s = createStream(seed32, name)
        streams.set(name, s)
      }
      return s
    },
  }
}
