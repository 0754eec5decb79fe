// Every watt cooled and counted: the plant's auxiliaries in a whole run, the power and energy books, PUE at the
// UPS output and at the IT input, worked by hand (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario, parseScenarioText } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { runReport } from './report.ts'

const RHO_CP = 998 * 4186
/** The shipped default.json's chilled water: 6.67 °C out, 12 °C back. */
const CHW_DELTA_K = 12 - 6.67

describe('the tiny hall (4 kW IT + 1 kW CRAH fan on one 50 kW CRAH) after an hour', () => {
  const sim = createSimulation(
    parseScenario(tinyHall({}, (s) => (s.plant = { chilledWaterPump: { minFlowFraction: 0.1 } }))),
  )
  sim.runUntil(3600)
  const a = sim.world.plantAuxiliaries
  const t = sim.world.totals

  it('moves the chilled water that carries 5 kW at 5.33 K: 5000 / (998 · 4186 · 5.33) = 0.2243 L/s', () => {
    expect(a.chilledWaterLoadW).toBeCloseTo(5000, 3)
    expect(a.chilledWaterFlowM3s * 1000).toBeCloseTo((5000 / (RHO_CP * CHW_DELTA_K)) * 1000, 6)
  })

  it('pumps it at (5/50)³ of the 50 kW design power, 240 kPa · V̇_d / 0.7 = 769.9 W → 0.77 W', () => {
    const designW = (240_000 * 50_000) / (RHO_CP * CHW_DELTA_K) / 0.7
    expect(designW).toBeCloseTo(769.89, 2)
    expect(a.chilledWaterPumpW).toBeCloseTo(designW * 0.1 ** 3, 6)
  })

  it('cools the UPS losses with a DX unit at COP 3 and adds every draw to facility power', () => {
    expect(t.upsLossW).toBeGreaterThan(0)
    expect(a.upsRoomHeatW).toBe(t.upsLossW)
    expect(a.upsRoomCoolingW).toBeCloseTo(t.upsLossW / 3, 9)
    const namedW =
      t.itW +
      t.upsLossW +
      t.pduLossW +
      t.lightingW +
      t.fanW +
      t.compressorW +
      a.chilledWaterPumpW +
      a.condenserWaterPumpW +
      a.towerFanW +
      a.upsRoomCoolingW
    expect(t.facilityW).toBeCloseTo(namedW, 9)
  })
})

describe('the UPS room on the chilled-water plant', () => {
  const sim = createSimulation(
    parseScenario(tinyHall({}, (s) => (s.plant = { upsRoomCooling: { kind: 'chilledWater' } }))),
  )
  sim.runUntil(3600)
  const { plantAuxiliaries: a, totals: t, plantPoint, unitLoadW, unitCompressorW } = sim.world

  it('adds the UPS losses to the chilled-water load and takes its share of the chiller by load', () => {
    expect(a.chilledWaterLoadW).toBeCloseTo(unitLoadW[0] + t.upsLossW, 9)
    expect(a.upsRoomCoolingW).toBeCloseTo((plantPoint.chillerW * t.upsLossW) / a.chilledWaterLoadW, 9)
    expect(unitCompressorW[0] + a.upsRoomCoolingW).toBeCloseTo(plantPoint.chillerW, 9)
  })
})

describe('an air-side economiser', () => {
  it('leaves only the chiller’s share on the water: outdoor air carries the rest out of the hall', () => {
    const sim = createSimulation(
      parseScenario(
        tinyHall({}, (s) => {
          s.plant = { economiser: 'airSide', outdoor: { kind: 'constant', dryBulbC: 5, wetBulbC: 2 } }
        }),
      ),
    )
    sim.runUntil(600)
    const { plantAuxiliaries: a, plantPoint, unitLoadW } = sim.world
    expect(plantPoint.chillerFraction).toBe(0)
    expect([a.chilledWaterLoadW, a.chilledWaterPumpW, a.towerFanW]).toEqual([0, 0, 0])
    expect(unitLoadW[0]).toBeGreaterThan(0)
  })
})

describe('the default hall (2N UPS, A/B PDUs) over six hours', () => {
  const sim = createSimulation(
    parseScenarioText(
      readFileSync(join(import.meta.dirname, '../../scenarios/default.json'), 'utf8'),
      'default',
    ),
  )
  sim.runUntil(6 * 3600)
  const report = runReport(sim)
  const b = report.plant.energyBook
  const coolingKwh =
    b.crahFanKwh +
    b.chillersAndCompressorsKwh +
    b.chilledWaterPumpKwh +
    b.condenserWaterPumpKwh +
    b.towerFanKwh +
    b.upsRoomCoolingKwh

  it('names every kWh of facility energy: IT, losses, lighting and each cooling draw sum to it', () => {
    const named = b.itKwh + b.upsLossKwh + b.pduLossKwh + b.lightingKwh + coolingKwh
    expect(named).toBeCloseTo(b.facilityKwh, 9)
    expect(Math.abs(b.unaccountedKwh)).toBeLessThan(1e-9)
    expect(b.chilledWaterPumpKwh).toBeGreaterThan(0)
    expect(b.towerFanKwh).toBeGreaterThan(0)
    expect(b.upsRoomCoolingKwh).toBeGreaterThan(0)
  })

  it('reports PUE with IT at the IT input (category 3) and at the UPS output (category 1, + PDU losses)', () => {
    expect(b.pduLossKwh).toBeGreaterThan(0)
    expect(report.plant.pue.itEquipmentInput).toBeCloseTo(b.facilityKwh / b.itKwh, 12)
    expect(report.plant.pue.upsOutput).toBeCloseTo(b.facilityKwh / (b.itKwh + b.pduLossKwh), 12)
    expect(report.plant.partialPue.cooling).toBeCloseTo((b.itKwh + coolingKwh) / b.itKwh, 12)
    expect(report.plant.partialPue.electrical).toBeCloseTo(
      (b.itKwh + b.upsLossKwh + b.pduLossKwh) / b.itKwh,
      12,
    )
    expect(sim.kpis().pueUpsOutput).toBeCloseTo(report.plant.pue.upsOutput!, 12)
  })
})
