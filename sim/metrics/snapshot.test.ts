// The snapshot's plant, air-side, climate and condition fields against hand sums and independent formulas.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { activeConditionsOf, rackZonesOf } from './activeConditions.ts'
import { plantOf } from './plantReport.ts'
import { COOLING_PARTS, pueBreakdownOfFrame } from './frameFigures.ts'
import { ENVELOPE_STATES, HEADER } from './snapshot.ts'

const FAILURE_S = 50_400 // crah-1 and crah-2 fail at 14:00
const scenario = (name: string) =>
  parseScenarioText(readFileSync(join(import.meta.dirname, `../../scenarios/${name}.json`), 'utf8'), name)

function runTo(name: string, tS: number) {
  const sim = createSimulation(scenario(name))
  sim.runUntil(tS)
  return { sim, frame: sim.snapshot(new Float64Array(sim.layout.length)) }
}

describe('snapshot: plant, air side, climate', () => {
  const { sim, frame } = runTo('crah-failure', FAILURE_S + 600)
  const L = sim.layout

  it('facility power is the sum of the parts the Power panel lists', () => {
    const sum = (keys: readonly (keyof typeof HEADER)[]) => keys.reduce((w, key) => w + frame[HEADER[key]], 0)
    expect(sum(['itW', ...COOLING_PARTS, 'upsLossW', 'pduLossW', 'lightingW'])).toBeCloseTo(
      frame[HEADER.facilityW],
      6,
    )
    expect(sum(COOLING_PARTS)).toBeCloseTo(frame[HEADER.coolingW], 6)
    expect(frame[HEADER.chilledWaterPumpW]).toBeGreaterThan(0)
    expect(frame[HEADER.chilledWaterFlowM3s]).toBeGreaterThan(0)
  })

  it('PUE at both points and the pPUEs read from the frame are the run report figures at that time', () => {
    const plant = plantOf(sim)
    const pue = pueBreakdownOfFrame(frame)
    expect(pue.pue).toBe(plant.pue.itEquipmentInput)
    expect(pue.pueUpsOutput).toBe(plant.pue.upsOutput)
    expect(pue.partialPueCooling).toBe(plant.partialPue.cooling)
    expect(pue.partialPueElectrical).toBe(plant.partialPue.electrical)
    // IT at the UPS output counts the PDU losses as IT: the smaller figure.
    expect(pue.pueUpsOutput).toBeLessThan(pue.pue)
    expect(frame[HEADER.chilledWaterFlowM3s] * 1000).toBeCloseTo(plant.chilledWaterFlowLs, 9)
  })

  it('a running unit with its sensor after the fan supplies coil-leaving air + the fan rise P/(ρ·c_p·V̇)', () => {
    const j = 2 // crah-3 still runs
    const unit = sim.scenario.coolingUnits[j]
    expect(unit.supplySensor).toBe('afterFan')
    const riseK = sim.world.unitFanW[j] / (1207.2 * unit.airflowM3s * sim.world.unitFlowFraction[j])
    expect(frame[L.unitFanRiseK + j]).toBeCloseTo(riseK, 2)
    expect(frame[L.unitCoilLeavingC + j] + frame[L.unitFanRiseK + j]).toBeCloseTo(frame[L.unitSupplyC + j], 6)
    expect(frame[L.unitReturnC + j]).toBeGreaterThan(frame[L.unitSupplyC + j])
    expect(Number.isNaN(frame[L.unitZoneAirC + j])).toBe(true) // one well-mixed room
  })

  it('rack inlet RH agrees with Magnus over the dew point and dry bulb within 1 %', () => {
    // Magnus (Alduchov & Eskridge 1996), independent of the Hyland–Wexler equations the engine uses.
    const magnus = (c: number) => Math.exp((17.62 * c) / (243.12 + c))
    for (let i = 0; i < sim.world.rackCount; i++) {
      const dryC = frame[L.rackInletC + i]
      const dewC = frame[L.rackInletDewPointC + i]
      const rhPct = frame[L.rackInletRhPct + i]
      expect(rhPct / ((100 * magnus(dewC)) / magnus(dryC))).toBeCloseTo(1, 2)
      expect(ENVELOPE_STATES[frame[L.rackEnvelope + i]]).toBe(sim.tracking.climate.rackState[i])
    }
  })

  it('two of three 80 kW units failed: redundancy lost and over capacity, listed with the failure time', () => {
    expect(frame[HEADER.coolingConditions]).toBe(2)
    const cooling = activeConditionsOf(sim).filter((c) => c.group === 'cooling')
    expect(cooling.map((c) => [c.kind, c.sinceS, c.limit])).toEqual([
      ['redundancyLost', FAILURE_S, 0], // N+1 with one unit left: nothing is left with the spare out
      ['overCapacity', FAILURE_S, 80_000],
    ])
    expect(frame[HEADER.climateConditions]).toBe(sim.tracking.climate.conditions.conditions.length)
    expect(rackZonesOf(sim)).toBeNull()
  })

  it('before the climate watch has polled, humidity reads NaN rather than zero', () => {
    const fresh = createSimulation(scenario('crah-failure'))
    const f = fresh.snapshot(new Float64Array(fresh.layout.length))
    expect(Number.isNaN(f[fresh.layout.rackInletRhPct])).toBe(true)
  })
})

describe('rack zones', () => {
  it('each rack sits in the zone holding the largest share of it, shares of a row summing to at most 1', () => {
    const { sim, frame } = runTo('crah-failure-zones', 600)
    const zones = rackZonesOf(sim)!
    const ids = sim.scenario.coolingUnits.map((u) => u.id)
    expect(zones).toHaveLength(sim.world.rackCount)
    for (const z of zones) {
      expect(ids).toContain(z.unitId)
      // At least an equal share with every unit (1/units) and at most all of it.
      expect(z.share).toBeGreaterThanOrEqual(1 / ids.length - 1e-12)
      expect(z.share).toBeLessThanOrEqual(1)
    }
    for (let j = 0; j < ids.length; j++) expect(frame[sim.layout.unitZoneAirC + j]).toBeGreaterThan(15)
  })
})
