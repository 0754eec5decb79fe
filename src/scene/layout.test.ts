import { describe, expect, it } from 'vitest'
import type { SceneLayout } from '../../sim/index.ts'
import { gridSegments, instanceTransform, roomBox, sceneZ, yawFor } from './layout.ts'

/** Where a yaw turns the box's local +z (its front), as three.js (x, z). */
const frontOf = (yawRad: number) => [Math.sin(yawRad), Math.cos(yawRad)].map((v) => Math.round(v) + 0)

describe('sceneZ', () => {
  it('puts floor y on three.js −z, so north points away from a camera on the +z side', () => {
    expect(sceneZ(3.9)).toBe(-3.9)
    expect(Object.is(sceneZ(0), 0)).toBe(true)
  })
})

describe('instanceTransform', () => {
  it('stands a rack facing +y (north) on the floor with its front towards −z', () => {
    const t = instanceTransform({ xM: 4.7, yM: 3.9, widthM: 0.6, depthM: 1.2, heightM: 2, facing: '+y' })
    expect(t).toEqual({ x: 4.7, y: 1, z: -3.9, yawRad: Math.PI, sx: 0.6, sy: 2, sz: 1.2 })
    expect(frontOf(t.yawRad)).toEqual([0, -1])
  })

  it('turns each facing to the matching three.js direction', () => {
    expect(frontOf(yawFor('-y'))).toEqual([0, 1])
    expect(frontOf(yawFor('+x'))).toEqual([1, 0])
    expect(frontOf(yawFor('-x'))).toEqual([-1, 0])
  })

  it('turns a unit facing +x a quarter turn so its width runs along the floor y axis', () => {
    const t = instanceTransform({ xM: 0.6, yM: 3.5, widthM: 2.5, depthM: 0.9, heightM: 1.95, facing: '+x' })
    expect(t.yawRad).toBeCloseTo(Math.PI / 2)
    // Local x (width 2.5) after a +90° yaw points along world -z: the footprint is 0.9 in x by 2.5 in z.
    const worldX = Math.abs(Math.cos(t.yawRad)) * t.sx + Math.abs(Math.sin(t.yawRad)) * t.sz
    const worldZ = Math.abs(Math.sin(t.yawRad)) * t.sx + Math.abs(Math.cos(t.yawRad)) * t.sz
    expect(worldX).toBeCloseTo(0.9)
    expect(worldZ).toBeCloseTo(2.5)
  })

  it('takes the gap off width and depth only', () => {
    const t = instanceTransform({ xM: 0, yM: 0, widthM: 0.6, depthM: 1.2, heightM: 2, facing: '-y' }, 0.04)
    expect(t.sx).toBeCloseTo(0.56)
    expect(t.sy).toBe(2)
    expect(t.sz).toBeCloseTo(1.16)
    expect(t.yawRad).toBe(0)
  })

  it('rejects an unknown facing', () => {
    expect(() => yawFor('north')).toThrow('unknown facing "north"')
  })
})

describe('gridSegments', () => {
  it('draws 3 lines along the floor y axis and 2 along x for a 1.2 m × 0.6 m room of 0.6 m tiles', () => {
    const s = gridSegments(1.2, 0.6, 0.6)
    expect(s.length).toBe((3 + 2) * 6)
    // Float32 storage: round to µm before comparing; + 0 turns −0 into 0.
    const seg = (k: number) => Array.from(s.slice(k * 6, k * 6 + 6), (v) => Math.round(v * 1e6) / 1e6 + 0)
    expect(seg(0)).toEqual([0, 0, 0, 0, 0, -0.6])
    expect(seg(2)).toEqual([1.2, 0, 0, 1.2, 0, -0.6])
    expect(seg(4)).toEqual([0, 0, -0.6, 1.2, 0, -0.6])
  })
})

describe('roomBox', () => {
  it('frames the floor up to the tallest rack or unit, not the ceiling', () => {
    const box = { xM: 1, yM: 1, widthM: 0.6, depthM: 1.2, facing: '+y' }
    const layout = {
      room: { widthM: 16, depthM: 12, heightM: 3.5 },
      racks: [{ ...box, heightM: 2 }],
      units: [{ ...box, heightM: 1.95 }],
    } as unknown as SceneLayout
    expect(roomBox(layout)).toEqual({ widthM: 16, depthM: 12, heightM: 2 })
  })
})
