import { readFileSync } from 'node:fs'
import { expose, releaseProxy, transfer, wrap } from 'comlink'
import { describe, expect, it } from 'vitest'
import { HEADER } from '../sim/index.ts'
import { createSimApi } from './simApi.ts'
import type { SimApi } from './simApi.ts'

const defaultJson = readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8')

describe('createSimApi, called directly', () => {
  it('loads the default hall and steps one simulated hour with finite KPIs', () => {
    const api = createSimApi()
    const layout = api.load(defaultJson, 'default.json')
    expect([layout.racks.length, layout.units.length]).toEqual([24, 3])
    const out = api.step(3600, new Float64Array(layout.snapshot.length))
    expect(out[HEADER.timeS]).toBe(3600)
    for (const slot of [HEADER.itW, HEADER.coolingW, HEADER.facilityW, HEADER.maxInletC])
      expect(Number.isFinite(out[slot])).toBe(true)
    expect(out[HEADER.facilityW]).toBeGreaterThan(out[HEADER.itW])
    expect(api.kpis().pue).toBeGreaterThan(1)
  })

  it('shows failed cooling units in the snapshot and answers how long until the inlet limits', () => {
    const api = createSimApi()
    const layout = api.load(defaultJson, 'default.json')
    const running = (out: Float64Array) => Array.from(out.subarray(layout.snapshot.unitRunning).slice(0, 3))
    const out = new Float64Array(layout.snapshot.length)
    expect(running(api.step(0, out))).toEqual([1, 1, 1])
    api.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    api.step(0, out)
    expect(running(out)).toEqual([0, 1, 1])
    expect(out[HEADER.runningUnits]).toBe(2)
    api.apply({ type: 'failCoolingUnit', unitId: 'crah-2' })
    const record = api.apply({ type: 'failCoolingUnit', unitId: 'crah-3' })
    expect(record?.timeToLimitS.every((s) => s !== null && s > 0)).toBe(true)
    expect(api.failures()).toHaveLength(3)
    api.step(0, out)
    expect(out[HEADER.runningUnits]).toBe(0)
  })

  it('lists the conditions a failure raises with their time, and each rack of the zones hall its zone', () => {
    const api = createSimApi()
    const zonesJson = readFileSync(new URL('../scenarios/crah-failure-zones.json', import.meta.url), 'utf8')
    const layout = api.load(zonesJson, 'crah-failure-zones.json')
    expect(api.conditions()).toEqual([])
    // crah-1 and crah-2 fail at 14:00 (50 400 s): one 80 kW unit left for ~115 kW of heat.
    const out = api.step(50_400 + 600, new Float64Array(layout.snapshot.length))
    const cooling = api.conditions().filter((c) => c.group === 'cooling')
    expect(cooling.map((c) => [c.kind, c.sinceS])).toEqual([
      ['redundancyLost', 50_400],
      ['overCapacity', 50_400],
    ])
    const climate = api.conditions().filter((c) => c.group === 'climate')
    expect(climate.length).toBe(out[HEADER.climateConditions])
    const zones = api.rackZones()!
    expect(zones.map((z) => z.unitId).sort()[0]).toMatch(/^crah-/)
    expect(zones).toHaveLength(layout.racks.length)
    // One well-mixed room has no zones.
    api.load(defaultJson, 'default.json')
    expect(api.rackZones()).toBeNull()
  })

  it('refuses to step before a scenario is loaded', () => {
    expect(() => createSimApi().step(1, new Float64Array(1))).toThrow('no scenario is loaded')
  })
})

describe('createSimApi over comlink', () => {
  it('loads, steps and transfers the snapshot buffer both ways over a MessageChannel', async () => {
    const { port1, port2 } = new MessageChannel()
    expose(createSimApi(), port1)
    const remote = wrap<SimApi>(port2)
    try {
      const layout = await remote.load(defaultJson, 'default.json')
      const sent = new Float64Array(layout.snapshot.length)
      const back = await remote.step(600, transfer(sent, [sent.buffer]))
      // The buffer went to the other side (detached here) and a filled one came back.
      expect(sent.byteLength).toBe(0)
      expect(back.length).toBe(layout.snapshot.length)
      expect(back[HEADER.timeS]).toBe(600)
      expect(back[HEADER.itW]).toBeGreaterThan(0)
      await expect(remote.apply({ type: 'failCoolingUnit', unitId: 'nope' })).rejects.toThrow(
        'no cooling unit',
      )
    } finally {
      remote[releaseProxy]()
      port1.close()
      port2.close()
    }
  })
})
