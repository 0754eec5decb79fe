import { describe, expect, it } from 'vitest'
import type { SceneLayout } from '../../sim/index.ts'
import { AISLE_OPACITY, aisleGeometry, wallGeometry } from './roomGeometry.ts'

const aisle = (id: string, kind: 'hot' | 'cold', xM: number): SceneLayout['aisles'][number] =>
  ({ id, kind, xM, yM: 1, widthM: 1.2, depthM: 6 }) as SceneLayout['aisles'][number]

describe('room geometry merged for one draw call each', () => {
  it('puts every aisle in one geometry: 4 corners each, alpha by kind, on the floor plan (y → −z)', () => {
    const g = aisleGeometry([aisle('c1', 'cold', 2), aisle('h1', 'hot', 4)])
    expect(g).not.toBeNull()
    const pos = g!.getAttribute('position')
    const rgba = g!.getAttribute('color')
    expect(pos.count).toBe(8)
    expect(rgba.itemSize).toBe(4)
    expect(rgba.getW(0)).toBeCloseTo(AISLE_OPACITY.cold)
    expect(rgba.getW(4)).toBeCloseTo(AISLE_OPACITY.hot)
    g!.computeBoundingBox()
    const box = g!.boundingBox!
    // Float32 positions: x from 2 to 4 + 1.2; floor y 1…7 becomes z −7…−1; lifted 4 mm.
    expect(box.min.x).toBeCloseTo(2)
    expect(box.max.x).toBeCloseTo(5.2)
    expect(box.min.z).toBeCloseTo(-7)
    expect(box.max.z).toBeCloseTo(-1)
    expect(box.min.y).toBeCloseTo(0.004)
    // Facing up, so the one side drawn is the one the camera sees.
    expect(g!.getAttribute('normal').getY(0)).toBeCloseTo(1)
  })

  it('has no aisle geometry for a hall without aisles', () => {
    expect(aisleGeometry([])).toBeNull()
  })

  it('merges four walls just outside a 10 × 8 m room', () => {
    const g = wallGeometry(10, 8, 0.4, 0.1)
    expect(g.getAttribute('position').count).toBe(4 * 24)
    g.computeBoundingBox()
    const box = g.boundingBox!
    expect(box.min.x).toBeCloseTo(-0.1)
    expect(box.max.x).toBeCloseTo(10.1)
    expect(box.min.z).toBeCloseTo(-8.1)
    expect(box.max.z).toBeCloseTo(0.1)
    expect(box.min.y).toBeCloseTo(0)
    expect(box.max.y).toBeCloseTo(0.4)
  })
})
