// Validation cases for the plant's auxiliaries and the PUE measurement points: pumps, tower fans, UPS-room
// cooling, PUE at the UPS output. Derivations: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { towerSchema } from '../../model/plant/auxiliarySpec.ts'
import { pumpDesign, pumpPoint, waterFlowM3s } from '../../model/plant/pumps.ts'
import { towerFanW } from '../../model/plant/tower.ts'
import type { ValidationCase } from '../validationCase.ts'

/** A pump sized for 100 kW of chilled water at ΔT 6 K against 200 kPa at η 0.7, variable speed. */
const pump = pumpDesign(
  { headKpa: 200, efficiency: 0.7, control: 'variable', minFlowFraction: 0.3 },
  waterFlowM3s(100_000, 6),
)

/** The tiny hall (4 kW IT, 1 kW CRAH fan, 100 kW single UPS) after an hour, pump minimum flow 10 %. */
function tinyHallAfterAnHour() {
  const scenario = tinyHall({}, (s) => (s.plant = { chilledWaterPump: { minFlowFraction: 0.1 } }))
  const sim = createSimulation(parseScenario(scenario))
  sim.runUntil(3600)
  return sim
}

/**
 * The tiny hall on a CRAC (no chilled water) behind two 2N UPS systems and A/B PDUs whose losses are no-load
 * only (0.5 % of rating), so every draw is a hand number; its KPIs after an hour at steady state.
 */
function cracHallOnPdus() {
  const scenario = tinyHall({}, (s) => {
    delete s.electrical
    s.coolingUnits[0].type = 'crac'
    const losses = { noLoadLossFraction: 0.005, proportionalLossFraction: 0, squareLossFraction: 0 }
    const ups = { capacityKw: 100, redundancy: '2N' as const, ...losses }
    const pdu = {
      capacityKw: 50,
      breakerRatingA: 32,
      voltageV: 400,
      phases: 3 as const,
      powerFactor: 0.95,
      ...losses,
    }
    s.powerChain = {
      upsSystems: [
        { id: 'ups-a', partnerId: 'ups-b', ...ups },
        { id: 'ups-b', partnerId: 'ups-a', ...ups },
      ],
      pdus: [
        { id: 'pdu-a', upsId: 'ups-a', ...pdu },
        { id: 'pdu-b', upsId: 'ups-b', ...pdu },
      ],
      feeds: [{ racks: '*', pduA: 'pdu-a', pduB: 'pdu-b' }],
    }
  })
  const sim = createSimulation(parseScenario(scenario))
  sim.runUntil(3600)
  return sim.kpis()
}

/**
 * Its facility power by hand: IT 4000 W; PDU losses 2 × 250 W heat the hall, so the CRAC removes
 * 4000 + 1000 (fan) + 500 = 5500 W at Moore's CoP(18 °C) = 2.6756; UPS losses 2 × 500 W, cooled by the DX unit
 * at COP 3.
 */
const CRAC_HALL_FACILITY_W = 4000 + 1000 + 5500 / 2.6756 + 500 + 1000 + 1000 / 3

export const cases: ValidationCase[] = [
  {
    id: 'plant/chilled-water-flow-100kW-6K',
    what: 'Chilled-water flow that carries 100 kW at a 6 K rise',
    source: 'V̇ = Q/(ρ·c_p·ΔT) = 100000/(998·4186·6), water at 20 °C (NIST Webbook)',
    expected: 3.9895,
    unit: 'L/s',
    tolerance: { abs: 1e-4 },
    obtained: () => waterFlowM3s(100_000, 6) * 1000,
  },
  {
    id: 'plant/pump-design-200kPa',
    what: 'Pump power at design: 3.99 L/s against 200 kPa, wire-to-water efficiency 0.7',
    source: 'P = ρ·g·H·V̇/η = 200000·0.0039895/0.7',
    expected: 1139.85,
    unit: 'W',
    tolerance: { abs: 0.05 },
    obtained: () => pumpPoint(pump, pump.designFlowM3s).powerW,
  },
  {
    id: 'plant/pump-half-flow-affinity',
    what: 'The same variable-speed pump at half flow',
    source: 'Affinity laws, system curve through the origin: P = P_design·(1/2)³ = 1139.85/8',
    expected: 142.48,
    unit: 'W',
    tolerance: { abs: 0.01 },
    obtained: () => pumpPoint(pump, pump.designFlowM3s / 2).powerW,
  },
  {
    id: 'plant/tower-fan-ashrae-90.1',
    what: 'Default tower fan power rejecting 1 MW at design',
    source:
      'ASHRAE 90.1-2010 Table 6.8.1G, axial-fan open tower 38.2 gpm/hp at 95/85/75 °F: 745.7 W/(38.2·1465.4 W) per W',
    expected: 1e6 * (745.7 / (38.2 * 1465.4)),
    unit: 'W',
    tolerance: { rel: 0.005 },
    obtained: () => towerFanW(towerSchema.parse({}), 1e6, 1e6),
  },
  {
    id: 'plant/tiny-hall-chilled-water-flow',
    what: 'Tiny hall, 4 kW IT + 1 kW CRAH fan at steady state: chilled-water flow at 6.67 → 12 °C',
    source: 'First law: coil load = IT + fan = 5 kW; V̇ = 5000/(998·4186·5.33)',
    expected: (5000 / (998 * 4186 * (12 - 6.67))) * 1000,
    unit: 'L/s',
    tolerance: { rel: 1e-6 },
    obtained: () => tinyHallAfterAnHour().world.plantAuxiliaries.chilledWaterFlowM3s * 1000,
  },
  {
    id: 'plant/tiny-hall-ups-room-dx',
    what: 'Tiny hall: draw of the UPS room’s DX unit (COP 3) for the 100 kW UPS’s losses at 4 kW',
    source:
      'WP108 three-term loss: 1333 + 0.0064·4000 + 0.01081·4000²/100000 = 1360.33 W (docs/physics.md#electrical-chain-ups-pdu-and-feeds), / COP 3',
    expected: (1333 + 0.0064 * 4000 + (0.01081 * 4000 * 4000) / 100_000) / 3,
    unit: 'W',
    tolerance: { abs: 0.05 },
    obtained: () => tinyHallAfterAnHour().world.plantAuxiliaries.upsRoomCoolingW,
  },
  {
    id: 'plant/pue-category-3-crac-hall',
    what: 'CRAC hall on 2N UPS and A/B PDUs: PUE with IT at the equipment input (Green Grid category 3)',
    source: 'Hand-summed powers at steady state: (4000 + 1000 + 5500/2.6756 + 500 + 1000 + 1000/3)/4000',
    expected: CRAC_HALL_FACILITY_W / 4000,
    unit: '1',
    tolerance: { abs: 1e-4 },
    obtained: () => cracHallOnPdus().pue,
  },
  {
    id: 'plant/pue-category-1-crac-hall',
    what: 'The same hall: PUE with IT at the UPS output, IT + PDU losses (Green Grid category 1)',
    source: 'Hand-summed powers at steady state: facility / (4000 + 500)',
    expected: CRAC_HALL_FACILITY_W / 4500,
    unit: '1',
    tolerance: { abs: 1e-4 },
    obtained: () => cracHallOnPdus().pueUpsOutput,
  },
]
