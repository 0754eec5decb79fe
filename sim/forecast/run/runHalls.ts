// Halls for the forecast runner's tests, whose binding limit and crossing can be worked by hand.
import type { ScenarioInput } from '../../scenario/schema.ts'
import { parseScenario } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { ledgerHallInput } from '../ledger/ledgerHalls.ts'
import { symmetricHall } from '../../testing/zoneHalls.ts'

/** IT power of upsHall at scale 1, W: 10 racks × 30 servers × 1,500 W. */
export const UPS_HALL_IT_W = 450_000

/**
 * 10 racks × 30 servers of 0–3,000 W (linear, no idle draw) at a constant 50 %: 450 kW of IT, carried by a
 * single 700 kW UPS (its line's use is the IT power), four 500 kW coolers at N (2 MW) and 500 kW rack budgets,
 * no recirculation: the UPS binds first and by far. `growth` is the scenario's growth section.
 */
export function upsHallInput(growth: ScenarioInput['growth'], patch: (s: ScenarioInput) => void = () => {}) {
  return ledgerHallInput({ racks: 10, serversPerRack: 30, units: 4, unitKw: 500, redundancy: 'N' }, (s) => {
    s.serverModels[0].power = { kind: 'linear', idleW: 0, maxW: 3000 }
    s.electrical = { upsCapacityKw: 700 }
    s.growth = growth
    patch(s)
  })
}

export function upsHall(growth: ScenarioInput['growth'], patch?: (s: ScenarioInput) => void): Scenario {
  return parseScenario(upsHallInput(growth, patch))
}

/**
 * The horizon tests' proportional tiny hall (IT = 3,000 W × scale, constant, no noise, hourly updates) made to
 * cross both an IT and an inlet limit within months: a 4 kW UPS, the CRAH supplying 25 °C and 40 % of the
 * exhaust recirculating, growing 8 %/month. The UPS crosses at ln(4/3)/ln(1.08) = 3.738 months.
 */
export function warmProportionalHall(): Scenario {
  return parseScenario(
    tinyHall({ utilization: 0.5 }, (s) => {
      s.serverModels[0].power = { kind: 'linear', idleW: 0, maxW: 300 }
      s.workload = { kind: 'constant', utilization: 0.5, noiseSd: 0, updateS: 3600 }
      s.coolingUnits[0].supplySetpointC = 25
      s.room.recirculationFraction = 0.4
      s.electrical = { upsCapacityKw: 4 }
      s.growth = { demand: { kind: 'compound', percentPerMonth: 8 } }
    }),
  )
}

/** Cooling units that fail every `mtbfH` hours on average and a chiller that never fails within a forecast. */
const unitsFailing = (mtbfH: number, mttrH: number) => ({
  coolingUnit: { mtbfH, mttrH },
  chiller: { mtbfH: 1e8 },
})

/**
 * Two 60 kW CRAHs at N+1 (design 60 kW) carrying 36 kW (6 racks × 30 servers × 200 W, no fans), growing 5 %
 * a month: all in service the cooling line crosses its 60 kW design limit at ln(60/36)/ln(1.05) = 10.47 months;
 * one unit down leaves 60 kW (redundancy lost), both down leave nothing (over). Units fail every 2,000 h on
 * average and take 100 h to repair: both are down together before month 10.47 in about a third of replicas
 * (2 × 7,645 h / 2,000 h × 100 h / 2,100 h = 0.36 such overlaps expected).
 */
export function twoUnitHall(): Scenario {
  return parseScenario(
    ledgerHallInput({ racks: 6, serversPerRack: 30, units: 2, unitKw: 60, redundancy: 'N+1' }, (s) => {
      s.growth = { demand: { kind: 'compound', percentPerMonth: 5 } }
      s.reliability = unitsFailing(2000, 100)
    }),
  )
}

/**
 * twoUnitHall with flat load (its cooling is never crossed by growth) in which only chillers fail, every 2,000 h
 * for 200 h on average: `chillers` of them with `spares` standby (reliability.chillers, chillerSpares).
 */
export function chillerHall(chillers: number, spares: number): Scenario {
  return parseScenario(
    ledgerHallInput({ racks: 6, serversPerRack: 30, units: 2, unitKw: 60, redundancy: 'N+1' }, (s) => {
      s.reliability = {
        coolingUnit: { mtbfH: 1e8 },
        chiller: { mtbfH: 2000, mttrH: 200 },
        chillers,
        chillerSpares: spares,
      }
    }),
  )
}

/**
 * Two 50 kW CRAHs of 1.5 m³/s at N+1 supplying 22 °C to 8 racks that draw 4 m³/s, flat load: all in service a
 * quarter of every inlet is room air, with one unit down five eighths, which puts the hottest inlet past 27 °C
 * while the remaining unit still carries the heat. Units fail every 2,000 h on average.
 */
export function airflowBoundHall(): Scenario {
  const input = symmetricHall('single')
  input.events = []
  input.coolingRedundancy = 'N+1'
  for (const unit of input.coolingUnits) unit.supplySetpointC = 22
  input.reliability = unitsFailing(2000, 24)
  return parseScenario(input)
}

/**
 * 10 racks × 38 servers × 200 W = 76 kW, every rack on an A/B pair of lossless 100 kW PDUs, each fed by one side
 * of a lossless 2N pair of 200 kW UPS systems, growing 10 %/month: each PDU carries half and would carry all of
 * it with the other out, so its design limit (100 kW less the other half) is reached when the whole load is
 * 100 kW, at ln(100/76)/ln(1.1) = 2.879 months. Cooling (4 × 300 kW) and the 500 kW rack budgets never bind.
 */
export function abPduHall(): Scenario {
  const lossless = { noLoadLossFraction: 0, proportionalLossFraction: 0, squareLossFraction: 0 }
  const ups = (id: string, partnerId: string) =>
    ({ id, capacityKw: 200, redundancy: '2N', partnerId, ...lossless }) as const
  const pdu = (id: string, upsId: string) => ({
    id,
    upsId,
    capacityKw: 100,
    breakerRatingA: 400,
    voltageV: 230,
    phases: 1 as const,
    powerFactor: 1,
    ...lossless,
  })
  return parseScenario(
    ledgerHallInput({ racks: 10, serversPerRack: 38, units: 4, unitKw: 300, redundancy: 'N' }, (s) => {
      delete s.electrical
      s.powerChain = {
        upsSystems: [ups('ups-a', 'ups-b'), ups('ups-b', 'ups-a')],
        pdus: [pdu('pdu-a', 'ups-a'), pdu('pdu-b', 'ups-b')],
        feeds: [{ racks: '*', pduA: 'pdu-a', pduB: 'pdu-b' }],
      }
      s.growth = { demand: { kind: 'compound', percentPerMonth: 10 } }
    }),
  )
}
