// ETS fitting and intervals: a noise-free level/trend/season recovered exactly, parameters recovered from a long
// simulated series, σ_h against Hyndman et al. (2008) Table 6.1 by hand and against w'F^(j−1)g, AICc choice.
import { describe, expect, it } from 'vitest'
import { createRng } from '../../core/rng.ts'
import { autoEts, fitEts } from './etsFit.ts'
import { forecastEts, growthTableOf, intervalOf } from './etsForecast.ts'
import { etsSigma, runEts, type EtsForm, type EtsParams } from './etsModel.ts'

const SEASON = [-6, -4, -1, 2, 5, 8, 9, 6, 1, -3, -7, -10] // sums to 0
const AAA: EtsForm = { trend: 'A', season: 'A', period: 12 }

describe('fitEts', () => {
  it('recovers level, trend and season of a noise-free series: y_t = 100 + 2(t + 1) + S[t mod 12]', () => {
    const y = Array.from({ length: 48 }, (_, t) => 100 + 2 * (t + 1) + SEASON[t % 12])
    const fit = fitEts(y, AAA)
    expect(fit.initial.level).toBeCloseTo(100, 6)
    expect(fit.initial.trend).toBeCloseTo(2, 6)
    fit.initial.season.forEach((s, j) => expect(s).toBeCloseTo(SEASON[j], 6))
    // Month 49 (t = 48, its season S[0] = −6): 100 + 2·49 − 6 = 192; month 60: 100 + 120 − 10 = 210.
    const { mean } = forecastEts(fit, 12)
    expect(mean[0]).toBeCloseTo(192, 6)
    expect(mean[11]).toBeCloseTo(210, 6)
  })

  it('recovers α and β from 400 steps of ETS(A,A,N) simulated with α = 0.4, β = 0.1, σ = 1', () => {
    const normal = createRng(7).stream('ets')
    const p: EtsParams = { alpha: 0.4, beta: 0.1, gamma: 0, phi: 1 }
    let level = 50
    let trend = 0.5
    const y: number[] = []
    for (let t = 0; t < 400; t++) {
      const e = normal.normal(0, 1)
      y.push(level + trend + e)
      level = level + trend + p.alpha * e
      trend = trend + p.beta * e
    }
    const fit = fitEts(y, { trend: 'A', season: 'N', period: 1 })
    expect(fit.params.alpha).toBeGreaterThan(0.3)
    expect(fit.params.alpha).toBeLessThan(0.5)
    expect(fit.params.beta).toBeGreaterThan(0.05)
    expect(fit.params.beta).toBeLessThan(0.15)
    expect(Math.sqrt(fit.sigma2)).toBeGreaterThan(0.9)
    expect(Math.sqrt(fit.sigma2)).toBeLessThan(1.1)
    // The least-squares fit is at least as good as the true parameters run from their true start.
    const errors = new Float64Array(400)
    runEts(p, { level: 50, trend: 0.5, season: [0] }, y, errors)
    expect(fit.sse).toBeLessThanOrEqual(errors.reduce((s, e) => s + e * e, 0) + 1e-9)
  })

  it('gives a flat series of 42 kW its level and a forecast of 42 kW with σ at the floor', () => {
    const fit = fitEts(new Array(30).fill(42), { trend: 'A', season: 'N', period: 1 })
    expect(fit.initial.level).toBeCloseTo(42, 9)
    expect(fit.initial.trend).toBeCloseTo(0, 9)
    expect(forecastEts(fit, 6).mean[5]).toBeCloseTo(42, 9)
    expect(forecastEts(fit, 6).sigma[5]).toBeLessThan(1e-5)
  })

  it('names a non-finite value and a series too short for the form', () => {
    expect(() => fitEts([1, 2, Number.NaN, 4, 5, 6, 7], { trend: 'N', season: 'N', period: 1 })).toThrow(
      /series\[2\] must be a finite number/,
    )
    expect(() => fitEts(new Array(23).fill(1), AAA)).toThrow(
      /ETS\(A,A,A\) needs at least 24 observations, got 23/,
    )
  })
})

describe('closed-form σ_h (Hyndman et al. 2008 Table 6.1)', () => {
  const sigma2 = 4
  it('ETS(A,N,N): σ_h² = σ²(1 + (h − 1)α²); α = 0.5 gives 2, √5, √6', () => {
    const s = etsSigma(
      { trend: 'N', season: 'N', period: 1 },
      { alpha: 0.5, beta: 0, gamma: 0, phi: 1 },
      sigma2,
      3,
    )
    expect(s[0]).toBeCloseTo(2, 12)
    expect(s[1]).toBeCloseTo(Math.sqrt(4 * 1.25), 12)
    expect(s[2]).toBeCloseTo(Math.sqrt(4 * 1.5), 12)
  })

  it('ETS(A,A,N): c_j = α + βj; α = 0.5, β = 0.1 gives σ_3² = 4(1 + 0.6² + 0.7²) = 7.4', () => {
    const s = etsSigma(
      { trend: 'A', season: 'N', period: 1 },
      { alpha: 0.5, beta: 0.1, gamma: 0, phi: 1 },
      sigma2,
      3,
    )
    expect(s[1] ** 2).toBeCloseTo(5.44, 12)
    expect(s[2] ** 2).toBeCloseTo(7.4, 12)
  })

  it('ETS(A,Ad,N) and ETS(A,A,A): c_j = α + β(φ + … + φ^j), + γ every m-th step', () => {
    const damped = etsSigma(
      { trend: 'Ad', season: 'N', period: 1 },
      { alpha: 0.5, beta: 0.1, gamma: 0, phi: 0.9 },
      4,
      3,
    )
    // c1 = 0.5 + 0.1·0.9 = 0.59, c2 = 0.5 + 0.1·1.71 = 0.671.
    expect(damped[2] ** 2).toBeCloseTo(4 * (1 + 0.59 ** 2 + 0.671 ** 2), 12)
    const seasonal = etsSigma(
      { trend: 'A', season: 'A', period: 4 },
      { alpha: 0.5, beta: 0.1, gamma: 0.2, phi: 1 },
      4,
      5,
    )
    // c1…c4 = 0.6, 0.7, 0.8, 0.5 + 0.4 + 0.2 = 1.1: σ_5² = 4(1 + 0.36 + 0.49 + 0.64 + 1.21) = 14.8.
    expect(seasonal[4] ** 2).toBeCloseTo(14.8, 12)
  })

  it('agrees with the general c_j = w′F^(j−1)g of the state-space form for ETS(A,Ad,A)', () => {
    const m = 3
    const p: EtsParams = { alpha: 0.3, beta: 0.05, gamma: 0.15, phi: 0.9 }
    // States [ℓ, b, s_newest … s_oldest]: ŷ = ℓ + φb + s_oldest.
    const k = 2 + m
    const F = Array.from({ length: k }, () => new Array<number>(k).fill(0))
    F[0][0] = 1
    F[0][1] = p.phi
    F[1][1] = p.phi
    F[2][k - 1] = 1
    for (let i = 3; i < k; i++) F[i][i - 1] = 1
    const w = [1, p.phi, ...new Array<number>(m - 1).fill(0), 1]
    const g = [p.alpha, p.beta, p.gamma, ...new Array<number>(m - 1).fill(0)]
    let v = g.slice() // F^(j−1) g
    let sum = 0
    const sigmas = etsSigma({ trend: 'Ad', season: 'A', period: m }, p, 1, 10)
    for (let j = 1; j < 10; j++) {
      const c = w.reduce((s, wi, i) => s + wi * v[i], 0)
      sum += c * c
      expect(sigmas[j] ** 2).toBeCloseTo(1 + sum, 12)
      v = F.map((row) => row.reduce((s, f, i) => s + f * v[i], 0))
    }
  })

  it('80 % intervals are mean ∓ 1.28155 σ_h and widen with h', () => {
    const band = intervalOf({ mean: [10, 10], sigma: [1, 2] }, 80)
    expect(band.lower).toEqual([10 - 1.28155, 10 - 2 * 1.28155])
    expect(band.upper[1]).toBeCloseTo(12.5631, 12)
    expect(() => intervalOf({ mean: [1], sigma: [1] }, 85)).toThrow(/one of 50, 80, 90, 95, 99/)
  })
})

describe('autoEts', () => {
  it('chooses a trended seasonal model by AICc for monthly peaks with trend, season and noise', () => {
    const noise = createRng(3).stream('noise')
    const y = Array.from({ length: 60 }, (_, t) => 400 + 3 * t + 2 * SEASON[t % 12] + noise.normal(0, 1.5))
    const fits = autoEts(y, 12)
    expect(fits).toHaveLength(6)
    expect(fits[0].form.season).toBe('A')
    expect(fits[0].form.trend).not.toBe('N')
    for (let i = 1; i < fits.length; i++) expect(fits[i].aicc).toBeGreaterThanOrEqual(fits[i - 1].aicc)
    // As the scenario's growth: month 0 near the last peak, month 12 about 36 kW higher, σ growing.
    const table = growthTableOf(fits[0], 12, 'test peaks')
    expect(table.meanKw).toHaveLength(13)
    expect(Math.abs(table.meanKw[0] - (400 + 3 * 59 + 2 * SEASON[59 % 12]))).toBeLessThan(5)
    expect(table.meanKw[12] - table.meanKw[0]).toBeGreaterThan(30)
    expect(table.meanKw[12] - table.meanKw[0]).toBeLessThan(42)
    expect(table.sigmaKw[12]).toBeGreaterThan(table.sigmaKw[1])
    expect(table.source).toMatch(/^ETS\(A,A(d)?,A\) fit of test peaks \(60 points/)
  })

  it('leaves out seasonal forms for a series shorter than two seasons', () => {
    const fits = autoEts(
      Array.from({ length: 20 }, (_, t) => 10 + t + (t % 3)),
      12,
    )
    expect(fits.every((f) => f.form.season === 'N')).toBe(true)
  })
})
