// Halls for the horizon tests: the tiny hall with a load whose IT power and crossings can be worked by hand.
import { parseScenario } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { tinyHall } from '../../testing/tinyHall.ts'

/**
 * 2 racks × 10 servers of 0–300 W (linear, no idle draw) at a constant 50 % and no noise: IT = 3000 W × scale
 * while the utilisation 0.5 × scale stays below 1. Updated hourly, so a run of months stays cheap.
 */
export function proportionalHall(): Scenario {
  return parseScenario(
    tinyHall({ utilization: 0.5 }, (s) => {
      s.serverModels[0].power = { kind: 'linear', idleW: 0, maxW: 300 }
      s.workload = { kind: 'constant', utilization: 0.5, noiseSd: 0, updateS: 3600 }
    }),
  )
}

/**
 * The tiny hall made to run hot: a 6 kW CRAH (the coil reaches its capacity at the afternoon peak once the
 * load has grown), 10 % recirculation, a diurnal load with per-rack noise every 5 minutes.
 */
export function hotDiurnalHall(): Scenario {
  return parseScenario(
    tinyHall({}, (s) => {
      s.coolingUnits[0].capacityKw = 6
      s.room.recirculationFraction = 0.1
      s.workload = {
        kind: 'diurnal',
        meanUtilization: 0.45,
        amplitude: 0.15,
        peakHourUtc: 15,
        noiseSd: 0.03,
        updateS: 300,
      }
    }),
  )
}
