import { describe, expect, it } from 'vitest'
import { lidCrossSegments, outlineSegments, placeLabels } from './ghosts.ts'

const rack = { xM: 4.7, yM: 9.3, widthM: 0.6, depthM: 1.2, heightM: 2, facing: '+y' as const }

describe('ghost geometry', () => {
  it('outlines a rack with 12 edges spanning its footprint and height', () => {
    const s = outlineSegments([rack])
    expect(s.length).toBe(12 * 2 * 3)
    const xs = s.filter((_, i) => i % 3 === 0)
    const ys = s.filter((_, i) => i % 3 === 1)
    const zs = s.filter((_, i) => i % 3 === 2)
    // x 4.7 ± 0.3, height 0..2, floor y 9.3 ± 0.6 → three.js z −9.9 … −8.7
    expect(Math.min(...xs)).toBeCloseTo(4.4, 6)
    expect(Math.max(...xs)).toBeCloseTo(5.0, 6)
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([0, 2])
    expect(Math.min(...zs)).toBeCloseTo(-9.9, 6)
    expect(Math.max(...zs)).toBeCloseTo(-8.7, 6)
  })

  it('crosses the lid corner to corner, a centimetre above it', () => {
    const c = Array.from(lidCrossSegments([rack]))
    expect(c.map((x) => Math.round(x * 100) / 100)).toEqual([
      4.4, 2.01, -8.7, 5.0, 2.01, -9.9, 4.4, 2.01, -9.9, 5.0, 2.01, -8.7,
    ])
  })
})

describe('placeLabels', () => {
  const width = (t: string) => t.length * 0.1
  it('raises a label a line at a time while it would overlap one already placed', () => {
    const placed = placeLabels(
      [
        { text: 'Row A from 2026-07-01', xM: 12, yM: 3.9, heightM: 2 },
        { text: 'A-14 out 2027-06-01', xM: 12.5, yM: 3.9, heightM: 2 },
        { text: 'Row C from 2027-01-04', xM: 6, yM: 9.3, heightM: 2 },
      ],
      width,
      0.4,
    )
    // 21 and 19 characters: 2.1 and 1.9 m wide, 0.5 m apart, so the second clashes and goes up 0.4 m.
    expect(placed.map((p) => Math.round(p.liftM * 1000) / 1000)).toEqual([2.35, 2.75, 2.35])
  })
})
