import { describe, expect, it } from 'vitest'
import { extentsOf, overlaps, quarterTurn, snapCentre, toTile } from './grid.ts'

describe('floor grid', () => {
  it('snaps to whole 0.6 m tiles in millimetres', () => {
    expect(toTile(1.79)).toBe(1.8) // 3 tiles, not 1.7999999999999998
    expect(toTile(0.29)).toBe(0)
    expect(toTile(0.31)).toBe(0.6)
    expect(toTile(-0.31)).toBe(-0.6)
  })

  it('puts a box corner on a tile corner: a 0.6 × 1.2 m rack facing +y near (4.75, 3.9) → (4.5, 3.6)', () => {
    // corner (4.45, 3.3): 4.45 / 0.6 = 7.42 → 7 tiles = 4.2; 3.3 / 0.6 = 5.5 → 6 tiles = 3.6; centre + (0.3, 0.6)
    const ext = extentsOf(0.6, 1.2, '+y')
    expect(ext).toEqual({ xM: 0.6, yM: 1.2 })
    expect(snapCentre(4.75, 3.9, ext)).toEqual({ xM: 4.5, yM: 4.2 })
  })

  it('turns the extents with the facing: a unit 2.5 wide, 0.9 deep facing +x covers 0.9 × 2.5', () => {
    const ext = extentsOf(2.5, 0.9, '+x')
    expect(ext).toEqual({ xM: 0.9, yM: 2.5 })
    // corner x 0.6 − 0.45 = 0.15 → 0; corner y 3.5 − 1.25 = 2.25 → 2.4 (4 tiles)
    expect(snapCentre(0.6, 3.5, ext)).toEqual({ xM: 0.45, yM: 3.65 })
  })

  it('counts shared area as overlap, touching edges not', () => {
    const a = { x0: 0, y0: 0, x1: 0.6, y1: 1.2 }
    expect(overlaps(a, { x0: 0.6, y0: 0, x1: 1.2, y1: 1.2 })).toBe(false)
    expect(overlaps(a, { x0: 0.5, y0: 1, x1: 1.2, y1: 2 })).toBe(true)
  })

  it('turns a quarter clockwise and back in four', () => {
    expect(quarterTurn('+y')).toBe('+x')
    expect(quarterTurn(quarterTurn(quarterTurn(quarterTurn('-x'))))).toBe('-x')
  })
})
