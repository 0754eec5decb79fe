// Fan heat on the air side against hand values (docs/physics.md#fan-heat-and-the-air-side-first-law).
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { cases, fanHeatHall } from '../validation/cases/fanHeat.ts'
import { createEirChiller, DOE2_CENTRIFUGAL_5_50COP } from './plant/chiller.ts'
import { advanceZone } from './zone.ts'
import type { CoilLine } from './zone.ts'

const RHO_CP = 1.2 * 1006
const FAN_RISE_K = 5000 / (RHO_CP * 5) // 0.828363 K

describe('fan heat validation cases', () => {
  for (const c of cases)
    it(`${c.id}: ${c.expected.toPrecision(6)} ${c.unit}`, () => {
      const allowed = 'abs' in c.tolerance ? c.tolerance.abs : c.tolerance.rel * Math.abs(c.expected)
      expect(Math.abs(c.obtained() - c.expected)).toBeLessThanOrEqual(allowed)
    })
})

describe('a CRAH whose fan heats the air it moves', () => {
  it('holds the supply after the fan at the setpoint, the coil ΔT_fan below it', () => {
    const w = fanHeatHall()
    expect(FAN_RISE_K).toBeCloseTo(0.828363, 6)
    expect(w.unitSupplyC[0]).toBeCloseTo(18, 9)
    expect(w.unitCoilLeavingC[0]).toBeCloseTo(18 - FAN_RISE_K, 9)
    // Racks without recirculation breathe the supply after the fan.
    expect(w.rackInletC[0]).toBeCloseTo(18, 9)
  })
  it('with a blow-through fan, supply and coil-leaving air are one and the same', () => {
    const w = fanHeatHall({ fanPosition: 'blowThrough' })
    expect(w.unitCoilLeavingC[0]).toBeCloseTo(18, 9)
    expect(w.unitReturnC[0]).toBeCloseTo(18 + 4500 / (RHO_CP * 5), 9)
  })
  it('with the sensor before a draw-through fan, racks get the setpoint plus the fan’s rise', () => {
    const w = fanHeatHall({ supplySensor: 'coilLeaving' })
    expect(w.unitCoilLeavingC[0]).toBeCloseTo(18, 9)
    expect(w.rackInletC[0]).toBeCloseTo(18 + FAN_RISE_K, 9)
    // The coil now holds less: its load is the same 9.5 kW, the room is ΔT_fan warmer.
    expect(w.unitLoadW[0]).toBeCloseTo(9500, 6)
    expect(w.unitReturnC[0]).toBeCloseTo(18 + FAN_RISE_K + 4500 / (RHO_CP * 5), 9)
  })
  it('at capacity the unit removes capacity − fan heat from the room, which warms at the rest', () => {
    // 9 kW coil, 5 kW fan: the room gains IT 4 + fan 5 + lighting 0.5 − coil 9 = 0.5 kW.
    const sim = createSimulation(
      parseScenario(
        tinyHall({}, (s) => {
          s.room.lightingW = 500
          Object.assign(s.coolingUnits[0], { capacityKw: 9, fanPowerW: 5000 })
        }),
      ),
    )
    sim.runUntil(3600)
    const w = sim.world
    expect(w.unitLoadW[0]).toBe(9000)
    // Supply = return + ΔT_fan − capacity/(ρc_pV̇): net removal ρc_pV̇·(T_return − T_supply) = 4 kW.
    expect(RHO_CP * 5 * (w.unitReturnC[0] - w.unitSupplyC[0])).toBeCloseTo(4000, 6)
    const hourOneC = w.zone.airC
    sim.runUntil(7200)
    // 210 m³ of air and 20 U × 6 kJ/K of servers (as physics.test.ts): the slope once the masses move together.
    const slopeKPerH = (500 * 3600) / (RHO_CP * 210 + 20 * 6000)
    expect(w.zone.airC - hourOneC).toBeCloseTo(slopeKPerH, 2)
  })
  it('sends the true coil load, fan heat included, to the chilled-water plant', () => {
    const sim = createSimulation(
      parseScenario(
        tinyHall({}, (s) => {
          s.room.lightingW = 500
          s.coolingUnits[0].fanPowerW = 5000
          s.plant = { outdoor: { kind: 'constant', dryBulbC: 30, wetBulbC: 24 } }
        }),
      ),
    )
    sim.runUntil(0)
    // CRAH capacities sum to 50 kW; condenser water = wet bulb 24 °C + 4 K; chilled water leaves at 6.67 °C.
    const chiller = createEirChiller({ ...DOE2_CENTRIFUGAL_5_50COP, refCapacityW: 50_000 })
    expect(sim.world.plantPoint.chillerFraction).toBe(1)
    expect(sim.world.unitCompressorW[0]).toBeCloseTo(chiller.powerW(9500, 6.67, 28), 9)
  })
  it('keeps the energy book over an hour at steady state: removed = (IT + fan + lighting)·3600 s', () => {
    const sim = createSimulation(
      parseScenario(
        tinyHall({}, (s) => {
          s.room.lightingW = 500
          s.coolingUnits[0].fanPowerW = 5000
        }),
      ),
    )
    sim.runUntil(3600)
    expect(sim.world.totals.heatRemovedJ / (9500 * 3600)).toBeCloseTo(1, 9)
    expect(sim.world.totals.heatReleasedJ / (9500 * 3600)).toBeCloseTo(1, 9)
  })
})

describe('the zone integrator with fan heat in its coil lines', () => {
  it('is exact through idle, proportional and capacity in one 1 h step and in 36,000 steps of 0.1 s', () => {
    const params = { airJK: 1.207e6, massJK: 4.6e6, couplingWK: 4.6e6 / 300 }
    const coil: CoilLine = { setpointC: 18, conductanceWK: 8450, capacityW: 60_000, fanHeatW: 7000 }
    // Starts idle (coil load 0 below 18 − 7000/8450 = 17.17 °C) and ends at capacity.
    const start = { airC: 16, massC: 16 }
    const once = advanceZone(start, params, 100_000, [coil], 3600)
    let many = start
    for (let k = 0; k < 36_000; k++) many = advanceZone(many, params, 100_000, [coil], 0.1)
    expect(once.airC).toBeCloseTo(many.airC, 7)
    expect(once.airC).toBeGreaterThan(18 + (60_000 - 7000) / 8450) // it did reach the capacity regime
  })
})
