// Rack states, the sentence the tooltip shows, the marks' placement and the pulse, on the default hall's layout
// (racks 0.6 m wide and 2 m tall on cords from pdu-a1 (ups-a) and pdu-b1 (ups-b); class A1, 32 °C allowable).
import { readFileSync } from 'node:fs'
import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import { parseScenarioText, sceneLayout, snapshotLayout } from '../../../sim/index.ts'
import { MARK_LIFT_M, markBuffers, placeMarks } from './markPlacement.ts'
import { iconIndex } from './markAtlas.ts'
import { PULSE_DEPTH, PULSE_PERIOD_S, pulseColour } from './pulse.ts'
import { overLimit, rackConditionOf, rackStateText } from './rackState.ts'

const text = readFileSync(new URL('../../../scenarios/default.json', import.meta.url), 'utf8')
const scenario = parseScenarioText(text, 'default.json')
const layout = sceneLayout(
  scenario,
  snapshotLayout(scenario.racks.length, scenario.coolingUnits.length, 2, 2),
)
const s = layout.snapshot

/** A frame with every rack on two live cords at 24 °C drawing 5 kW, both UPS systems up, every unit running. */
function healthy(): Float64Array {
  const frame = new Float64Array(s.length)
  for (let i = 0; i < s.rackCount; i++) {
    frame[s.rackLiveCords + i] = 2
    frame[s.rackInletC + i] = 24
    frame[s.rackPowerW + i] = 5000
  }
  frame.fill(1, s.unitRunning, s.unitRunning + s.unitCount)
  frame.fill(1, s.upsLive, s.upsLive + s.upsCount)
  frame.fill(1, s.pduEnergised, s.pduEnergised + s.pduCount)
  return frame
}

describe('rack state', () => {
  it('the default racks are corded to pdu-a1 and pdu-b1, trip at 45 °C and restart below 35 °C', () => {
    expect([layout.racks[0].pduA, layout.racks[0].pduB]).toEqual(['pdu-a1', 'pdu-b1'])
    expect(layout.protection).toEqual({ tripInletC: 45, resetInletC: 35 })
  })

  it('running and within limits: no sentence', () => {
    const frame = healthy()
    expect(rackConditionOf(layout, frame, 0)).toBe('running')
    expect(rackStateText(layout, frame, 0)).toBeNull()
  })

  it('no live cord: no power, naming both PDUs, and the UPS when it is the cause', () => {
    const frame = healthy()
    frame[s.rackLiveCords + 3] = 0
    frame[s.rackTripped + 3] = 1 // no power is the cause to fix first
    expect(rackConditionOf(layout, frame, 3)).toBe('unpowered')
    expect(rackStateText(layout, frame, 3)).toBe('No power: pdu-a1 and pdu-b1 failed')
    frame[s.upsLive + 1] = 0
    expect(rackStateText(layout, frame, 3)).toBe('No power: pdu-a1 and pdu-b1 (ups-b down) failed')
  })

  it('tripped: the trip point, the inlet now and the restart point', () => {
    const frame = healthy()
    frame[s.rackTripped + 1] = 1
    frame[s.rackInletC + 1] = 41.24
    expect(rackStateText(layout, frame, 1)).toBe(
      'Tripped: inlet reached 45 °C (now 41.2 °C, restarts below 35 °C)',
    )
  })

  it('over limit above 32 °C (A1) or above the 8 kW budget, not at either', () => {
    const frame = healthy()
    frame[s.rackInletC + 2] = 32
    expect(overLimit(layout, frame, 2)).toBe(false)
    frame[s.rackInletC + 2] = 33.06
    expect(rackStateText(layout, frame, 2)).toBe('Over limit: inlet 33.1 °C > 32 °C (A1)')
    const budgetW = layout.racks[4].powerBudgetKw * 1000
    frame[s.rackPowerW + 4] = budgetW
    expect(overLimit(layout, frame, 4)).toBe(false)
    frame[s.rackPowerW + 4] = budgetW + 400
    expect(rackStateText(layout, frame, 4)).toBe(`Over limit: 8.40 kW > 8 kW budget`)
  })
})

describe('marks', () => {
  it('one mark over each rack that is off and each failed unit, 0.45 m above its top', () => {
    const frame = healthy()
    frame[s.rackLiveCords + 0] = 0
    frame[s.rackTripped + 5] = 1
    frame[s.unitRunning + 1] = 0
    const out = markBuffers(layout)
    expect(placeMarks(layout, frame, out)).toBe(3)
    expect(Array.from(out.icons.subarray(0, 3))).toEqual([
      iconIndex('unpowered'),
      iconIndex('tripped'),
      iconIndex('unitFailed'),
    ])
    const r = layout.racks[0]
    expect(Array.from(out.positions.subarray(0, 3))).toEqual(
      [r.xM, r.heightM + MARK_LIFT_M, -r.yM].map(Math.fround),
    )
    const u = layout.units[1]
    expect(out.positions[7]).toBeCloseTo(u.heightM + MARK_LIFT_M, 5)
  })

  it('a healthy hall has none', () => {
    expect(placeMarks(layout, healthy(), markBuffers(layout))).toBe(0)
  })
})

describe('pulse', () => {
  const base = new Float32Array([0.2, 0.4, 0.6])
  it('is the base colour at t = 0 and a period later, PULSE_DEPTH toward white half way', () => {
    expect(pulseColour(base, 0, 0, new Color()).toArray()).toEqual([0.2, 0.4, 0.6].map(Math.fround))
    const top = pulseColour(base, 0, PULSE_PERIOD_S / 2, new Color())
    // 0.2 + 0.4 · (1 − 0.2) = 0.52
    expect(top.r).toBeCloseTo(0.2 + PULSE_DEPTH * 0.8, 6)
    expect(pulseColour(base, 0, PULSE_PERIOD_S, new Color()).g).toBeCloseTo(0.4, 6)
  })
})
