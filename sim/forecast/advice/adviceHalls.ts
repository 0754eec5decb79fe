// Halls for the advice engine's tests, each crossing one line at a month worked out by hand, with no demand
// uncertainty (every replica is the mean path) so a verification re-run of a few replicas decides alike.
import type { Scenario } from '../../scenario/types.ts'
import { parseScenario } from '../../scenario/parse.ts'
import { chainPatch, ledgerHall, ledgerHallInput } from '../ledger/ledgerHalls.ts'

/**
 * Ten racks of 30 servers drawing 1,000 W each (linear 0–2,000 W at 50 %): 300 kW of heat, no fans, on four
 * 120 kW CRAHs at N+1 (360 kW usable), growing 2 %/month. Cooling crosses at ln(360/300)/ln(1.02) = 9.207
 * months; by month 24 the heat is 300 × 1.02^24 = 482.5 kW, 122.5 kW past 360: two more 120 kW units.
 */
export function coolingHall(): Scenario {
  return ledgerHall({ racks: 10, serversPerRack: 30, units: 4, unitKw: 120, redundancy: 'N+1' }, (s) => {
    s.serverModels[0].power = { kind: 'linear', idleW: 0, maxW: 2000 }
    s.growth = { demand: { kind: 'compound', percentPerMonth: 2 } }
  })
}

/**
 * 240 kW of IT (the cooling hall's racks at 800 W a server) on one modular UPS of 4 × 100 kW at N+1 (300 kW
 * usable) through loss-free PDUs, growing 2 %/month: the UPS crosses at ln(300/240)/ln(1.02) = 11.27 months and
 * carries 240 × 1.02^24 = 385.9 kW by month 24, 85.9 kW past 300: one more 100 kW module.
 */
export function upsModuleHall(): Scenario {
  return parseScenario(upsModuleHallInput())
}

/** upsModuleHall as scenario JSON, with `sigmaPercentPerMonth` of demand uncertainty (0: every replica alike). */
export function upsModuleHallInput(sigmaPercentPerMonth = 0) {
  return ledgerHallInput({ racks: 10, serversPerRack: 30, units: 4, unitKw: 500, redundancy: 'N+1' }, (s) => {
    s.serverModels[0].power = { kind: 'linear', idleW: 0, maxW: 1600 }
    chainPatch({ capacityKw: 400, moduleCount: 4, redundancy: 'N+1' }, 400, false)(s)
    s.growth = { demand: { kind: 'compound', percentPerMonth: 2, sigmaPercentPerMonth } }
  })
}

/**
 * Rack A-01 with 10 servers of 200 W (2 kW) and A-02 … A-04 with 2 each (0.4 kW), all on 2.5 kW budgets and
 * 16 A / 230 V single-phase circuits (2,944 W continuous), growing 3 %/month. A-01 crosses its budget at
 * ln(2.5/2)/ln(1.03) = 7.549 months and reaches 2 × 1.03^24 = 4.066 kW by month 24: past its circuit, so its
 * budget cannot be raised; 1.566 kW over at 406.6 W a server is 4 servers to move, and each other rack has
 * 2.5 − 0.813 = 1.687 kW of headroom.
 */
export function rackMoveHall(): Scenario {
  return ledgerHall({ racks: 4, serversPerRack: 2, units: 2, unitKw: 50, redundancy: 'N' }, (s) => {
    const group = s.rows[0].racks[0]
    group.powerBudgetKw = 2.5
    s.rows[0].racks = [
      { ...group, count: 1, servers: [{ model: 'box', uPosition: 1, count: 10 }] },
      { ...group, count: 3 },
    ]
    chainPatch({ capacityKw: 100, moduleCount: 1, redundancy: 'N' }, 16, false)(s)
    s.growth = { demand: { kind: 'compound', percentPerMonth: 3 } }
  })
}

/**
 * 16 kW of IT (4 racks × 20 servers × 200 W) on two 60 kW CRACs at N+1 supplying 18 °C, no recirculation, growing
 * 1 %/month: every inlet is the 18 °C supply, 9 K under 27 °C, so the setpoint may rise min(3, 9 − 1) = 3 K. A
 * CRAC's CoP (Moore et al. 2005: 0.0068 T² + 0.0008 T + 0.458) goes from 2.6756 at 18 °C to 3.4736 at 21 °C.
 */
export function cracHall(): Scenario {
  return ledgerHall({ racks: 4, serversPerRack: 20, units: 2, unitKw: 60, redundancy: 'N+1' }, (s) => {
    s.coolingUnits = s.coolingUnits.map((u) => ({ ...u, type: 'crac' as const }))
    s.growth = { demand: { kind: 'compound', percentPerMonth: 1 } }
  })
}

/**
 * The cooling hall at 2N with servers of 500 W (150 kW): usable is half of 4 × 120 kW, 240 kW, crossed at
 * ln(240/150)/ln(1.02) = 23.73 months; units are added in pairs, so two, dated the same day.
 */
export function pairHall(): Scenario {
  return ledgerHall({ racks: 10, serversPerRack: 30, units: 4, unitKw: 120, redundancy: 'N' }, (s) => {
    s.coolingRedundancy = '2N'
    s.serverModels[0].power = { kind: 'linear', idleW: 0, maxW: 1000 }
    s.growth = { demand: { kind: 'compound', percentPerMonth: 2 } }
  })
}
