import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseScenarioText } from '../../index.ts'
import { createSimulation } from '../../simulation.ts'
import { entryKey } from './entry.ts'
import { ledgerOf } from './ledger.ts'
import { chainPatch, ledgerHall, pointOf } from './ledgerHalls.ts'
import { createOperatingPoint } from './operatingPoint.ts'

describe('operating point', () => {
  it('settled at 1× gives the ledger a running simulation of the same constant load reads after an hour', () => {
    // Recirculation on, so inlets depend on the layout; a lossy chain, so losses reach the room.
    const scenario = ledgerHall(
      { racks: 6, serversPerRack: 30, units: 2, unitKw: 60, redundancy: 'N+1' },
      (s) => {
        chainPatch({ capacityKw: 100, moduleCount: 2, redundancy: 'N+1' }, 32, true)(s)
        s.room.recirculationFraction = 0.1
        s.room.rowEndRecirculationFraction = 0.1
      },
    )
    const sim = createSimulation(scenario)
    sim.runUntil(3600)
    const running = new Map(ledgerOf(sim.world).map((e) => [entryKey(e), e]))
    const settled = ledgerOf(pointOf(scenario).settle(1))
    expect(settled.length).toBe(running.size)
    for (const e of settled) {
      const r = running.get(entryKey(e))!
      expect(r.state).toBe(e.state)
      expect(Math.abs(r.used - e.used)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(e.used)))
    }
  })

  it('gives the same bits whatever was settled before: a replica does not depend on which ran first on a worker', () => {
    const scenario = ledgerHall(
      { racks: 6, serversPerRack: 30, units: 2, unitKw: 60, redundancy: 'N+1' },
      (s) => {
        s.room.recirculationFraction = 0.3
        // Supply at 24 °C puts every inlet above the 23 °C knee where inlet temperature drives server power,
        // here at the schema's steepest 5 %/K, so the inlet-power coupling is strong.
        for (const unit of s.coolingUnits) unit.supplySetpointC = 24
        for (const model of s.serverModels) model.inletSensitivity = { perK: 0.05, kneeC: 23 }
      },
    )
    const fresh = ledgerOf(pointOf(scenario).settle(1.1))
    const used = pointOf(scenario)
    used.settle(1.6)
    used.settle(0.4, { type: 'failCoolingUnit', unitId: scenario.coolingUnits[0].id })
    // Inlets above 23 °C drive server power, and the passes stop short of the exact fixed point: a warm start
    // from the previous settle moved results in the 12th digit before every settle began from the built room.
    expect(ledgerOf(used.settle(1.1))).toEqual(fresh)
  })

  it('settles several failures at once: two of three units, two of three UPS modules', () => {
    // 6 racks × 30 servers × 200 W = 36 kW; three 60 kW units at N+1; a 120 kW UPS of three 40 kW modules.
    const scenario = ledgerHall(
      { racks: 6, serversPerRack: 30, units: 3, unitKw: 60, redundancy: 'N+1' },
      chainPatch({ capacityKw: 120, moduleCount: 3, redundancy: 'N+1' }, 32, true),
    )
    const point = pointOf(scenario)
    const line = (world: ReturnType<typeof point.settle>, kind: string) =>
      ledgerOf(world).find((e) => e.kind === kind)!
    const [a, b] = scenario.coolingUnits.map((u) => ({ type: 'failCoolingUnit' as const, unitId: u.id }))
    // One 60 kW unit left carries the 36 kW: within what runs, no spare left.
    expect(line(point.settle(1, [a, b]), 'cooling')).toMatchObject({
      used: 36_000,
      limit: 60_000,
      state: 'redundancyLost',
    })
    // At 2× (72 kW) one 40 kW module is left of the UPS: over.
    const modules = [
      { type: 'failUpsModule' as const, upsId: 'ups-1' },
      { type: 'failUpsModule' as const, upsId: 'ups-1' },
    ]
    expect(line(point.settle(2, modules), 'ups')).toMatchObject({
      used: 72_000,
      limit: 40_000,
      state: 'over',
    })
    // A single command as before, and everything back in service at the next settle.
    expect(line(point.settle(1, a), 'cooling').limit).toBe(120_000)
    expect(line(point.settle(1), 'cooling').limit).toBe(180_000)
  })

  it('takes the plant’s outdoor air at the epoch asked: the default hall’s chiller works harder in July', () => {
    const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'), 'default.json')
    let servers = 0
    for (const rack of scenario.racks) servers += rack.servers.length
    const point = createOperatingPoint(scenario, new Float64Array(servers).fill(0.5))
    const facilityAt = (epochS?: number) => point.settle(1, undefined, { epochS }).totals.facilityW
    // 2026-01-15 and 2026-07-15 at noon UTC; the synthetic outdoor air swings 18 K over the year.
    const januaryW = facilityAt(Date.UTC(2026, 0, 15, 12) / 1000)
    const julyW = facilityAt(Date.UTC(2026, 6, 15, 12) / 1000)
    expect(julyW).toBeGreaterThan(januaryW)
    // Without an epoch the point's own (the scenario's start) is used, bit for bit.
    expect(facilityAt()).toBe(facilityAt(scenario.startEpochS))
  })

  it('refuses a negative scale and a utilisation array of the wrong length', () => {
    const scenario = ledgerHall({ racks: 1, serversPerRack: 10, units: 1, unitKw: 100, redundancy: 'N' })
    expect(() => pointOf(scenario).settle(-1)).toThrow('load scale must be ≥ 0, got -1')
    expect(() => createOperatingPoint(scenario, new Float64Array(3))).toThrow(
      'utilization has 3 servers, the scenario 10',
    )
  })
})
