// Validation cases for the models that predate issue 9's extensions: timing, indices, redundancy, the zone's
// closed form, plant COPs, recirculation and server power. Derivations: docs/physics.md (section per case).
import { buildWorld } from '../../scenario/build.ts'
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { airIndicesOf } from '../../metrics/indices.ts'
import { checkCooling, coolingCapacityOf } from '../../model/coolingRedundancy.ts'
import { createEirChiller, DOE2_CENTRIFUGAL_5_50COP } from '../../model/plant/chiller.ts'
import { mooreCop } from '../../model/plant/cracCop.ts'
import { buildRecirculation, recirculatedInlets } from '../../model/recirculation.ts'
import { catalogCurveW, specPower } from '../../model/serverPower.ts'
import { advanceZone } from '../../model/zone.ts'
import type { ValidationCase } from '../validationCase.ts'

/** Standard air's ρ·c_p, J/(m³·K), written out so the expected values do not lean on the model's constant. */
const RHO_CP = 1.2 * 1006

/** Heat stored over [630 s, 1200 s] over heat released there, with the tiny hall's only unit failed at 630 s. */
function storedOverReleased(): number {
  const sim = createSimulation(parseScenario(tinyHall({}, (s) => ((s.stepS = 600), (s.horizon = '1d')))))
  sim.schedule({ type: 'failCoolingUnit', unitId: 'crah-1' }, 630)
  sim.runUntil(630)
  const before = sim.world.zone
  const heatInW = sim.world.heatInW
  sim.runUntil(1200)
  const { airJK, massJK } = sim.world.zoneParams
  const after = sim.world.zone
  return (airJK * (after.airC - before.airC) + massJK * (after.massC - before.massC)) / (heatInW * 570)
}

/** SHI of two 2 kW racks drawing 1 m³/s beside one CRAH moving 0.8 m³/s, no fan or lighting heat, at 1 h. */
function shiOfStarvedHall(): number {
  const sim = createSimulation(
    parseScenario(
      tinyHall({ racks: 2 }, (s) => {
        s.room.lightingW = 0
        Object.assign(s.coolingUnits[0], { airflowM3s: 0.8, fanPowerW: 0 })
      }),
    ),
  )
  sim.runUntil(3600)
  return airIndicesOf(sim.world).shi
}

/** Inlet of rack 1 of two 2 kW racks, 0.5 m³/s each, sending r = 0.2 of their exhaust back, supply 18 °C. */
function symmetricRecirculationInletC(): number {
  const scenario = parseScenario(tinyHall({ racks: 2 }, (s) => (s.room.recirculationFraction = 0.2)))
  const rec = buildRecirculation(scenario, Float64Array.of(0.5, 0.5))
  const out = new Float64Array(2)
  recirculatedInlets(rec, Float64Array.of(2000, 2000), Float64Array.of(18, 18), out)
  return out[0]
}

export const cases: ValidationCase[] = [
  {
    id: 'timing/failure-between-ticks',
    what: 'Tiny hall at stepS 600, its only CRAH failed at 630 s: share of the heat released from 630 to 1,200 s that the room stores',
    source:
      'First law with no coil running: C_a·ΔT_a + C_m·ΔT_m = Q_in·570 s (physics.md#timing-a-command-acts-from-its-own-time)',
    expected: 1,
    unit: '1',
    tolerance: { abs: 1e-9 },
    obtained: storedOverReleased,
  },
  {
    id: 'indices/shi-unit-moves-80pct',
    what: 'SHI when the only unit moves 0.8 m³/s for racks drawing 1 m³/s (steady state, no recirculation)',
    source: 'Closed form SHI = (V̇_r − V̇_c)/V̇_r from the aisle mass balance and Sharma et al. (2002)',
    expected: (1 - 0.8) / 1,
    unit: '1',
    tolerance: { abs: 1e-9 },
    obtained: shiOfStarvedHall,
  },
  {
    id: 'redundancy/n+1-3x80kW',
    what: 'Heat above which 3 × 80 kW units at N+1 lose redundancy',
    source:
      'C_run − largest unit = 240 − 80 kW (Uptime Tier topology; physics.md#cooling-redundancy-and-ab-feed-subscription)',
    expected: 160_000,
    unit: 'W',
    tolerance: { abs: 0 },
    obtained: () => {
      const world = buildWorld(
        parseScenario(
          tinyHall({ units: 3 }, (s) => {
            s.room.widthM = 40
            s.coolingRedundancy = 'N+1'
            s.coolingUnits.forEach((unit) => (unit.capacityKw = 80))
          }),
        ),
      )
      world.heatInW = 160_001
      return checkCooling(coolingCapacityOf(world)).find((c) => c.kind === 'redundancyLost')?.limitW ?? NaN
    },
  },
  {
    id: 'zone/no-cooling-600s',
    what: 'Room air 600 s after 100 kW starts into 1,000 m³ of air and 4.6 MJ/K of equipment (τ_couple 300 s), no cooling, from 20 °C',
    source:
      'Closed form of the two-node zone: T_a = T_0 + P·t/C + (C_m/C)(P·τ/C_a)(1 − e^(−t/τ)), τ = 62.356 s',
    expected: 34.4244615,
    unit: '°C',
    tolerance: { abs: 1e-6 },
    obtained: () =>
      advanceZone(
        { airC: 20, massC: 20 },
        { airJK: 1.207e6, massJK: 4.6e6, couplingWK: 4.6e6 / 300 },
        100_000,
        [],
        600,
      ).airC,
  },
  {
    id: 'chiller/doe2-centrifugal-full-load',
    what: 'DOE-2 centrifugal chiller (reference COP 5.5) at full load, 6.67 °C chilled water, 29.4 °C condenser water',
    source:
      "COP_ref/EIRFT(6.67, 29.4) = 5.5/0.999088 = 5.505 from the curve set's published coefficients (Modelica Buildings record DOE_2_Centrifugal_5_50COP)",
    expected: 5.505,
    unit: '1',
    tolerance: { abs: 0.005 },
    obtained: () => createEirChiller({ ...DOE2_CENTRIFUGAL_5_50COP, refCapacityW: 1e6 }).cop(1e9, 6.67, 29.4),
  },
  {
    id: 'crac/moore-cop-20C',
    what: 'CRAC coefficient of performance at a 20 °C supply',
    source: 'Moore et al. (USENIX ATC 2005): 0.0068·20² + 0.0008·20 + 0.458',
    expected: 3.194,
    unit: '1',
    tolerance: { abs: 1e-9 },
    obtained: () => mooreCop(20),
  },
  {
    id: 'recirculation/two-equal-racks',
    what: 'Inlet of one of two equal 2 kW racks (0.5 m³/s each) that send 0.2 of their exhaust back to inlets, supply 18 °C',
    source: 'Inlet balance with symmetric shares: T_in = T_sup + r/(1 − r)·P/(ρc_p·V̇) (Tang et al. 2008)',
    expected: 18 + (0.2 / 0.8) * (2000 / (RHO_CP * 0.5)),
    unit: '°C',
    tolerance: { abs: 1e-9 },
    obtained: symmetricRecirculationInletC,
  },
  {
    id: 'server/specpower-x5675-87pct',
    what: 'IBM x3550 M3 (2 × Xeon X5675) at 87 % utilisation, between its 80 % and 90 % SPEC points',
    source: 'SPECpower_ssj2008 result 20110406-00368: 189 W + 0.7 × (205 − 189) W',
    expected: 189 + 0.7 * (205 - 189),
    unit: 'W',
    tolerance: { abs: 1e-9 },
    obtained: () => specPower(catalogCurveW('ibm-system-x3550-m3-2x-xeon-x5675'))(0.87),
  },
]
