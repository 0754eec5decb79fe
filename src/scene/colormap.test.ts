import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import { gradientCss, heatColor, heatGradientCss, UTILIZATION_STOPS, utilizationColor } from './colormap.ts'

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

describe('utilizationColor', () => {
  const hex = (u: number) => utilizationColor(u, new Color()).getHexString()
  it('runs viridis from 0 to 100 % and mixes in sRGB between its quarters', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map(hex)).toEqual(['440154', '3b528b', '21918c', '5ec962', 'fde725'])
    // halfway 21918c → 5ec962: (0x21+0x5e)/2 = 0x3f.8 → 40, (0x91+0xc9)/2 = 0xad, (0x8c+0x62)/2 = 0x77
    expect(hex(0.625)).toBe('40ad77')
    expect(hex(1.3)).toBe('fde725')
  })

  it('gives the legend a bar from 0 to 100 %', () => {
    expect(gradientCss(UTILIZATION_STOPS)).toBe(
      'linear-gradient(to right, #440154 0.0%, #3b528b 25.0%, #21918c 50.0%, #5ec962 75.0%, #fde725 100.0%)',
    )
  })
})
