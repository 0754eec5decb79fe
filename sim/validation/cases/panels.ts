// Validation cases for what the Inspector and Power panels read from the snapshot: the fan rise shown, a rack
// inlet's RH against an independent psychrometric formula, and cooling power by part adding up to the total.
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { COOLING_PARTS } from '../../metrics/frameFigures.ts'
import { HEADER } from '../../metrics/snapshot.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import type { ValidationCase } from '../validationCase.ts'
import { exp } from '../../math/portable.ts'

/** A 5 kW fan moving 5 m³/s of standard air (ρ·c_p = 1.2 · 1006 J/(m³·K), written out). */
const FAN_RISE_K = 5000 / (1.2 * 1006 * 5)

function frameOf(sim: ReturnType<typeof createSimulation>) {
  return sim.snapshot(new Float64Array(sim.layout.length))
}

/** The tiny hall on two CRAHs, one failed at the start, ten minutes on (built once, on demand). */
let failed: { sim: ReturnType<typeof createSimulation>; frame: Float64Array } | undefined
function tinyHallAfterAFailure() {
  if (!failed) {
    const sim = createSimulation(parseScenario(tinyHall({ units: 2 })))
    sim.apply({ type: 'failCoolingUnit', unitId: sim.scenario.coolingUnits[1].id })
    sim.runUntil(600)
    failed = { sim, frame: frameOf(sim) }
  }
  return failed
}

/** Magnus over water (Alduchov & Eskridge 1996: 17.62, 243.12 °C), not the Hyland–Wexler fit the engine uses. */
const magnus = (c: number) => exp((17.62 * c) / (243.12 + c))

export const cases: ValidationCase[] = [
  {
    id: 'panels/fan-rise-shown',
    what: 'Inspector fan temperature rise of a CRAH moving 5 m³/s with a 5 kW fan',
    source:
      'ΔT_fan = P_fan/(ρ·c_p·V̇) = 5000/(1.2·1006·5) K (docs/physics.md#fan-heat-and-the-air-side-first-law)',
    expected: FAN_RISE_K,
    unit: 'K',
    tolerance: { abs: 1e-9 },
    obtained: () => {
      const sim = createSimulation(
        parseScenario(
          tinyHall({}, (s) => Object.assign(s.coolingUnits[0], { airflowM3s: 5, fanPowerW: 5000 })),
        ),
      )
      sim.runUntil(0)
      return frameOf(sim)[sim.layout.unitFanRiseK]
    },
  },
  {
    id: 'panels/inlet-rh-after-failure',
    what: 'Inspector RH of a tiny-hall rack 10 min after one of two CRAHs failed, at its shown dew point and dry bulb',
    source:
      'RH = 100·e_s(T_dew)/e_s(T) with Magnus e_s ∝ exp(17.62·t/(243.12 + t)) (Alduchov & Eskridge 1996)',
    get expected() {
      const { sim, frame } = tinyHallAfterAFailure()
      const i = 1
      const dewC = frame[sim.layout.rackInletDewPointC + i]
      return (100 * magnus(dewC)) / magnus(frame[sim.layout.rackInletC + i])
    },
    unit: '%',
    tolerance: { rel: 0.01 },
    obtained: () => {
      const { sim, frame } = tinyHallAfterAFailure()
      return frame[sim.layout.rackInletRhPct + 1]
    },
  },
  {
    id: 'panels/cooling-parts-sum',
    what: 'Power tab cooling rows (fans, chillers, pumps, tower, UPS room) against the cooling power, same hall and time',
    source:
      'cooling = fans + chillers and compressors + pumps + tower fans + UPS-room cooling ' +
      '(docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories)',
    get expected() {
      return tinyHallAfterAFailure().frame[HEADER.coolingW]
    },
    unit: 'W',
    tolerance: { abs: 1e-6 },
    obtained: () => {
      const { frame } = tinyHallAfterAFailure()
      return COOLING_PARTS.reduce((sum, key) => sum + frame[HEADER[key]], 0)
    },
  },
]
