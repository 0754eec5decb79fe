import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import { heatColor, heatGradientCss } from './colormap.ts'

const hexOf = (c: number) => heatColor(c, new Color()).getHexString()

describe('heatColor', () => {
  it('hits every stop exactly', () => {
    expect([15, 22, 27, 32, 36].map(hexOf)).toEqual(['2f6bff', '22c55e', 'facc15', 'ef4444', '7f1d1d'])
  })

  it('mixes halfway in sRGB: 24.5 °C is the average of green 22c55e and yellow facc15', () => {
    // (0x22+0xfa)/2 = 0x8e, (0xc5+0xcc)/2 = 0xc8.8 → c9, (0x5e+0x15)/2 = 0x39.8 → 3a
    expect(hexOf(24.5)).toBe('8ec93a')
  })

  it('clamps below and above the scale, and greys out NaN', () => {
    expect(hexOf(5)).toBe('2f6bff')
    expect(hexOf(50)).toBe('7f1d1d')
    expect(hexOf(Number.NaN)).toBe('808080')
  })

  it('writes into the colour it is given', () => {
    const out = new Color()
    expect(heatColor(22, out)).toBe(out)
  })
})

describe('heatGradientCss', () => {
  it('places 22 °C at 7/21 of the 15–36 °C bar', () => {
    expect(heatGradientCss()).toContain('#22c55e 33.3%')
    expect(heatGradientCss().startsWith('linear-gradient(to right, #2f6bff 0.0%')).toBe(true)
  })
})
