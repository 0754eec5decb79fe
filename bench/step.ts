// One power + electrical + cooling + thermal step of a hall, timed in Node: the issue-3 budget is 1 ms for large-hall.
import { readFileSync } from 'node:fs'
import { createSimulation, parseScenarioText } from '../sim/index.ts'
import type { Simulation } from '../sim/index.ts'

const STEPS = 400
const ROUNDS = 5
const BUDGET_MS = 1

function load(file: string, failUnits: string[] = []): Simulation {
  const sim = createSimulation(parseScenarioText(readFileSync(file, 'utf8'), file))
  sim.runUntil(3600) // past start-up, with the JIT warmed on the real code paths
  for (const unitId of failUnits) sim.apply({ type: 'failCoolingUnit', unitId })
  return sim
}

// Each advance of stepS runs exactly one physics tick (and every fifth, a workload update as well): the cost a
// running twin pays per simulated minute. Best of several rounds, interleaved across halls.
function msPerStep(sim: Simulation): number {
  const stepS = sim.scenario.stepS
  const t0 = performance.now()
  for (let k = 0; k < STEPS; k++) sim.advance(stepS)
  return (performance.now() - t0) / STEPS
}

/** Prints the per-step cost of each shipped hall beside the 1 ms budget. */
export function stepReport(): string[] {
  // The third row is the expensive case: with two CRAHs down the units' supply temperatures differ, so every
  // step mixes non-uniform supply through the recirculation model as well as the power changes.
  const halls = [
    { label: 'scenarios/default.json', sim: load('scenarios/default.json') },
    { label: 'scenarios/large-hall.json', sim: load('scenarios/large-hall.json') },
    { label: 'large-hall, 2 CRAHs down', sim: load('scenarios/large-hall.json', ['crah-w4', 'crah-w5']) },
  ]
  const best = halls.map(() => Infinity)
  for (let round = 0; round < ROUNDS; round++)
    halls.forEach((h, i) => (best[i] = Math.min(best[i], msPerStep(h.sim))))
  const lines = [
    '== step',
    `one physics step (power, electrical, cooling, thermal), ${STEPS} steps × best of ${ROUNDS}`,
    '',
  ]
  halls.forEach((h, i) => {
    const w = h.sim.world
    const size = `${w.rackCount} racks, ${w.serverCount} servers, ${w.unitCount} units`
    lines.push(`${h.label.padEnd(26)} ${size.padEnd(38)} ${best[i].toFixed(3)} ms/step`)
  })
  const worstMs = Math.max(best[1], best[2])
  const verdict = worstMs <= BUDGET_MS ? 'PASS' : 'MISS'
  lines.push('', `large-hall, worse case / 1 ms = ${worstMs.toFixed(2)}   target ≤ 1   ${verdict}`, '')
  return lines
}
