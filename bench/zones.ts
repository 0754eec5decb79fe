// The large hall's physics step with one air zone per cooling unit beside the one-zone room, measured side by side.
import { readFileSync } from 'node:fs'
import { createSimulation, parseScenarioText } from '../sim/index.ts'
import type { Simulation } from '../sim/index.ts'

const STEPS = 400
const ROUNDS = 5
const BUDGET_MS = 1
const FILE = 'scenarios/large-hall.json'

/** The large hall past start-up, with room.airZones set and the given units failed; how long the failures took. */
function load(airZones: 'single' | 'perUnit', failUnits: string[]): { sim: Simulation; failMs?: number } {
  const spec = JSON.parse(readFileSync(FILE, 'utf8'))
  spec.room.airZones = airZones
  const sim = createSimulation(parseScenarioText(JSON.stringify(spec), FILE))
  sim.runUntil(3600)
  const t0 = performance.now()
  // Each failure records every rack's time to 27/32/35 °C: what a failure costs the UI.
  for (const unitId of failUnits) sim.apply({ type: 'failCoolingUnit', unitId })
  return { sim, failMs: failUnits.length > 0 ? performance.now() - t0 : undefined }
}

/** Per-step cost of the large hall as one zone and as one zone per unit (docs/physics.md#zones-of-influence). */
export function zonesReport(): string[] {
  const down = ['crah-w4', 'crah-w5']
  const halls = [
    { label: 'single', ...load('single', []) },
    { label: 'perUnit', ...load('perUnit', []) },
    { label: 'single, 2 CRAHs down', ...load('single', down) },
    { label: 'perUnit, 2 CRAHs down', ...load('perUnit', down) },
  ]
  const best = halls.map(() => Infinity)
  for (let round = 0; round < ROUNDS; round++)
    halls.forEach((h, i) => {
      const stepS = h.sim.scenario.stepS
      const t0 = performance.now()
      for (let k = 0; k < STEPS; k++) h.sim.advance(stepS)
      best[i] = Math.min(best[i], (performance.now() - t0) / STEPS)
    })
  const lines = ['== zones', `large-hall physics step, ${STEPS} steps × best of ${ROUNDS}, interleaved`, '']
  halls.forEach((h, i) => {
    const fail = h.failMs === undefined ? '' : `   failures with per-rack times ${h.failMs.toFixed(0)} ms`
    lines.push(`${h.label.padEnd(24)} ${best[i].toFixed(3)} ms/step${fail}`)
  })
  const worst = Math.max(best[1], best[3])
  lines.push(
    '',
    `perUnit, worse case / ${BUDGET_MS} ms = ${worst.toFixed(2)}   ${worst <= BUDGET_MS ? 'PASS' : 'MISS'}`,
    '',
  )
  return lines
}
