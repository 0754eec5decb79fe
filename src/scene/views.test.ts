import { describe, expect, it } from 'vitest'
import { shippedLayout } from './testing/shippedLayout.ts'
import { aisleView, EYE_M, planView, viewOf } from './views.ts'

// scenarios/default.json: a 16 × 12 m room, two rows of twelve 2 m racks (A facing +y at floor y 3.3–4.5 m, B facing
// −y at 6.3–7.5 m, both x 4.4–11.6 m), the cold aisle "cold-1" between them at x 4.4–11.6, y 4.5–6.3.
const layout = shippedLayout('default')
const TAN = Math.tan((22.5 * Math.PI) / 180) // half of the 45° vertical field of view

describe('planView', () => {
  // A 960 × 616 px canvas, the hall's area at 1280 × 720; the plan keeps the legend's 310 px on the left clear, so it
  // frames the room in 650 × 616 px (aspect 1.0552, tanH = 0.41421 × 1.0552 = 0.43708).
  const v = planView(layout, 45, 960, 616)

  it('looks straight down from where the 16 m width just fits the area right of the legend, above the 2 m racks', () => {
    // Width: 8 / 0.43708 = 18.303 m; depth: 6 / 0.41421 = 14.485 m; the racks' lids stand 2 m nearer the camera,
    // and frameRoom adds 4 %: (18.303 + 2) × 1.04 = 21.116 m.
    const heightM = (8 / (TAN * (650 / 616)) + 2) * 1.04
    expect(heightM).toBeCloseTo(21.116, 3)
    expect(v.position[1]).toBeCloseTo(heightM, 1)
    expect(v.target[1]).toBe(0)
    expect(v.target[2]).toBeCloseTo(-6, 2)
    // Straight down: the camera is above the target to the centimetre, a hair south so north stays up.
    expect(Math.abs(v.position[0] - v.target[0])).toBeLessThan(0.01)
    expect(v.position[2] - v.target[2]).toBeGreaterThan(0)
    expect(v.position[2] - v.target[2]).toBeLessThan(0.05)
  })

  it('centres the room between the legend and the right edge, at the height of its lids', () => {
    // At the lids, 21.116 − 2 = 19.116 m below the camera: 2 × 19.116 × 0.41421 / 616 = 0.02571 m a pixel, so the
    // 16 m room spans 622.4 px; the 27.6 px left over split evenly puts its west edge at 310 + 13.8 = 323.8 px.
    const mPerPx = (2 * (v.position[1] - 2) * TAN) / 616
    expect(mPerPx).toBeCloseTo(0.02571, 4)
    const westPx = 960 / 2 + (0 - v.target[0]) / mPerPx
    const eastPx = 960 / 2 + (16 - v.target[0]) / mPerPx
    expect(westPx - 310).toBeCloseTo(960 - eastPx, 6)
    expect(westPx).toBeCloseTo(323.8, 0)
  })

  it('keeps the whole width on a narrow canvas, and centres the room', () => {
    // 600 px wide: 290 px left would be under 60 %. 600 × 1200 px: tanH = 0.2071, 8 / 0.2071 = 38.63 m beats 14.49 m.
    const narrow = planView(layout, 45, 600, 1200)
    expect(narrow.position[1]).toBeCloseTo((8 / (TAN * 0.5) + 2) * 1.04, 1)
    expect(narrow.target[0]).toBeCloseTo(8, 6)
  })
})

describe('aisleView', () => {
  it('stands at eye height 2 m west of cold-1, on its centre line, looking east along it', () => {
    // Centre line y = (4.5 + 6.3) / 2 = 5.4 m (three.js z −5.4); west end x 4.4 m, 2 m back: x 2.4 m.
    // Target: the aisle centre x 8 m, 5.6 m away, 6° below eye level: 1.7 − 5.6·tan 6° = 1.1114 m.
    const v = aisleView(layout)
    expect(v?.position).toEqual([expect.closeTo(2.4, 9), EYE_M, expect.closeTo(-5.4, 9)])
    expect(v?.target[0]).toBeCloseTo(8, 9)
    expect(v?.target[1]).toBeCloseTo(1.7 - 5.6 * Math.tan((6 * Math.PI) / 180), 9)
    expect(v?.target[1]).toBeCloseTo(1.1114, 4)
    expect(v?.target[2]).toBeCloseTo(-5.4, 9)
  })

  it('finds the same aisle between the two facing rows when the scenario lists no aisles', () => {
    const bare = { ...layout, aisles: [] }
    const v = aisleView(bare)
    expect(v?.position[0]).toBeCloseTo(2.4, 9)
    expect(v?.position[2]).toBeCloseTo(-5.4, 9)
  })

  it('is null for a hall with neither aisles nor facing rows', () => {
    const oneRow = { ...layout, aisles: [], racks: layout.racks.filter((r) => r.rowId === 'A') }
    expect(aisleView(oneRow)).toBeNull()
    expect(viewOf('aisle', oneRow, 45, 960, 545)).toBeNull()
  })

  it('walks a north–south aisle northwards, starting inside the south wall', () => {
    const v = aisleView({
      ...layout,
      aisles: [{ id: 'c', kind: 'cold', xM: 2, yM: 0.2, widthM: 1.8, depthM: 9 }],
    })
    // West edge 2 m + half of 1.8 m = x 2.9 m; y 0.2 − 2 m would be behind the wall: held 0.3 m inside.
    expect(v?.position).toEqual([2.9, EYE_M, -0.3])
    expect(v?.target[2]).toBeCloseTo(-4.7, 9)
  })
})
