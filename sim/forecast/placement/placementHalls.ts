// A hand-checkable hall for the placement tests: five racks of ten 200 W servers (1 U, linear 100–300 W at
// 50 %), a 2 U "big" model drawing 400 W at 50 %, no recirculation and no fan power, so inlets stay at the
// 18 °C supply and every margin is arithmetic on budgets and breakers.
import type { ScenarioInput } from '../../scenario/schema.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { chainPatch } from '../ledger/ledgerHalls.ts'

/** One "big" server's draw at the hall's 50 % utilisation: 200 + 0.5 × (600 − 200) W. */
export const BIG_W = 400

/** One breaker's continuous limit, W: 0.8 × A × 230 V single phase (NEC 210.19(A)). */
export const feedLimitW = (amps: number) => 0.8 * amps * 230

/**
 * Racks A-01…A-05, each 42 U with ten 1 U servers at U1–U10 (2,000 W), budgets 3.59, 10, 6, 6 and 5 kW; A-02
 * is 14 U tall (4 U free). A-04 hangs on 16 A breakers (pdu-c/pdu-d), the others on 32 A (pdu-a/pdu-b), all
 * A/B (ledgerHalls' chain: 5 MW PDUs, no losses). One 500 kW UPS of two modules at N+1; two 100 kW CRAHs at N+1. A growth section with flat demand, so
 * deployments can be appended to it.
 */
export function placementHallInput(): ScenarioInput {
  return tinyHall({ racks: 1, serversPerRack: 10, units: 2, utilization: 0.5 }, (s) => {
    s.room.widthM = 20
    s.serverModels.push({
      id: 'big',
      uHeight: 2,
      power: { kind: 'linear', idleW: 200, maxW: 600 },
      airflowM3s: 0.1,
    })
    const group = (powerBudgetKw: number, uHeight = 42) => ({
      count: 1,
      powerBudgetKw,
      uHeight,
      servers: [{ model: 'box', uPosition: 1, count: 10 }],
    })
    s.rows[0].racks = [group(3.59), group(10, 14), group(6), group(6), group(5)]
    s.coolingRedundancy = 'N+1'
    s.coolingUnits = s.coolingUnits.map((u, j) => ({
      ...u,
      xM: 1 + 8 * j,
      capacityKw: 100,
      airflowM3s: 10,
      fanPowerW: 0,
    }))
    chainPatch({ capacityKw: 500, moduleCount: 2, redundancy: 'N+1' }, 32, true)(s)
    const chain = s.powerChain!
    const weak = chain.pdus.map((p) => ({
      ...p,
      id: p.id.replace(/a$/, 'c').replace(/b$/, 'd'),
      breakerRatingA: 16,
    }))
    chain.pdus.push(...weak)
    chain.feeds = [
      { racks: ['A-01', 'A-02', 'A-03', 'A-05'], pduA: 'pdu-a', pduB: 'pdu-b' },
      { racks: 'A-04', pduA: 'pdu-c', pduB: 'pdu-d' },
    ]
    s.growth = { demand: { kind: 'compound', percentPerMonth: 0 } }
  })
}
