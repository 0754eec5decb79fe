// The one-line diagram's structure on the shipped halls: which PDUs hang under which UPS column, the racks per
// row strip, and that nothing overlaps or leaves the 300-unit width.
import { describe, expect, it } from 'vitest'
import { shippedLayout } from '../../scene/testing/shippedLayout.ts'
import { cellBox, DIAGRAM_W, oneLineOf } from './oneLineModel.ts'
import type { Box } from './oneLineModel.ts'

const inside = (b: Box, left: number, width: number) => b.x >= left - 1e-9 && b.x + b.w <= left + width + 1e-9
const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.w, b.x + b.w) > Math.max(a.x, b.x) && Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y)

describe('oneLineOf', () => {
  it('default: ups-a left, ups-b right, one feed (pdu-a1 | pdu-b1) with rows A and B of 12 racks', () => {
    const model = oneLineOf(shippedLayout('default'))!
    expect(model.ups).toHaveLength(2)
    expect(model.ups[0].x).toBeLessThan(model.ups[1].x)
    // Gutters of 4 + 4·⌈2/2⌉ = 8 units each side; the left bus at x = 3, the right at 297.
    expect([model.left, model.width, ...model.busX]).toEqual([8, DIAGRAM_W - 16, 3, 297])
    expect(model.groups).toHaveLength(1)
    const g = model.groups[0]
    expect(g.rows.map((r) => [r.rowId, r.racks.length])).toEqual([
      ['A', 12],
      ['B', 12],
    ])
    expect(g.boxA.x).toBeLessThan(g.boxB!.x) // A under ups-a's column, B under ups-b's
    expect(model.busEndY[0]).toBe(g.boxA.y + g.boxA.h / 2)
  })

  it('large hall: 10 feeds of two rows of 22, every box and rack cell inside the width, none overlapping', () => {
    const model = oneLineOf(shippedLayout('large-hall'))!
    expect(model.groups).toHaveLength(10)
    const boxes: Box[] = [model.utility, ...model.ups]
    for (const g of model.groups) {
      expect(g.rows.map((r) => r.racks.length)).toEqual([22, 22])
      boxes.push(g.boxA, g.boxB!)
      for (const s of g.rows) boxes.push(...s.racks.map((_, k) => cellBox(s, k)))
    }
    expect(boxes.filter((b) => !inside(b, model.left, model.width))).toEqual([])
    let overlaps = 0
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) overlaps++
    expect(overlaps).toBe(0)
    expect(model.height).toBeGreaterThan(420) // scrolls inside its card
  })

  it('no diagram for a hall without a power chain', () => {
    const layout = shippedLayout('default')
    expect(oneLineOf({ ...layout, power: { ups: [], pdus: [] } })).toBeNull()
  })
})
