import { describe, expect, it } from 'vitest'
import { philox4x32 } from './philox.ts'
import { replicaStream } from './stream.ts'
import type { StreamKey } from './stream.ts'

const key = (over: Partial<StreamKey> = {}): StreamKey => ({
  scenarioSeed: 7,
  replicaIndex: 3,
  streamName: 'failure',
  assetId: 'crah-1',
  ...over,
})
const draws = (k: StreamKey, n: number) => {
  const s = replicaStream(k)
  return Array.from({ length: n }, () => s.uniform())
}

describe('replicaStream', () => {
  it('gives the same sequence for the same key, whatever was drawn elsewhere in between', () => {
    const first = draws(key(), 50)
    draws(key({ assetId: 'crah-2' }), 1000)
    expect(draws(key(), 50)).toEqual(first)
  })

  it('differs when any part of the key differs', () => {
    const base = draws(key(), 4)
    for (const other of [
      key({ scenarioSeed: 8 }),
      key({ replicaIndex: 4 }),
      key({ streamName: 'repair' }),
      key({ assetId: 'crah-10' }),
    ])
      expect(draws(other, 4)).not.toEqual(base)
  })

  it('builds the first uniform from the first Philox block by hand: (w0>>>5 · 2^26 + w1>>>6 + ½) / 2^53', () => {
    const s = replicaStream(key({ streamName: '', assetId: '' }))
    // The hashes of the empty tag "\0": FNV-1a of one NUL code unit from each offset basis.
    const h1 = Math.imul(0x811c9dc5, 0x01000193) >>> 0
    const h2 = Math.imul(0x050c5d1f, 0x01000193) >>> 0
    const [w0, w1] = philox4x32([0, 0, 3, h2], [7, h1])
    expect(s.uniform()).toBe(((w0 >>> 5) * 2 ** 26 + (w1 >>> 6) + 0.5) / 2 ** 53)
  })

  it('has uniform mean ½ within 4 standard errors: n = 40,000, σ = 1/√12, SE = 0.00144', () => {
    const n = 40_000
    const mean = draws(key(), n).reduce((a, b) => a + b, 0) / n
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 / Math.sqrt(12 * n))
  })

  it('gives normal draws with mean 0 and variance 1 within CLT bounds', () => {
    const s = replicaStream(key({ streamName: 'normal' }))
    const n = 40_000
    const xs = Array.from({ length: n }, () => s.normal(0, 1))
    const mean = xs.reduce((a, b) => a + b, 0) / n
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)
    // SE of the mean 1/√n = 0.005; SE of the variance √(2/n) = 0.0071 for a normal.
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n))
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n))
  })

  it('keeps the lognormal arithmetic mean: mean 24 h, σ 1 → SE = 24·√(e−1)/√n', () => {
    const s = replicaStream(key({ streamName: 'repair' }))
    const n = 40_000
    let sum = 0
    for (let i = 0; i < n; i++) sum += s.lognormalOfMean(24, 1)
    // Var = mean²·(e^{σ²} − 1), so SD = 24·√(e − 1) = 31.5 h and SE = 0.157 h.
    expect(Math.abs(sum / n - 24)).toBeLessThan((4 * 24 * Math.sqrt(Math.E - 1)) / Math.sqrt(n))
  })

  it('refuses a seed or replica outside 32 bits and a bad mean', () => {
    expect(() => replicaStream(key({ scenarioSeed: -1 }))).toThrow(/scenarioSeed/)
    expect(() => replicaStream(key({ replicaIndex: 1.5 }))).toThrow(/replicaIndex/)
    expect(() => replicaStream(key()).exponential(0)).toThrow(/mean must be > 0/)
  })
})
