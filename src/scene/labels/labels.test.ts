import { describe, expect, it } from 'vitest'
import { shippedLayout } from '../testing/shippedLayout.ts'
import { rowsOf } from '../rows.ts'
import { aisleView, overviewView } from '../views.ts'
import { packShelves } from './atlasPacking.ts'
import { fillShownIndex, labelBuffers, placeHallLabels } from './labelGeometry.ts'
import { corners, frontQuad, lidQuad } from './labelQuads.ts'
import { rowSignSpots, signText } from './rowSigns.ts'
import { markReadable, readableWithinM } from './visibility.ts'

// scenarios/default.json: rack A-01 stands at floor (4.7, 3.9), 0.6 m wide, 1.2 m deep, 2 m tall, facing +y (north).
const layout = shippedLayout('default')
const a01 = layout.racks[0]
const TAN = Math.tan((22.5 * Math.PI) / 180)

describe('readableWithinM', () => {
  it('is the distance at which a label spans 20 px: h·H / (2·d·tan(fov/2)) = 20', () => {
    // 0.24 m on a 600 px canvas with a 45° field: 0.24 × 600 / (2 × 0.41421 × 20) = 8.691 m.
    expect(readableWithinM(0.24, 600, 45)).toBeCloseTo((0.24 * 600) / (2 * TAN * 20), 9)
    expect(readableWithinM(0.24, 600, 45)).toBeCloseTo(8.691, 3)
  })
})

describe('markReadable', () => {
  it('shows a 0.24 m label from 8 m and hides it from 10 m; says when the set changed', () => {
    const centers = Float32Array.of(0, 0, 0, 0, 0, -2)
    const heights = Float32Array.of(0.24, 0.24)
    const marks = new Uint8Array(2)
    const reach = readableWithinM(1, 600, 45)
    expect(markReadable(centers, heights, reach, [0, 0, 8], marks)).toBe(true)
    expect([...marks]).toEqual([1, 0]) // the second is 10 m away
    expect(markReadable(centers, heights, reach, [0, 0, 8], marks)).toBe(false)
    expect(markReadable(centers, heights, reach, [0, 0, 10], marks)).toBe(true)
    expect([...marks]).toEqual([0, 0])
  })
})

describe('label quads', () => {
  it('lays a rack name flat on its lid, reading east with north up, as large as the 0.55 m drawn width allows', () => {
    // Aspect 2: 0.92 × 0.55 / 2 = 0.253 m would fit; the 0.24 m cap holds. Aspect 3: 0.92 × 0.55 / 3 = 0.1687 m.
    const q = lidQuad(a01, 2, 0.24)
    expect(q.center).toEqual([4.7, 2.004, -3.9])
    expect(q.heightM).toBe(0.24)
    expect(q.widthM).toBeCloseTo(0.48, 9)
    expect(lidQuad(a01, 3, 0.24).heightM).toBeCloseTo(0.1687, 4)
    // Counter-clockwise seen from above: (right × up) points up, so the lid label faces the sky.
    const [bl, br, tr] = corners(q)
    const [e1, e2] = [br.map((v, k) => v - bl[k]), tr.map((v, k) => v - br[k])]
    expect(e1[2] * e2[0] - e1[0] * e2[2]).toBeGreaterThan(0)
  })

  it("puts a rack's name on its front, under the top, reading left to right for someone facing it", () => {
    // A-01 faces north (three.js −z): the face is 0.575 m + 4 mm north of the centre; standing in the aisle looking
    // south, the reader's right hand points west (−x). Height 0.14 m (the cap), centre 2 − 0.06 − 0.07 = 1.87 m.
    const q = frontQuad(a01, 2)
    expect(q.center[0]).toBeCloseTo(4.7, 9)
    expect(q.center[1]).toBeCloseTo(1.87, 9)
    expect(q.center[2]).toBeCloseTo(-4.479, 9)
    expect(q.right[0]).toBeCloseTo(-1, 9)
    expect(q.right[2]).toBeCloseTo(0, 9)
  })
})

describe('which labels the presets show in default.json', () => {
  const aspects = [...layout.racks, ...layout.units].map(() => 2)
  const placed = placeHallLabels(layout, aspects)
  const { centers, heightsM } = labelBuffers(
    placed,
    aspects.map(() => ({ x: 0, y: 0, w: 96, h: 48 })),
    2048,
    48,
  )
  const reach = readableWithinM(1, 600, 45)

  it('hides every rack name in the overview, where each would be under 20 px', () => {
    const eye = overviewView(layout, 45, 16 / 9).position
    const marks = new Uint8Array(heightsM.length)
    markReadable(centers, heightsM, reach, eye, marks)
    // Racks' labels are the first 2 × 24; the nearest rack lid is further than the 8.69 m a 0.24 m label reaches.
    expect(marks.slice(0, 48).every((m) => m === 0)).toBe(true)
  })

  it('shows the fronts of the five nearest racks of each row from the aisle', () => {
    // Camera (2.4, 1.7, −5.4); a front label 0.14 m tall reaches 0.14 × 600 / (2 × 0.41421 × 20) = 5.070 m. Fronts
    // lie 0.921 m to either side of the centre line, 0.17 m above the eye: dx ≤ √(5.070² − 0.921² − 0.17²) = 4.983 m,
    // so x ≤ 7.383 m: racks at 4.7, 5.3 … 7.1 m, five a row.
    const eye = aisleView(layout)?.position ?? [0, 0, 0]
    const marks = new Uint8Array(heightsM.length)
    markReadable(centers, heightsM, reach, eye, marks)
    const fronts = layout.racks.filter((_, i) => marks[2 * i + 1] === 1).map((r) => r.id)
    expect(fronts).toEqual([
      ...['A-01', 'A-02', 'A-03', 'A-04', 'A-05'],
      ...['B-01', 'B-02', 'B-03', 'B-04', 'B-05'],
    ])
  })
})

describe('fillShownIndex', () => {
  it('writes two triangles for each shown label, indices into its four corners', () => {
    const index = new Uint32Array(18)
    expect(fillShownIndex(Uint8Array.of(0, 1, 0), index)).toBe(6)
    expect([...index.slice(0, 6)]).toEqual([4, 5, 6, 4, 6, 7])
  })
})

describe('packShelves', () => {
  it('fills rows of the atlas left to right and starts a new row when a label would overflow', () => {
    const { cells, heightPx } = packShelves([100, 80, 50, 120], 48, 256)
    expect(cells.map((c) => [c.x, c.y])).toEqual([
      [0, 0],
      [100, 0],
      [180, 0],
      [0, 48],
    ])
    expect(heightPx).toBe(96)
  })
})

describe('rowSignSpots', () => {
  it("hangs row A's sign 0.45 m over its first rack, and lays it 0.2 m west of the row, at lid height, seen from above", () => {
    // Row A: racks 0.6 × 1.2 m from x 4.4 m, floor y 3.3–4.5 m, 2 m tall. A quarter of its 1.2 m depth past its west
    // end is x 4.7 m, the first rack's centre.
    const rowA = rowsOf(layout)[0]
    expect(rowA).toMatchObject({ id: 'A', x0: 4.4, y0: 3.3, heightM: 2, rackCount: 12 })
    const { hanging, beside } = rowSignSpots(rowA)
    expect(hanging).toEqual({
      xM: expect.closeTo(4.7, 9),
      yM: expect.closeTo(3.9, 9),
      liftM: 2.45,
      center: [0.5, 0],
    })
    expect(beside).toEqual({
      xM: expect.closeTo(4.2, 9),
      yM: expect.closeTo(3.9, 9),
      liftM: 2.05,
      center: [1, 0.5],
    })
  })
})

describe('signText', () => {
  it('prefixes "Row" unless the name already starts with the word', () => {
    expect(signText('A')).toBe('Row A')
    expect(signText('DM-Utica')).toBe('Row DM-Utica')
    expect(signText('Row-1')).toBe('Row-1')
    expect(signText('row 3')).toBe('row 3')
    expect(signText('Rowan')).toBe('Row Rowan')
  })
})

describe('rowSignSpots of a square row', () => {
  it('hangs the sign of two 0.6 m racks 1.2 m deep facing +y over the west rack, as for a long row', () => {
    // x 3.8–5.0 (1.2 m, in floating point 1.2000000000000002 or 1.1999999999999997), y 3.3–4.5: the racks' facing
    // decides the row runs along x; a quarter of the 1.2 m depth past x 3.8 is 4.1, the west rack's centre.
    const row = {
      id: 'DM-Utica',
      facing: '+y' as const,
      x0: 3.8,
      x1: 3.8 + 0.6 + 0.6,
      y0: 3.3,
      y1: 4.5,
      heightM: 2,
      rackCount: 2,
    }
    const { hanging, beside } = rowSignSpots(row)
    expect(hanging.xM).toBeCloseTo(4.1, 9)
    expect(hanging.yM).toBeCloseTo(3.9, 9)
    expect(beside).toMatchObject({ xM: expect.closeTo(3.6, 9), center: [1, 0.5] })
    // Facing +x, the same square runs along y: the sign lies south of it.
    expect(rowSignSpots({ ...row, facing: '+x' }).beside).toMatchObject({
      yM: expect.closeTo(3.1, 9),
      center: [0.5, 1],
    })
  })
})
