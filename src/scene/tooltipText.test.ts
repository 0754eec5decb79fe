import { describe, expect, it } from 'vitest'
import { shippedLayout } from './testing/shippedLayout.ts'
import { tooltipText } from './tooltipText.ts'

const layout = shippedLayout('default')
const s = layout.snapshot

describe('tooltipText', () => {
  it('names a rack and reads its inlet, IT power against its 8 kW budget and its 16 servers from the frame', () => {
    const frame = new Float64Array(s.length)
    const i = layout.racks.findIndex((r) => r.id === 'B-03')
    frame[s.rackInletC + i] = 24.349
    frame[s.rackPowerW + i] = 6125
    frame[s.rackLiveCords + i] = 2 // both cords live: no state line
    expect(tooltipText(layout, frame, { kind: 'rack', index: i })).toEqual({
      title: 'Rack B-03',
      rows: [
        ['Inlet', '24.3 °C'],
        ['IT', '6.13 / 8 kW'],
        ['Servers', '16'],
      ],
    })
  })

  it('says whether a cooling unit runs, with its supply air and its coil load against the 80 kW capacity', () => {
    const frame = new Float64Array(s.length)
    frame[s.unitSupplyC + 1] = 20.04
    frame[s.unitLoadW + 1] = 41_960
    frame[s.unitRunning + 2] = 1
    expect(tooltipText(layout, frame, { kind: 'unit', index: 1 })).toEqual({
      title: 'CRAH crah-2',
      rows: [
        ['Supply', '20.0 °C'],
        ['Load', '42.0 / 80 kW'],
        ['State', 'failed'],
      ],
    })
    expect(tooltipText(layout, frame, { kind: 'unit', index: 2 }).rows[2]).toEqual(['State', 'running'])
  })

  it('shows dashes before the first snapshot', () => {
    expect(tooltipText(layout, null, { kind: 'rack', index: 0 }).rows[0]).toEqual(['Inlet', '— °C'])
    expect(tooltipText(layout, null, { kind: 'unit', index: 0 }).rows[2]).toEqual(['State', '—'])
  })
})
