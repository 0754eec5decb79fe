import { describe, expect, it } from 'vitest'
import { PerspectiveCamera } from 'three'
import { declutter, overlaps, signPriority } from './declutter.ts'
import { signRect } from './signRect.ts'

const rect = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 })

describe('overlaps', () => {
  it('is true for rectangles sharing area, false for ones only touching along an edge or apart', () => {
    expect(overlaps(rect(0, 0, 100, 22), rect(90, 10, 190, 32))).toBe(true)
    expect(overlaps(rect(0, 0, 100, 22), rect(100, 0, 200, 22))).toBe(false) // touching at x = 100
    expect(overlaps(rect(0, 0, 100, 22), rect(0, 22, 100, 44))).toBe(false) // touching at y = 22
    // With a 4 px gap, 3 px apart is too near and 4 px is enough.
    expect(overlaps(rect(0, 0, 100, 22), rect(103, 0, 200, 22), 4)).toBe(true)
    expect(overlaps(rect(0, 0, 100, 22), rect(104, 0, 200, 22), 4)).toBe(false)
  })
})

describe('declutter', () => {
  // "Row DM-Syracuse" at (400, 260)–(536, 282) and "Row DM-Utica" 10 px lower and 70 px right: they share
  // 66 × 12 px. A third sign 30 px under the first is clear of both.
  const rects = [rect(400, 260, 536, 282), rect(470, 270, 580, 292), rect(400, 312, 500, 334)]

  it('keeps signs in priority order and hides one overlapping a sign kept before it', () => {
    const out = new Uint8Array(3)
    expect(declutter(rects, [0, 1, 2], out)).toBe(true)
    expect([...out]).toEqual([1, 0, 1])
    // The other order keeps the other of the pair.
    declutter(rects, [1, 0, 2], out)
    expect([...out]).toEqual([0, 1, 1])
    expect(declutter(rects, [1, 0, 2], out)).toBe(false) // nothing changed
  })

  it('judges against kept signs only: a hidden sign does not hide the next', () => {
    // 0 hides 1; 2 overlaps 1 (x 570–650 against 470–580) but not 0 (ending at x 536), so 2 stays.
    const out = new Uint8Array(3)
    declutter([rects[0], rects[1], rect(570, 272, 650, 294)], [0, 1, 2], out)
    expect([...out]).toEqual([1, 0, 1])
  })

  it('skips signs not shown (null) and keeps apart by the gap', () => {
    const out = new Uint8Array(3)
    declutter([null, rects[1], rect(470, 295, 560, 317)], [0, 1, 2], out, 4)
    // 0 is not shown, so 1 is kept; 2 starts 3 px under 1 (292 → 295), nearer than 4 px: hidden.
    expect([...out]).toEqual([0, 1, 0])
  })
})

describe('declutter around the cards over the canvas', () => {
  it('hides a sign under a blocked rectangle and keeps one clear of it', () => {
    // The edit bar over the canvas's top-left, 12–892 × 12–96 px: a sign at y 80–102 meets it, one at 110–132 does not.
    const bar = rect(12, 12, 892, 96)
    const out = new Uint8Array(2)
    declutter([rect(150, 80, 280, 102), rect(150, 110, 280, 132)], [0, 1], out, 4, [bar])
    expect([...out]).toEqual([0, 1])
  })
})

describe('signPriority', () => {
  it('puts rows with more racks first, then names in natural order', () => {
    const rows = [
      { id: 'DM-Utica', rackCount: 2 },
      { id: 'Row-10', rackCount: 6 },
      { id: 'DM-Syracuse', rackCount: 2 },
      { id: 'Row-2', rackCount: 6 },
    ]
    expect(signPriority(rows).map((i) => rows[i].id)).toEqual(['Row-2', 'Row-10', 'DM-Syracuse', 'DM-Utica'])
  })
})

describe('signRect', () => {
  // A camera at the origin looking down −z with a 90° field on a 200 × 100 px canvas (aspect 2): a point 10 m ahead
  // on the axis lands at the centre (100, 50).
  const camera = new PerspectiveCamera(90, 2, 0.1, 100)
  camera.updateMatrixWorld()

  it('lays a 60 × 22 px sign hung by its bottom middle (center 0.5, 0) above its anchor', () => {
    expect(signRect({ x: 0, y: 0, z: -10 }, [0.5, 0], 60, 22, camera, 200, 100)).toEqual(
      rect(70, 28, 130, 50),
    )
  })

  it('lays a sign by its right middle (center 1, 0.5) to the left of its anchor', () => {
    // 5 m right at 10 m: tan = 0.5 of the half-width (tan 45° × aspect 2 = 2): NDC x = 0.25, px 125.
    const r = signRect({ x: 5, y: 0, z: -10 }, [1, 0.5], 40, 20, camera, 200, 100)
    expect(r?.x0).toBeCloseTo(85, 9)
    expect(r?.x1).toBeCloseTo(125, 9)
    expect(r?.y0).toBeCloseTo(40, 9)
    expect(r?.y1).toBeCloseTo(60, 9)
  })

  it('is null behind the camera', () => {
    expect(signRect({ x: 0, y: 0, z: 10 }, [0.5, 0], 60, 22, camera, 200, 100)).toBeNull()
  })
})
