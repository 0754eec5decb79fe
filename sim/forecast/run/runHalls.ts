// Halls for the forecast runner's tests, whose binding limit and crossing can be worked by hand.
import type { ScenarioInput } from '../../scenario/schema.ts'
import { parseScenario } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import { ledgerHallInput } from '../ledger/ledgerHalls.ts'

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
