import { describe, expect, it } from 'vitest'
import { frameRoom } from './framing.ts'

describe('frameRoom', () => {
  it('looks straight down on a flat square from the distance where its half-width fills a 90° view', () => {
    // tan(45°) = 1: a 10 m square seen from above needs 5 m; margin 1 keeps the number exact.
    const f = frameRoom({ widthM: 10, depthM: 10, heightM: 0 }, 90, 1, [0, 1, 1e-9], 1)
    expect(f.target[0]).toBeCloseTo(5, 6)
    expect(f.target[2]).toBeCloseTo(-5, 6)
    expect(f.distanceM).toBeCloseTo(5, 6)
    expect(f.position[1]).toBeCloseTo(5, 6)
  })

  it('keeps the target on the floor and slides it towards the camera when seen at an angle', () => {
    // The room spans z ∈ [-10, 0] (floor y → −z). From 45° above the +z side the near edge looks bigger and
    // reaches further down the picture, so centring the picture moves the target (and camera) towards +z.
    const f = frameRoom({ widthM: 10, depthM: 10, heightM: 0 }, 60, 1, [0, 1, 1], 1)
    expect(f.target[1]).toBe(0)
    expect(f.target[0]).toBeCloseTo(5, 6)
    expect(f.target[2]).toBeGreaterThan(-5)
    expect(f.position[2]).toBeGreaterThan(0)
  })

  it('backs off further for a narrower screen', () => {
    const room = { widthM: 16, depthM: 12, heightM: 2 }
    expect(frameRoom(room, 45, 1).distanceM).toBeGreaterThan(frameRoom(room, 45, 16 / 9).distanceM)
  })
})
