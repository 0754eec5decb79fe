import { describe, expect, it } from 'vitest'
import { PerspectiveCamera, Vector3 } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { frameRoom } from './framing.ts'
import type { Framing } from './framing.ts'
import { MIN_FRAMED_HEIGHT_M, roomBox } from './layout.ts'
import { shippedLayout } from './testing/shippedLayout.ts'
import { overviewView } from './views.ts'

// The hall's canvas at 1280 × 720 (e2e): 960 × 616 px. The legend card stands 12 px in from the bottom-left,
// 290 px wide and about 128 px tall: x 12–302, y 476–604.
const [W, H] = [960, 616]
const LEGEND = { x1: 302, y0: 476 }
// Room.tsx: walls 0.12 m thick and 0.4 m tall, just outside the floor.
const [WALL_T, WALL_H] = [0.12, 0.4]

/** Where the outer corners of the walls, at the floor and at their top, land on the canvas for camera `f`. */
function wallCorners(room: SceneLayout['room'], f: Framing) {
  const camera = new PerspectiveCamera(45, W / H, 0.1, 1000)
  camera.position.set(...f.position)
  camera.lookAt(...f.target)
  camera.updateMatrixWorld()
  const out: { x: number; y: number }[] = []
  for (const yM of [0, WALL_H])
    for (const [xM, zM] of [
      [-WALL_T, WALL_T],
      [room.widthM + WALL_T, WALL_T],
      [-WALL_T, -room.depthM - WALL_T],
      [room.widthM + WALL_T, -room.depthM - WALL_T],
    ]) {
      const p = new Vector3(xM, yM, zM).project(camera)
      out.push({ x: ((p.x + 1) / 2) * W, y: ((1 - p.y) / 2) * H })
    }
  return out
}

// A new hall from the dialog: a 20 × 14 m room, nothing in it.
const empty = { room: { widthM: 20, depthM: 14, heightM: 3 }, racks: [], units: [] } as unknown as SceneLayout

describe('the overview of an empty hall', () => {
  it('was cut at the top when framed flat: the north-west wall top 4 px above the canvas', () => {
    const flat = frameRoom({ widthM: 20, depthM: 14, heightM: 0 }, 45, W / H)
    const top = Math.min(...wallCorners(empty.room, flat).map((c) => c.y))
    expect(top).toBeCloseTo(-4.1, 1)
  })

  it(`is framed ${MIN_FRAMED_HEIGHT_M} m tall, as with racks in it: every wall corner inside the canvas, clear of the legend`, () => {
    expect(roomBox(empty)).toEqual({ widthM: 20, depthM: 14, heightM: 2 })
    const c = wallCorners(empty.room, overviewView(empty, 45, W / H))
    // Top of the north-west wall 44.9 px down; the south-east corner 8 px above the bottom edge.
    expect(Math.min(...c.map((p) => p.y))).toBeCloseTo(44.9, 1)
    expect(Math.max(...c.map((p) => p.y))).toBeCloseTo(608.0, 1)
    for (const p of c) {
      expect(p.x).toBeGreaterThan(0)
      expect(p.x).toBeLessThan(W)
      expect(p.y).toBeGreaterThan(0)
      expect(p.y).toBeLessThan(H)
    }
    // The south wall runs from the south-west corner (97.9, 384.9) to the south-east (852.0, 608.0): over the
    // legend's right edge, x 302, it is at 384.9 + 223.1 × 204.1 / 754.1 = 445.3 px, above the card's top (476).
    const [sw, se] = c
    const atLegendEdge = sw.y + ((se.y - sw.y) * (LEGEND.x1 - sw.x)) / (se.x - sw.x)
    expect(atLegendEdge).toBeCloseTo(445.3, 0)
    expect(atLegendEdge).toBeLessThan(LEGEND.y0)
  })
})

describe('the overview of the shipped halls is as before', () => {
  it('frames the default and the large hall to their 2 m racks, which the least framed height leaves alone', () => {
    // Both halls' tallest racks are 2 m, the same as MIN_FRAMED_HEIGHT_M: the box framed did not change.
    for (const [name, widthM, depthM, distanceM] of [
      ['default', 16, 12, 18.86],
      ['large-hall', 38.4, 30.6, 43.125],
    ] as const) {
      const layout = shippedLayout(name)
      expect(roomBox(layout)).toEqual({ widthM, depthM, heightM: 2 })
      expect(overviewView(layout, 45, W / H).distanceM).toBeCloseTo(distanceM, 2)
    }
  })
})
