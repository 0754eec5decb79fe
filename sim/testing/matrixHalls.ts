// Halls with a given recirculation matrix, for tests and validation cases: one rack per server count, and the
// inlets the recirculation solver gives them (docs/physics.md#recirculation-matrix-from-a-survey-or-cfd).
import defaultHall from '../../scenarios/default.json'
import type { RecirculationEntry } from '../model/givenRecirculation.ts'
import { buildRecirculation, recirculatedInlets } from '../model/recirculation.ts'
import { runReport } from '../metrics/report.ts'
import { buildWorld } from '../scenario/build.ts'
import { parseScenario } from '../scenario/parse.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from './tinyHall.ts'

/**
 * The tiny hall with one rack per entry of `serversPerRack` (0.05 m³/s per server, so 10 servers move
 * 0.5 m³/s), racks, …, and `entries` as its measured matrix. The layout's recirculationFraction is
 * set to 0.3 to show that a given matrix replaces it.
 */
export function matrixHall(serversPerRack: number[], entries: RecirculationEntry[]): ScenarioInput {
  return tinyHall({}, (s) => {
    s.room.recirculationFraction = 0.3
    s.rows[0].racks = serversPerRack.map((count) => ({
      count: 1,
      powerBudgetKw: 10,
      servers: count > 0 ? [{ model: 'box', uPosition: 1, count }] : [],
    }))
    s.room.recirculationMatrix = { source: 'hand example', entries }
  })
}

/** Rack inlets (°C) of `input` at the given airflows (m³/s), rack powers (W) and supply to each rack (°C). */
export function matrixInletsC(
  input: ScenarioInput,
  flowsM3s: number[],
  powerW: number[],
  supplyC: number[],
): number[] {
  const rec = buildRecirculation(parseScenario(input), Float64Array.from(flowsM3s))
  const out = new Float64Array(powerW.length)
  recirculatedInlets(rec, Float64Array.from(powerW), Float64Array.from(supplyC), out)
  return Array.from(out)
}

/** scenarios/default.json as JSON, and its layout-derived matrix written out as entries. */
export function defaultHallWithItsLayoutMatrix(): { json: ScenarioInput; entries: RecirculationEntry[] } {
  const json = JSON.parse(JSON.stringify(defaultHall)) as ScenarioInput
  const world = buildWorld(parseScenario(json))
  const ids = world.scenario.racks.map((r) => r.id)
  const n = ids.length
  const entries: RecirculationEntry[] = []
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const fraction = world.recirculation.a[i * n + j]
      if (fraction > 0) entries.push({ from: ids[i], to: ids[j], fraction })
    }
  return { json, entries }
}

/** `json` with `entries` as its room's measured matrix. */
export function withMatrix(json: ScenarioInput, entries: RecirculationEntry[]): ScenarioInput {
  return { ...json, room: { ...json.room, recirculationMatrix: { entries } } }
}

/** Rack inlets (°C) and the run report after `hours` of `input`. */
export function runHours(input: ScenarioInput, hours: number) {
  const sim = createSimulation(parseScenario(input))
  sim.runUntil(hours * 3600)
  return { inletC: Array.from(sim.world.rackInletC), report: runReport(sim) }
}
