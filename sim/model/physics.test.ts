// Hand-computed checks of the v1 physics on the tiny hall: 2 racks × 10 servers at 200 W, 0.5 m³/s per rack.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { heatRemovedW } from '../testing/heatRemoved.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { createEirChiller, DOE2_CENTRIFUGAL_5_50COP } from './plant/chiller.ts'

const settled = (input: ScenarioInput) => {
  const sim = createSimulation(parseScenario(input))
  sim.runUntil(0)
  return sim.world
}
const RISE_K = 2000 / (AIR_HEAT_CAPACITY_J_M3K * 0.5) // 3.314 K across each 2 kW rack

describe('rack temperatures', () => {
  it('without recirculation the inlet is the supply setpoint and the exhaust is ΔT above it', () => {
    const world = settled(tinyHall())
    expect(world.rackPowerW[0]).toBe(2000)
    expect(world.rackInletC[0]).toBeCloseTo(18, 12)
    expect(world.rackExhaustC[0]).toBeCloseTo(18 + RISE_K, 12)
  })
  it('a 20 % own-exhaust share raises the inlet by x/(1−x)·ΔT = 0.25·ΔT', () => {
    const world = settled(tinyHall({}, (s) => (s.room.recirculationFraction = 0.2)))
    expect(world.rackInletC[1]).toBeCloseTo(18 + 0.25 * RISE_K, 10)
  })
  it('when the units move half the air the racks draw, half of every inlet is room air (aisle mass balance)', () => {
    const world = settled(tinyHall({}, (s) => (s.coolingUnits[0].airflowM3s = 0.5)))
    // Supply after the fan is held at 18 °C, so the unit's net removal ρ·c_p·0.5·(T_room − 18) is the
    // IT 4 kW alone (its coil takes the fan's 1 kW too): room air = 18 + 4000 / (ρ·c_p·0.5 m³/s).
    const roomC = 18 + 4000 / (AIR_HEAT_CAPACITY_J_M3K * 0.5)
    expect(world.zone.airC).toBeCloseTo(roomC, 9)
    expect(world.rackInletC[0]).toBeCloseTo((18 + roomC) / 2, 9)
  })
  it('servers that opt in draw 0.4 %/K more above a 23 °C inlet (docs/physics.md#server-power), from the next step on', () => {
    const sim = createSimulation(
      parseScenario(
        tinyHall({}, (s) => {
          s.coolingUnits[0].supplySetpointC = 26
          s.serverModels[0].inletSensitivity = {}
        }),
      ),
    )
    sim.runUntil(60)
    expect(sim.world.rackInletC[0]).toBeCloseTo(26, 9)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(2000 * (1 + 0.004 * 3), 9)
  })
  it('more IT load never lowers an inlet', () => {
    const low = settled(tinyHall({ utilization: 0.3 }, (s) => (s.room.recirculationFraction = 0.1)))
    const high = settled(tinyHall({ utilization: 0.9 }, (s) => (s.room.recirculationFraction = 0.1)))
    for (let i = 0; i < low.rackCount; i++) expect(high.rackInletC[i]).toBeGreaterThan(low.rackInletC[i])
  })
})

describe('cooling and facility power', () => {
  it('a CRAC removes IT + fan heat at steady state, with compressor power load / CoP(18 °C)', () => {
    const world = settled(tinyHall({}, (s) => (s.coolingUnits[0].type = 'crac')))
    expect(heatRemovedW(world)).toBeCloseTo(4000 + 1000, 9) // IT + the unit's own fan, no lighting
    expect(world.unitCompressorW[0]).toBeCloseTo(5000 / (0.0068 * 18 * 18 + 0.0008 * 18 + 0.458), 9)
    const upsLossW = 1333 + 0.0064 * 4000 + (0.01081 * 4000 * 4000) / 100_000
    // CoP(18 °C) = 2.6756; the UPS room's DX unit removes the UPS losses at COP 3; no CRAH, so no pumps or tower.
    expect(world.totals.coolingW).toBeCloseTo(1000 + 5000 / 2.6756 + upsLossW / 3, 1)
    expect(world.totals.facilityW).toBeCloseTo(4000 + world.totals.coolingW + upsLossW, 9)
  })
  it('a CRAH’s heat goes to the chiller at the outdoor condition, or to free cooling when it is cold', () => {
    const warm = settled(
      tinyHall({}, (s) => (s.plant = { outdoor: { kind: 'constant', dryBulbC: 30, wetBulbC: 24 } })),
    )
    const chiller = createEirChiller({ ...DOE2_CENTRIFUGAL_5_50COP, refCapacityW: 50_000 })
    // Condenser water = wet bulb 24 °C + 4 K tower approach; chilled water leaves at 6.67 °C.
    expect(warm.unitCompressorW[0]).toBeCloseTo(chiller.powerW(5000, 6.67, 28), 9)
    expect(warm.plantPoint.chillerFraction).toBe(1)
    const cold = settled(
      tinyHall({}, (s) => (s.plant = { outdoor: { kind: 'constant', dryBulbC: 2, wetBulbC: 0 } })),
    )
    expect(cold.plantPoint.chillerFraction).toBe(0) // 0 + 4 + 1.5 °C ≤ 6.67 °C: the exchanger carries it all
    expect(cold.unitCompressorW[0]).toBe(0)
  })
  it('slows CRAH fans to 110 % of rack airflow and pays the cube of the speed', () => {
    const world = settled(
      tinyHall({}, (s) => (s.plant = { fanControl: 'matchRackAirflow', fanMinSpeedFraction: 0.1 })),
    )
    // Racks draw 1.0 m³/s; the unit is rated 5 m³/s → speed 0.22, fan power 1 kW × 0.22³.
    expect(world.unitFlowFraction[0]).toBeCloseTo(0.22, 12)
    expect(world.unitFanW[0]).toBeCloseTo(1000 * 0.22 ** 3, 9)
  })
  it('past its capacity a unit lets the room warm at (Q_in − capacity)/(C_air + C_equipment)', () => {
    const sim = createSimulation(parseScenario(tinyHall({}, (s) => (s.coolingUnits[0].capacityKw = 4))))
    sim.runUntil(3600)
    const hourOneC = sim.world.zone.airC
    sim.runUntil(7200)
    // 210 m³ of air (253.5 kJ/K) and 20 U × 6 kJ/K of servers; 1 kW more heat than the coil removes.
    const slopeKPerH = (1000 * 3600) / (AIR_HEAT_CAPACITY_J_M3K * 210 + 20 * 6000)
    expect(sim.world.zone.airC - hourOneC).toBeCloseTo(slopeKPerH, 2)
    // At capacity the unit's net removal is capacity − fan heat: supply = room − (4 − 1) kW / (ρ·c_p·5 m³/s).
    expect(sim.world.unitSupplyC[0]).toBeCloseTo(
      sim.world.zone.airC - 3000 / (AIR_HEAT_CAPACITY_J_M3K * 5),
      9,
    )
  })
  it('moves a failed unit’s load to the running one', () => {
    const sim = createSimulation(parseScenario(tinyHall({ units: 2 })))
    sim.runUntil(0)
    const both = [...sim.world.unitLoadW]
    expect(both[0] + both[1]).toBeCloseTo(4000 + 2000, 6) // IT + two 1 kW fans
    sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    sim.runUntil(6 * 3600)
    expect(sim.world.unitLoadW[0]).toBe(0)
    expect(sim.world.unitLoadW[1]).toBeCloseTo(4000 + 1000, 0)
  })
})
