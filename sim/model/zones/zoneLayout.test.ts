// The zones from the floor plan by hand, and the Jacobi decomposition behind their exact solution.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import { buildWorld } from '../../scenario/build.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { segmentCrossesBox } from './zoneLayout.ts'
import { symmetricEigen } from './symmetricEigen.ts'

const RHO_CP = 1.2 * 1006

describe('zone layout', () => {
  const zoned = (patch: Parameters<typeof tinyHall>[1]) =>
    buildWorld(
      parseScenario(tinyHall({ racks: 4, units: 2 }, (s) => ((s.room.airZones = 'perUnit'), patch?.(s)))),
    )

  it('mixes two units 8 m apart by ρc_p·V̇·e^(−8/5), a tenth of it across a contained hot aisle', () => {
    const open = zoned(() => {}).zones!.layout
    expect(open.mixingWK[1]).toBeCloseTo(RHO_CP * 10 * Math.exp(-8 / 5), 9) // 2,432.3 W/K
    expect(open.mixingWK[2]).toBe(open.mixingWK[1])
    const contained = zoned((s) => {
      s.room.containment = 'hot'
      s.aisles = [{ id: 'hot-1', kind: 'hot', xM: 4, yM: 4, widthM: 2, depthM: 2 }]
    }).zones!.layout
    expect(contained.mixingWK[1]).toBeCloseTo(0.1 * open.mixingWK[1], 9)
  })

  it('splits the room air, the equipment and every rack over the zones, each share summing to one', () => {
    const world = zoned(() => {})
    const { layout } = world.zones!
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0)
    expect(sum(layout.airJK)).toBeCloseTo(world.zoneParams.airJK, 6)
    expect(sum(layout.massJK)).toBeCloseTo(world.zoneParams.massJK, 6)
    for (let i = 0; i < 4; i++)
      expect(layout.rackShare[2 * i] + layout.rackShare[2 * i + 1]).toBeCloseTo(1, 12)
    // Racks at x = 2.3 … 4.1 m are nearer crah-1 (x = 1 m) than crah-2 (x = 9 m): its zone holds more.
    expect(layout.volumeShare[0]).toBeGreaterThan(layout.volumeShare[1])
  })

  it('tells whether a segment passes through a box', () => {
    const box = { xM: 4, yM: 4, widthM: 2, depthM: 2 }
    expect(segmentCrossesBox(1, 5, 9, 5, box)).toBe(true)
    expect(segmentCrossesBox(1, 3, 9, 3, box)).toBe(false)
    expect(segmentCrossesBox(5, 0, 5, 3.9, box)).toBe(false)
  })
})

describe('symmetricEigen', () => {
  it('finds 2 − √2, 2 and 2 + √2 for the path graph tridiag(1, 2, 1), with orthonormal vectors', () => {
    const s = Float64Array.of(2, 1, 0, 1, 2, 1, 0, 1, 2)
    const { values, vectors: v } = symmetricEigen(s, 3)
    expect([...values].sort()).toEqual([2 - Math.SQRT2, 2, 2 + Math.SQRT2].map((x) => expect.closeTo(x, 12)))
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++) {
        let dot = 0
        for (let r = 0; r < 3; r++) dot += v[r * 3 + a] * v[r * 3 + b]
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 12)
      }
  })

  it('refuses a matrix that is not symmetric', () => {
    expect(() => symmetricEigen(Float64Array.of(1, 2, 3, 4), 2)).toThrow('entry (0, 1) differs from (1, 0)')
  })
})
