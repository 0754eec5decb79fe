// What a hall reload costs the worker (workers/simApi.ts `load`, once per drag preview): parse, createSimulation,
// the first settle and the scene layout, per shipped hall (docs/hall.md#reload-cost).
import { readFileSync } from 'node:fs'
import { createSimulation, parseScenarioText, sceneLayout } from '../sim/index.ts'

const HALLS = ['scenarios/default.json', 'scenarios/large-hall.json', 'scenarios/growth.json']
const ROUNDS = 5
const PHASES = ['parse', 'create', 'settle', 'total'] as const
type LoadMs = Record<(typeof PHASES)[number], number>

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

/**
 * The hall's text with its room changed by `k` W of lighting: a different room for every load, so nothing built
 * for an earlier load is reused (sim/model/recirculationCache.ts), as after a rack was moved.
 */
function changed(text: string, k: number): string {
  const doc = JSON.parse(text)
  doc.room.lightingW = (doc.room.lightingW ?? 0) + k
  return JSON.stringify(doc)
}

/** Best of each phase over ROUNDS loads per hall and case, rounds interleaved, after a warm-up load each. */
export function loadReport(): string[] {
  const texts = HALLS.map((file) => readFileSync(file, 'utf8'))
  const cases = HALLS.flatMap((file, i) => [
    { label: `${file}`, file, text: (k: number) => changed(texts[i], k) },
    { label: `  same racks and room`, file, text: () => texts[i] },
  ])
  cases.forEach((c) => loadOnce(c.text(-1), c.file))
  const best = cases.map((): LoadMs => ({
    parse: Infinity,
    create: Infinity,
    settle: Infinity,
    total: Infinity,
  }))
  for (let round = 0; round < ROUNDS; round++)
    cases.forEach((c, i) => {
      const ms = loadOnce(c.text(round), c.file)
      // Each phase's best and the whole's best on their own: the phases need not add up to the total.
      for (const key of PHASES) best[i][key] = Math.min(best[i][key], ms[key])
    })
  const row = (label: string, cells: string[]) =>
    [label.padEnd(28), ...cells.map((c) => c.padStart(8))].join(' ')
  return [
    '== load',
    `a hall reload as the worker's load() does it, ms, best of ${ROUNDS} after a warm-up, interleaved;`,
    'each row a changed room (nothing reused, as after a rack moved), then the same hall again',
    '',
    row('hall', [...PHASES]),
    ...cases.map((c, i) =>
      row(
        c.label,
        PHASES.map((key) => best[i][key].toFixed(1)),
      ),
    ),
    '',
  ]
}
