// What a hall reload costs the worker (workers/simApi.ts `load`, once per drag preview): parse, createSimulation,
// the first settle and the scene layout, per shipped hall (docs/hall.md#reload-cost).
import { readFileSync } from 'node:fs'
import { createSimulation, parseScenarioText, sceneLayout } from '../sim/index.ts'

const HALLS = ['scenarios/default.json', 'scenarios/large-hall.json', 'scenarios/growth.json']
const ROUNDS = 5

interface LoadMs {
  parse: number
  create: number
  settle: number
  total: number
}

/** One load as the worker does it, timed by phase (ms). */
function loadOnce(text: string, file: string): LoadMs {
  const t0 = performance.now()
  const scenario = parseScenarioText(text, file)
  const t1 = performance.now()
  const sim = createSimulation(scenario)
  const t2 = performance.now()
  sim.runUntil(sim.nowS)
  sceneLayout(sim.scenario, sim.layout)
  const t3 = performance.now()
  return { parse: t1 - t0, create: t2 - t1, settle: t3 - t2, total: t3 - t0 }
}

/** Best of ROUNDS loads of each hall, rounds interleaved across halls, after one warm-up load each. */
export function loadReport(): string[] {
  const texts = HALLS.map((file) => readFileSync(file, 'utf8'))
  HALLS.forEach((file, i) => loadOnce(texts[i], file))
  const best = HALLS.map(() => ({ parse: Infinity, create: Infinity, settle: Infinity, total: Infinity }))
  for (let round = 0; round < ROUNDS; round++)
    HALLS.forEach((file, i) => {
      const ms = loadOnce(texts[i], file)
      // The best of each phase and of the whole, each on its own: the phases need not add up to the total.
      for (const key of ['parse', 'create', 'settle', 'total'] as const)
        best[i][key] = Math.min(best[i][key], ms[key])
    })
  const cell = (ms: number) => ms.toFixed(1).padStart(9)
  return [
    '== load',
    `a hall reload as the worker's load() does it, ms, best of ${ROUNDS} after a warm-up, interleaved`,
    '',
    `${'hall'.padEnd(26)} ${'parse'.padStart(9)} ${'create'.padStart(9)} ${'settle'.padStart(9)} ${'total'.padStart(9)}`,
    ...HALLS.map(
      (file, i) =>
        `${file.padEnd(26)} ${cell(best[i].parse)} ${cell(best[i].create)} ${cell(best[i].settle)} ${cell(best[i].total)}`,
    ),
    '',
  ]
}
