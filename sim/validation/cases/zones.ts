// Validation cases for the zones of influence: closed forms of two mixing zones, a fine-step reference, the
// symmetric hall against the one-zone room, the heat book, and which rack a failure reaches first
// (docs/physics.md#zones-of-influence).
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { advanceZones, steadyZones, storedHeatJ } from '../../model/zones/advanceZones.ts'
import type { ZoneCoil } from '../../model/zones/zoneSystem.ts'
import { heatRemovedW } from '../../testing/heatRemoved.ts'
import {
  handLayout,
  longHall,
  OFF_COIL,
  symmetricHall,
  threeZones,
  zonalState,
} from '../../testing/zoneHalls.ts'
import type { ValidationCase } from '../validationCase.ts'
import { exp } from '../../math/portable.ts'

const off = OFF_COIL

// Two zones, C1 = 200 kJ/K and C2 = 600 kJ/K of air, mixing G = 2,000 W/K, 30 kW into zone 1, no equipment.
const [C1, C2, G, Q] = [2e5, 6e5, 2000, 30_000]
const twoZones = handLayout([C1, C2], [1e6, 1e6], [0, 0], [0, G, G, 0])
const tauS = 1 / (G * (1 / C1 + 1 / C2)) // 75 s
const meanAt75C = 20 + (Q * 75) / (C1 + C2)
const gapAt75K = (Q / (C1 * G * (1 / C1 + 1 / C2))) * (1 - exp(-75 / tauS))

/** Zone 2 (its unit failed) of three, at 1,200 s, against RK4 at 0.005 s (advanceZones.test.ts's rk4). */
function failedZoneAt1200C(): number {
  const { layout, coils, heatW, start } = threeZones()
  return advanceZones(start, layout, heatW, coils, 1200, new Map()).airC[1]
}

/** |zone 1 − one-zone room| air, K, at 3,600 s in the symmetric hall (a setpoint step at 1,800 s). */
function symmetricGapK(): number {
  const one = createSimulation(parseScenario(symmetricHall('single')))
  const two = createSimulation(parseScenario(symmetricHall('perUnit')))
  one.runUntil(3600)
  two.runUntil(3600)
  return Math.abs(two.world.zones!.state.airC[0] - one.world.zone.airC)
}

/** (books − coils sampled each second) / books over 20 min after crah-1 fails in the long hall. */
function heatBookGap(): number {
  const sim = createSimulation(parseScenario(longHall('perUnit')))
  sim.runUntil(600)
  const removed0 = sim.world.totals.heatRemovedJ
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
  let sampledJ = 0
  for (let s = 600; s < 1800; s++) {
    sampledJ += heatRemovedW(sim.world)
    sim.runUntil(s + 1)
  }
  const removedJ = sim.world.totals.heatRemovedJ - removed0
  return (removedJ - sampledJ) / removedJ
}

/** Books: removed − (released − stored) over the same 20 min, J. */
function heatBookResidualJ(): number {
  const sim = createSimulation(parseScenario(longHall('perUnit')))
  sim.runUntil(600)
  const t = sim.world.totals
  const [released0, removed0] = [t.heatReleasedJ, t.heatRemovedJ]
  const zones = sim.world.zones!
  const before = zonalState([...zones.state.airC], [...zones.state.massC])
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
  sim.runUntil(1800)
  return (
    t.heatRemovedJ - removed0 - (t.heatReleasedJ - released0 - storedHeatJ(zones.layout, before, zones.state))
  )
}

/** The index of the first rack to reach 27 °C after crah-1 fails in the long hall. */
function firstRackIndex(): number {
  const sim = createSimulation(parseScenario(longHall('perUnit')))
  sim.runUntil(600)
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
  const at27 = sim.failures[0].rackTimeToLimitS[0].map((s) => s ?? Infinity)
  return at27.indexOf(Math.min(...at27))
}

/** Seconds from crah-1's failure at 630 s in the long hall (zones) until rack 10 reaches 32 °C, run at `stepS`. */
function rack10To32S(stepS: number): number {
  const sim = createSimulation(parseScenario({ ...longHall('perUnit'), stepS }))
  sim.schedule({ type: 'failCoolingUnit', unitId: 'crah-1' }, 630)
  sim.runUntil(631)
  return sim.failures[0].rackTimeToLimitS[1][10] ?? NaN
}

export const cases: ValidationCase[] = [
  {
    id: 'zones/two-zones-mixing-75s',
    what: 'Air of zone 1 of two (200 and 600 kJ/K, mixing 2 kW/K) 75 s after 30 kW starts into zone 1, from 20 °C',
    source:
      'Closed form: mean rises Q·t/(C1 + C2); the gap relaxes to Q/(C1·G·(1/C1 + 1/C2)) with τ = 1/(G·(1/C1 + 1/C2)); T1 = mean + C2/(C1 + C2)·gap',
    expected: meanAt75C + (C2 / (C1 + C2)) * gapAt75K,
    unit: '°C',
    tolerance: { abs: 1e-9 },
    obtained: () =>
      advanceZones(zonalState([20, 20], [20, 20]), twoZones, Float64Array.of(Q, 0), [off, off], 75, new Map())
        .airC[0],
  },
  {
    id: 'zones/uncooled-zone-steady',
    what: 'Steady air of a zone with no running unit, 30 kW, beside a zone whose unit (8 kW/K, 20 °C) removes it through 2 kW/K of mixing',
    source: 'Steady state by hand: T2 = 20 + 30000/8000 = 23.75 °C, T1 = T2 + 30000/2000 = 38.75 °C',
    expected: 38.75,
    unit: '°C',
    tolerance: { abs: 1e-9 },
    obtained: () => {
      const layout = handLayout([2e5, 6e5], [3e6, 3e6], [1e4, 1e4], [0, 2000, 2000, 0])
      const coil: ZoneCoil = { setpointC: 20, conductanceWK: 8000, capacityW: 1e6, fanHeatW: 0 }
      return steadyZones(layout, Float64Array.of(30_000, 0), [off, coil], 20, new Map()).airC[0]
    },
  },
  {
    id: 'zones/three-zones-rk4',
    what: 'Air of the zone whose unit failed, of three (one idle → proportional, one reaching capacity), 1,200 s on',
    source: 'Fine-step reference: classical RK4 at 0.005 s of the same equations (28.691916188 °C)',
    expected: 28.691916188,
    unit: '°C',
    tolerance: { abs: 1e-6 },
    obtained: failedZoneAt1200C,
  },
  {
    id: 'zones/symmetric-hall-equals-one-zone',
    what: 'Two identical units with symmetric racks: zone air minus the one-zone room air, 30 min after a setpoint step',
    source:
      'Symmetry: equal zones never exchange heat, so the pair is the one-zone room (physics.md#zones-of-influence)',
    expected: 0,
    unit: 'K',
    tolerance: { abs: 1e-9 },
    obtained: symmetricGapK,
  },
  {
    id: 'zones/heat-book-exact',
    what: 'Heat removed minus (released − stored in every zone), 20 min after a unit fails in a three-zone hall',
    source: 'First law over the zones: removed = released − Σ_j (C_a,j·ΔT_j + C_m,j·ΔM_j)',
    expected: 0,
    unit: 'J',
    tolerance: { abs: 1e-3 },
    obtained: heatBookResidualJ,
  },
  {
    id: 'zones/heat-book-vs-coils',
    what: 'Relative gap between the heat book and the coils’ load sampled every second over the same 20 min',
    source: 'Fine-step reference: Σ coil load × 1 s (rectangle rule; the loads move only at the 60 s ticks)',
    expected: 0,
    unit: '1',
    tolerance: { abs: 0.002 },
    obtained: heatBookGap,
  },
  {
    id: 'zones/failed-unit-racks-first',
    what: 'Which of 40 racks in a row reaches 27 °C first after the unit at its west end fails (index from the west)',
    source:
      'Layout: rack 0 stands 2.3 m from the failed unit, the nearest of all (physics.md#zones-of-influence)',
    expected: 0,
    unit: '1',
    tolerance: { abs: 0 },
    obtained: firstRackIndex,
  },
  {
    id: 'zones/failure-between-ticks-step300',
    what: 'Three-zone hall at stepS 300, crah-1 failed at 630 s (between ticks): seconds until rack 10 reaches 32 °C',
    source:
      'Fine-step reference: the same run at stepS 1 (1,158.2 s; physics.md#timing-a-command-acts-from-its-own-time)',
    expected: 1158.2,
    unit: 's',
    tolerance: { rel: 0.01 },
    obtained: () => rack10To32S(300),
  },
]
