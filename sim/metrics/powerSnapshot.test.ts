// The snapshot's power-state blocks (rack trip flag and live cords, PDU and UPS state and output) on the
// default hall: two UPS systems in 2N, pdu-a1 on ups-a and pdu-b1 on ups-b, every rack corded to both.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { HEADER } from './snapshot.ts'

const NOON_S = 43_200
const text = readFileSync(join(import.meta.dirname, '../../scenarios/default.json'), 'utf8')

function afterFailing(assetIds: string[]) {
  const sim = createSimulation(parseScenarioText(text, 'default'))
  sim.runUntil(NOON_S)
  for (const assetId of assetIds) sim.apply({ type: 'failPowerAsset', assetId })
  return { L: sim.layout, frame: sim.snapshot(new Float64Array(sim.layout.length)) }
}
const racks = (L: { rackCount: number }) => Array.from({ length: L.rackCount }, (_, i) => i)

describe('snapshot: power state', () => {
  it('sizes the PDU and UPS blocks from the chain: 2 PDUs, 2 UPS systems', () => {
    const { L } = afterFailing([])
    expect([L.pduCount, L.upsCount]).toEqual([2, 2])
    expect(L.upsOutputW + L.upsCount).toBe(L.length)
  })

  it('all live: two cords each, nothing unserved, each PDU carries half of IT, a UPS its PDU plus its loss', () => {
    const { L, frame } = afterFailing([])
    for (const i of racks(L)) {
      expect(frame[L.rackLiveCords + i]).toBe(2)
      expect(frame[L.rackUnservedW + i]).toBe(0)
      expect(frame[L.rackTripped + i]).toBe(0)
    }
    const pduW = frame[L.pduOutputW] + frame[L.pduOutputW + 1]
    expect(pduW).toBeCloseTo(frame[HEADER.itW], 6)
    expect(frame[L.pduOutputW]).toBeCloseTo(frame[HEADER.itW] / 2, 6)
    const upsW = frame[L.upsOutputW] + frame[L.upsOutputW + 1]
    // UPS output = PDU output + PDU losses.
    expect(upsW).toBeCloseTo(pduW + frame[HEADER.pduLossW], 6)
  })

  it('one PDU out: one live cord each, the survivor carries all of IT', () => {
    const { L, frame } = afterFailing(['pdu-a1'])
    for (const i of racks(L)) expect(frame[L.rackLiveCords + i]).toBe(1)
    expect([frame[L.pduEnergised], frame[L.pduEnergised + 1]]).toEqual([0, 1])
    expect(frame[L.pduOutputW]).toBe(0)
    expect(frame[L.pduOutputW + 1]).toBeCloseTo(frame[HEADER.itW], 6)
    expect(frame[HEADER.itW]).toBeGreaterThan(0)
  })

  it('both PDUs out: no live cord, IT 0 W, every rack unserved what it would draw, the UPS systems still up', () => {
    const { L, frame } = afterFailing(['pdu-a1', 'pdu-b1'])
    expect(frame[HEADER.itW]).toBe(0)
    for (const i of racks(L)) {
      expect(frame[L.rackLiveCords + i]).toBe(0)
      expect(frame[L.rackPowerW + i]).toBe(0)
      expect(frame[L.rackUnservedW + i]).toBeGreaterThan(0)
    }
    expect([frame[L.upsLive], frame[L.upsLive + 1]]).toEqual([1, 1])
  })

  it('a UPS out takes its PDU with it', () => {
    const { L, frame } = afterFailing(['ups-b'])
    expect([frame[L.upsLive], frame[L.upsLive + 1]]).toEqual([1, 0])
    expect([frame[L.pduEnergised], frame[L.pduEnergised + 1]]).toEqual([1, 0])
    expect(frame[L.upsOutputW + 1]).toBe(0)
  })
})
