import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import { bandColor, bandIndex, cssHex, INLET_BANDS } from './bands.ts'

const labelOf = (c: number) => INLET_BANDS[bandIndex(c)]?.label

describe('bandIndex', () => {
  it('keeps each upper edge inside its band and moves just past it into the next', () => {
    expect([17.99, 18, 27, 27.01, 32, 32.01, 35, 35.01, 40, 40.01].map(labelOf)).toEqual([
      'Below recommended',
      'Recommended',
      'Recommended',
      'A1 allowable',
      'A1 allowable',
      'A2 allowable',
      'A2 allowable',
      'A3 allowable',
      'A3 allowable',
      'Above A3',
    ])
  })

  it('covers the whole line: very cold and very hot inlets land in the end bands, NaN in none', () => {
    expect(bandIndex(-40)).toBe(0)
    expect(bandIndex(90)).toBe(5)
    expect(bandIndex(Number.POSITIVE_INFINITY)).toBe(5)
    expect(bandIndex(Number.NaN)).toBe(-1)
  })
})

describe('bandColor', () => {
  it('paints a whole band one flat colour, so 18.5 °C and 26.9 °C look the same', () => {
    const hex = (c: number) => bandColor(c, new Color()).getHexString()
    expect(hex(18.5)).toBe('22c55e')
    expect(hex(26.9)).toBe('22c55e')
    expect(hex(33)).toBe('f97316')
    expect(hex(Number.NaN)).toBe('808080')
  })

  it('gives the six bands six different colours', () => {
    expect(new Set(INLET_BANDS.map((b) => b.hex)).size).toBe(6)
    expect(cssHex(INLET_BANDS[0].hex)).toBe('#2f6bff')
  })
})
