// SHI/RHI, RTI and RCI: the formulas on hand-made arrays, then on worlds whose steady state a mass balance gives.
import { describe, expect, it } from 'vitest'
import { AIR_HEAT_CAPACITY_J_M3K as RHO_CP } from '../model/air.ts'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import {
  airIndicesOf,
  RCI_A1,
  rackCoolingIndexHiPct,
  rackCoolingIndexLoPct,
  rciLimits,
  returnTemperatureIndexPct,
  supplyHeatIndex,
} from './indices.ts'
import { runReport } from './report.ts'

describe('SHI and RHI (Sharma, Bash, Patel 2002)', () => {
  // Supply 18 °C. Rack A: 1 m³/s, in 20, out 30. Rack B: 0.5 m³/s, in 24, out 34.
  // SHI = (1·2 + 0.5·6) / (1·12 + 0.5·16) = 5/20 = 0.25.
  const inletC = Float64Array.of(20, 24)
  const outletC = Float64Array.of(30, 34)
  const flowM3s = Float64Array.of(1, 0.5)

  it('weights each rack by its airflow: SHI 0.25 for the two-rack case', () => {
    expect(supplyHeatIndex(inletC, outletC, 18, flowM3s)).toBeCloseTo(0.25, 12)
  })
  it('weighs racks equally without flows: (2 + 6)/(12 + 16) = 2/7', () => {
    expect(supplyHeatIndex(inletC, outletC, 18)).toBeCloseTo(2 / 7, 12)
  })
  it('is 0 when every inlet gets supply air, and NaN when no rack adds heat', () => {
    expect(supplyHeatIndex([18, 18], [30, 28], 18)).toBe(0)
    expect(supplyHeatIndex([18], [18], 18)).toBeNaN()
  })
})

describe('RTI (Herrlin)', () => {
  it('is (T_return − T_supply)/ΔT_equipment: (28 − 18)/12.5 = 80 %, bypass', () => {
    expect(returnTemperatureIndexPct(28, 18, 12.5)).toBeCloseTo(80, 12)
  })
})

describe('RCI_HI and RCI_LO (Herrlin, INTELEC 2005) with A1 limits 27/32 and 18/15 °C', () => {
  it('takes its limits from the ASHRAE table', () => {
    expect(RCI_A1).toEqual({ maxRecC: 27, maxAllC: 32, minRecC: 18, minAllC: 15 })
    expect(rciLimits('A2')).toEqual({ maxRecC: 27, maxAllC: 35, minRecC: 18, minAllC: 10 })
  })
  it('is 100 % on both sides when all inlets sit at 20 °C', () => {
    const inletC = new Float64Array(10).fill(20)
    expect(rackCoolingIndexHiPct(inletC)).toBe(100)
    expect(rackCoolingIndexLoPct(inletC)).toBe(100)
  })
  it('drops RCI_HI to 90 % when one of 10 inlets is at 32 °C: 1 − 5/(10·5)', () => {
    const inletC = new Float64Array(10).fill(20)
    inletC[3] = 32
    expect(rackCoolingIndexHiPct(inletC)).toBeCloseTo(90, 12)
    expect(rackCoolingIndexLoPct(inletC)).toBe(100)
  })
  it('sums partial over-temperatures: two inlets at 29.5 °C also give 90 %', () => {
    expect(rackCoolingIndexHiPct([29.5, 29.5, 20, 20, 20, 20, 20, 20, 20, 20])).toBeCloseTo(90, 12)
  })
  it('drops RCI_LO to 90 % when one of 10 inlets is at 15 °C: 1 − 3/(10·3)', () => {
    const inletC = new Float64Array(10).fill(20)
    inletC[0] = 15
    expect(rackCoolingIndexLoPct(inletC)).toBeCloseTo(90, 12)
    expect(rackCoolingIndexHiPct(inletC)).toBe(100)
  })
  it('goes on below the allowable limit unclamped: one of 2 inlets at 42 °C gives 1 − 15/10 = −50 %', () => {
    expect(rackCoolingIndexHiPct([42, 20])).toBeCloseTo(-50, 12)
  })
})

/**
 * Tiny halls with no fan or lighting heat, so the coil removes exactly the IT power P and the zone starts (and
 * stays) at its steady state. Each rack: 10 servers × 200 W (50 % of 100–300 W) = 2 kW in 10 × 0.05 = 0.5 m³/s,
 * so ΔT_r = 2000 / (1206 · 0.5) = 3.3135 K. One CRAH at `setpointC` moving `unitM3s`; `r` is the share of each
 * rack's exhaust that returns to inlets (one rack: all of it to its own inlet).
 */
function steadyHall(racks: number, unitM3s: number, r = 0, setpointC = 18) {
  const sim = createSimulation(
    parseScenario(
      tinyHall({ racks }, (s) => {
        s.room.recirculationFraction = r
        s.room.lightingW = 0
        Object.assign(s.coolingUnits[0], { airflowM3s: unitM3s, fanPowerW: 0, supplySetpointC: setpointC })
      }),
    ),
  )
  sim.runUntil(3600)
  return sim
}
const RACK_RISE_K = 2000 / (RHO_CP * 0.5)

describe("SHI, RHI and RTI of a world against the units' supply air (Sharma 2002; Herrlin 2007)", () => {
  it('shows the 20 % room air that units moving 80 % of the rack airflow leave the racks to breathe', () => {
    // Two racks draw 1 m³/s, the unit moves 0.8. Mass balance: the unit removes P = 4 kW, so its return is
    // T_s + 4000/(1206·0.8) = 22.14 °C; the missing 0.2 m³/s comes from that room air, so each inlet is
    // T_s + 0.2·4.1418 = 18.828 °C and each exhaust 3.3135 K above. SHI = 0.8284/(0.8284 + 3.3135) = 0.2,
    // which is the closed form R/V̇_r = (1 − 0.8)/1; RTI = 4.1418/3.3135 = V̇_r/V̇_c = 125 %.
    const sim = steadyHall(2, 0.8)
    const { rackInletC, rackExhaustC, rackAirflowM3s, rackSupplyC, unitSupplyC } = sim.world
    const returnRiseK = 4000 / (RHO_CP * 0.8)
    const inletRiseK = 0.2 * returnRiseK
    expect(inletRiseK / (inletRiseK + RACK_RISE_K)).toBeCloseTo(0.2, 12)
    expect(Array.from(rackInletC)).toEqual(
      [18 + inletRiseK, 18 + inletRiseK].map((c) => expect.closeTo(c, 9)),
    )
    // The defining sum, by hand from the world's temperatures, against the unit's 18 °C supply.
    let deltaQ = 0
    let total = 0
    for (let i = 0; i < 2; i++) {
      deltaQ += rackAirflowM3s[i] * (rackInletC[i] - unitSupplyC[0])
      total += rackAirflowM3s[i] * (rackExhaustC[i] - unitSupplyC[0])
    }
    const air = airIndicesOf(sim.world)
    expect(air.shi).toBeCloseTo(deltaQ / total, 12)
    expect(air.shi).toBeCloseTo(0.2, 9)
    expect(air.rhi).toBeCloseTo(0.8, 9)
    expect(air.rtiPct).toBeCloseTo(125, 9)
    // Referenced to the air the racks receive (room air already mixed in), SHI read 0 here: the defect.
    expect(supplyHeatIndex(rackInletC, rackExhaustC, rackSupplyC[0], rackAirflowM3s)).toBeCloseTo(0, 12)
    expect(runReport(sim).thermal).toMatchObject({
      shi: expect.closeTo(0.2, 9),
      rhi: expect.closeTo(0.8, 9),
      rtiPct: expect.closeTo(125, 9),
      rciHiPct: 100,
      rciLoPct: 100,
    })
  })

  it("is 0 with RTI 100 % and RCI 100 % when the unit moves exactly the racks' air and nothing recirculates", () => {
    const air = airIndicesOf(steadyHall(2, 1).world)
    expect(air.shi).toBeCloseTo(0, 12)
    expect(air.rtiPct).toBeCloseTo(100, 9)
    expect([air.rciHiPct, air.rciLoPct]).toEqual([100, 100])
  })

  it('reads bypass as RTI below 100 %: a unit moving 2 m³/s for 1 m³/s of racks gives 50 %, SHI 0', () => {
    const air = airIndicesOf(steadyHall(2, 2).world)
    expect(air.shi).toBeCloseTo(0, 12)
    expect(air.rtiPct).toBeCloseTo(50, 9)
  })

  it("adds the rack's own recirculated exhaust: one rack, r = 0.1 of its exhaust back, unit at 80 %", () => {
    // Inlet = (1 − r)·rack supply + r·exhaust, so T_in − T_rs = r/(1 − r)·ΔT_r = 0.3682 K on top of the
    // 0.2·ΔT_r/0.8 = 0.8284 K of room air: SHI = (0.25 + 1/9)/(1.25 + 1/9) = 0.26531 (ΔT_r cancels).
    const sim = steadyHall(1, 0.4, 0.1)
    const riseK = 0.25 * RACK_RISE_K + RACK_RISE_K / 9
    expect(sim.world.rackInletC[0]).toBeCloseTo(18 + riseK, 9)
    const air = airIndicesOf(sim.world)
    expect(air.shi).toBeCloseTo((0.25 + 1 / 9) / (1.25 + 1 / 9), 9)
    expect(air.rtiPct).toBeCloseTo(125, 9)
  })

  it('gives RCI_HI from the inlet over 27 °C: setpoint 26 °C in the same hall, 1 − 0.1965/5 = 96.07 %', () => {
    const air = airIndicesOf(steadyHall(1, 0.4, 0.1, 26).world)
    const overK = 26 + 0.25 * RACK_RISE_K + RACK_RISE_K / 9 - 27
    expect(overK).toBeCloseTo(0.19653, 4)
    expect(air.rciHiPct).toBeCloseTo((1 - overK / 5) * 100, 9)
    expect(air.rciLoPct).toBe(100)
  })

  it('has no SHI or RTI with no unit running: NaN here, null in the report', () => {
    const sim = steadyHall(2, 1)
    sim.schedule({ type: 'failCoolingUnit', unitId: 'crah-1' }, 3600)
    sim.runUntil(3660)
    expect(airIndicesOf(sim.world).shi).toBeNaN()
    expect(runReport(sim).thermal).toMatchObject({ shi: null, rhi: null, rtiPct: null })
  })
})
