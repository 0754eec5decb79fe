import { describe, expect, it } from 'vitest'
import { LIEBERT_DSE_PUMPED_DX, mooreCrac, outdoorEirCrac } from './crac.ts'

describe('mooreCrac (HP Labs, Moore et al. USENIX ATC 2005)', () => {
  const cop = mooreCrac()
  it('reproduces the published CoP(15) = 2.000, CoP(20) = 3.194, CoP(25) = 4.728 (physics.md §3.3)', () => {
    expect(cop(15, 30)).toBeCloseTo(2.0, 3)
    expect(cop(20, 30)).toBeCloseTo(3.194, 3)
    expect(cop(25, 30)).toBeCloseTo(4.728, 3)
  })
  it('ignores the outdoor temperature: the fit has one site baked in', () => {
    expect(cop(20, -10)).toBe(cop(20, 40))
  })
})

describe('outdoorEirCrac (EnergyPlus Liebert DSE pumped-refrigerant DX table)', () => {
  const cop = outdoorEirCrac()
  it('gives the rated COP 4.5669 at the 95 °F rating point', () => {
    expect(cop(18, 34.88889)).toBeCloseTo(4.5669, 10)
  })
  it('divides by the tabulated modifier at a breakpoint: 4.5669 / 0.6723 = 6.793 at 21 °C', () => {
    expect(cop(18, 21)).toBeCloseTo(6.7929, 4)
  })
  it('interpolates the modifier linearly: halfway between 21 and 23.78 °C it is 0.6975 → 6.548', () => {
    expect(cop(18, 22.38889)).toBeCloseTo(6.5475, 4)
  })
  it('runs pump-only below ≈ 4 °C (modifier 0.084 → COP 54.4) and holds the end values outside the table', () => {
    expect(cop(18, 0)).toBeCloseTo(54.368, 3)
    expect(cop(18, -60)).toBeCloseTo(4.5669 / 0.042, 10)
    expect(cop(18, 60)).toBeCloseTo(4.5669 / 1.5, 10)
  })
  it('ignores the supply temperature, as the idf table does (identical wet-bulb rows)', () => {
    expect(cop(10, 30)).toBe(cop(25, 30))
  })
  it('is monotone: warmer outdoor air never raises the COP', () => {
    let previous = Infinity
    for (let t = -20; t <= 50; t += 0.5) {
      const c = cop(18, t)
      expect(c).toBeLessThanOrEqual(previous)
      previous = c
    }
  })
  it('rejects a malformed table', () => {
    expect(() => outdoorEirCrac({ ...LIEBERT_DSE_PUMPED_DX, eirRatio: [1] })).toThrow(/matching points/)
    expect(() => outdoorEirCrac({ ratedCop: 3, outdoorC: [10, 5], eirRatio: [1, 1] })).toThrow(/increase/)
  })
})
