// Power share, cooling, inlet and rack headroom by hand on the default hall (8 kW racks, class A1 32 °C,
// three 80 kW CRAHs), and the colours the modes paint.
import { readFileSync } from 'node:fs'
import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import { parseScenarioText, sceneLayout, snapshotLayout } from '../../sim/index.ts'
import { coolingHeadroom, inletHeadroom, powerShare, rackHeadroom } from './headroom.ts'
import { rackPainter } from './rackColours.ts'

const text = readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')
const scenario = parseScenarioText(text, 'default.json')
const layout = sceneLayout(
  scenario,
  snapshotLayout(scenario.racks.length, scenario.coolingUnits.length, 2, 2),
)
const s = layout.snapshot

function frameOf(inletC: number, powerW: number): Float64Array {
  const frame = new Float64Array(s.length)
  frame.fill(2, s.rackLiveCords, s.rackLiveCords + s.rackCount)
  frame.fill(inletC, s.rackInletC, s.rackInletC + s.rackCount)
  frame.fill(powerW, s.rackPowerW, s.rackPowerW + s.rackCount)
  frame.fill(1, s.unitRunning, s.unitRunning + s.unitCount)
  frame.fill(40_000, s.unitLoadW, s.unitLoadW + s.unitCount)
  return frame
}
const hex = (c: Color) => c.getHexString()

describe('headroom', () => {
  it('6 kW of 8 kW is a 0.75 power share', () => {
    expect(powerShare(layout, frameOf(24, 6000), 0)).toBe(0.75)
  })

  it('cooling: 3 × 40 of 3 × 80 kW is half left; a failed unit counts neither its load nor its capacity', () => {
    const frame = frameOf(24, 6000)
    expect(coolingHeadroom(layout, frame)).toBe(0.5)
    frame[s.unitRunning + 2] = 0
    frame[s.unitLoadW + 0] = 60_000
    // (60 + 40) of 160 kW: 1 − 0.625
    expect(coolingHeadroom(layout, frame)).toBe(0.375)
  })

  it('inlet: 27.8 °C leaves (32 − 27.8) / (32 − 18) = 0.3 of the span', () => {
    expect(inletHeadroom(layout, frameOf(27.8, 0), 0)).toBeCloseTo(0.3, 12)
  })

  it('the rack takes the least: power 0.25, cooling 0.5, inlet 0.3 → 0.25; capped at 1 when cold and idle', () => {
    expect(rackHeadroom(layout, frameOf(27.8, 6000), 0, 0.5)).toBe(0.25)
    expect(rackHeadroom(layout, frameOf(10, 0), 0, 1)).toBe(1)
  })
})

describe('rack painter', () => {
  it('power mode: 8 kW of 8 is red ef4444; 0 kW is 1e3a8a; an unpowered rack is off (0d0f13)', () => {
    const paint = rackPainter('power', layout, null)!
    const frame = frameOf(24, 8000)
    frame[s.rackPowerW + 1] = 0
    frame[s.rackLiveCords + 2] = 0
    paint.prepare(frame)
    expect(hex(paint.paint(frame, 0, new Color()))).toBe('ef4444')
    expect(hex(paint.paint(frame, 1, new Color()))).toBe('1e3a8a')
    expect(hex(paint.paint(frame, 2, new Color()))).toBe('0d0f13')
  })

  it('headroom mode: 0.25 left is yellow facc15', () => {
    const paint = rackPainter('headroom', layout, null)!
    const frame = frameOf(27.8, 6000)
    paint.prepare(frame)
    expect(hex(paint.paint(frame, 0, new Color()))).toBe('facc15')
  })

  it('compare mode: +5 K b2182b, 0 K f7f7f7, −5 K 2166ac, no comparison grey 5b6473', () => {
    const frame = frameOf(24, 0)
    const paint = rackPainter('compare', layout, [5, 0, -5])!
    expect([0, 1, 2, 3].map((i) => hex(paint.paint(frame, i, new Color())))).toEqual([
      'b2182b',
      'f7f7f7',
      '2166ac',
      '5b6473',
    ])
    expect(hex(rackPainter('compare', layout, null)!.paint(frame, 0, new Color()))).toBe('5b6473')
  })

  it('stranded has no snapshot painter', () => {
    expect(rackPainter('stranded', layout, null)).toBeNull()
  })
})
