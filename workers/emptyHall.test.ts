// A new hall starts empty (docs/hall.md#empty-halls): the worker loads it and steps a day.
import { describe, expect, it } from 'vitest'
import { HEADER } from '../sim/index.ts'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { createSimApi } from './simApi.ts'

describe('the worker with an empty hall', () => {
  it('loads a room with no rows, units or server models and steps a day: no IT power, finite facility power', () => {
    const api = createSimApi()
    const empty = tinyHall({}, (s) => Object.assign(s, { rows: [], coolingUnits: [], serverModels: [] }))
    const layout = api.load(JSON.stringify(empty), 'new hall')
    expect([layout.racks.length, layout.units.length]).toEqual([0, 0])
    const out = api.step(86_400, new Float64Array(layout.snapshot.length))
    expect(out[HEADER.timeS]).toBe(86_400)
    expect(out[HEADER.itW]).toBe(0)
    expect(Number.isFinite(out[HEADER.facilityW])).toBe(true)
    expect(api.kpis().itEnergyKwh).toBe(0)
    expect(api.conditions().every((c) => Number.isFinite(c.sinceS))).toBe(true)
  })

  it('loads racks without units: the inlets climb past the 45 °C trip within the day', () => {
    const api = createSimApi()
    const layout = api.load(JSON.stringify(tinyHall({}, (s) => (s.coolingUnits = []))), 'no units')
    const out = api.step(86_400, new Float64Array(layout.snapshot.length))
    // Tripped racks cool down to the 35 °C reset and restart, so the inlet now is below the day's hottest.
    expect(Number.isFinite(out[HEADER.maxInletC])).toBe(true)
    expect(api.kpis().maxInletC).toBeGreaterThanOrEqual(45)
  })
})
