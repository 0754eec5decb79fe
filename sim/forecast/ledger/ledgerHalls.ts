// Hand-checkable halls for the ledger's tests: every server draws 200 W (linear 100–300 W at 50 %), fans and
// recirculation are off, so heat = IT and inlets = the 18 °C supply until the coils saturate.
import { parseScenario } from '../../scenario/parse.ts'
import type { ScenarioInput } from '../../scenario/schema.ts'
import type { Scenario } from '../../scenario/types.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { createOperatingPoint, type OperatingPoint } from './operatingPoint.ts'

/** Each server's draw in these halls, W. */
export const SERVER_W = 200

/**
 * `racks` racks of `serversPerRack` servers (IT = racks × servers × 200 W at scale 1), `units` CRAHs of
 * `unitKw` at 10 m³/s with no fan power, cooling design `redundancy`; budgets of 500 kW per rack and a
 * 10 MW single UPS unless `patch` says otherwise.
 */
export function ledgerHall(options: HallOptions, patch: (s: ScenarioInput) => void = () => {}): Scenario {
  return parseScenario(ledgerHallInput(options, patch))
}

type HallOptions = {
  racks: number
  serversPerRack: number
  units: number
  unitKw: number
  redundancy: 'N' | 'N+1'
}

/** ledgerHall as scenario JSON, for a file the command line reads. */
export function ledgerHallInput(
  options: HallOptions,
  patch: (s: ScenarioInput) => void = () => {},
): ScenarioInput {
  const { racks, serversPerRack, units, unitKw, redundancy } = options
  return tinyHall({ racks, serversPerRack, units, utilization: 0.5 }, (s) => {
    s.room.widthM = 20
    s.rows[0].racks[0].powerBudgetKw = 500
    s.coolingRedundancy = redundancy
    s.coolingUnits = s.coolingUnits.map((u, j) => ({
      ...u,
      xM: 1 + 2.5 * j,
      capacityKw: unitKw,
      airflowM3s: 10,
      fanPowerW: 0,
    }))
    s.electrical = { upsCapacityKw: 10_000 }
    patch(s)
  })
}

/** The hall's operating point at its constant 50 % utilisation. */
export function pointOf(scenario: Scenario): OperatingPoint {
  let servers = 0
  for (const rack of scenario.racks) servers += rack.servers.length
  return createOperatingPoint(scenario, new Float64Array(servers).fill(0.5))
}

/** A power chain of one UPS and PDUs pdu-a (and pdu-b when dual) with breakers of `breakerA` at 230 V 1-phase. */
export function chainPatch(
  ups: { capacityKw: number; moduleCount: number; redundancy: 'N' | 'N+1' },
  breakerA: number,
  dual: boolean,
) {
  return (s: ScenarioInput) => {
    delete s.electrical
    const pdu = (id: string) => ({
      id,
      upsId: 'ups-1',
      capacityKw: 5000,
      breakerRatingA: breakerA,
      voltageV: 230,
      phases: 1 as const,
      powerFactor: 1,
      noLoadLossFraction: 0,
      squareLossFraction: 0,
    })
    s.powerChain = {
      upsSystems: [{ id: 'ups-1', ...ups }],
      pdus: dual ? [pdu('pdu-a'), pdu('pdu-b')] : [pdu('pdu-a')],
      feeds: [{ racks: '*', pduA: 'pdu-a', ...(dual ? { pduB: 'pdu-b' } : {}) }],
    }
  }
}
