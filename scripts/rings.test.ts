// The rings hold over every import of every .ts/.tsx file, relative paths included, and the check would see a break.
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { importGraph, importsOf, sourceFiles, type ImportEdge } from './importGraph.ts'
import { MAY_IMPORT, ringOf, ringViolations } from './rings.ts'

const root = join(import.meta.dirname, '..')
const edge = (from: string, specifier: string, to?: string): ImportEdge => ({
  from,
  specifier,
  to,
  typeOnly: false,
  line: 1,
})

it('reads every kind of import with the TypeScript parser, and none in comments or strings', () => {
  const text = [
    "import { a } from './a.ts'",
    "import type { B } from '../b.ts'",
    "export { c } from './c.ts'",
    "// import { d } from './d.ts'",
    "const e = await import('./e.ts')",
    "let f: typeof import('./f.ts')",
    "const g = new Worker(new URL('./g.worker.ts', import.meta.url))",
    "const h = new URL('./h.json', import.meta.url)",
    'const s = "import x from \'./s.ts\'"',
  ].join('\n')
  expect(importsOf('x.ts', text).map((i) => [i.specifier, i.typeOnly, i.line])).toEqual([
    ['./a.ts', false, 1],
    ['../b.ts', true, 2],
    ['./c.ts', false, 3],
    ['./e.ts', false, 5],
    ['./f.ts', true, 6],
    ['./g.worker.ts', false, 7],
  ])
})

it('catches a sim/ file reaching out by relative path, type-only or not, naming file, line and target', () => {
  const typeOnly = { ...edge('sim/model/zone.ts', '../../workers/simApi.ts', 'workers/simApi.ts'), line: 7 }
  expect(ringViolations([{ ...typeOnly, typeOnly: true }])).toEqual([
    "sim/model/zone.ts:7: imports '../../workers/simApi.ts' (workers/simApi.ts): sim may import only sim",
  ])
})

it('allows each ring inward and refuses it outward', () => {
  const allowed = [
    edge('src/bridge/simClient.ts', '../../workers/sim.worker.ts', 'workers/sim.worker.ts'),
    edge('workers/liveRun.ts', '../telemetry/prometheus.ts', 'telemetry/prometheus.ts'),
    edge('telemetry/message.ts', '../sim/traces/series.ts', 'sim/traces/series.ts'),
    edge('cli/sim.ts', '../sim/index.ts', 'sim/index.ts'),
    edge('bench/render.ts', '../e2e/browser.ts', 'e2e/browser.ts'),
    edge('e2e/fork.test.ts', '../workers/forecastApi.ts', 'workers/forecastApi.ts'),
    edge('src/state/scenarios.ts', '../../scenarios/default.json?raw', 'scenarios/default.json'),
    edge('cli/trace.test.ts', '../sim/testing/tinyHall.ts', 'sim/testing/tinyHall.ts'),
    edge('sim/x.test.ts', 'node:fs'),
    edge('sim/traces/swf.test.ts', '../../test-fixtures/linearTime.ts', 'test-fixtures/linearTime.ts'),
  ]
  expect(ringViolations(allowed)).toEqual([])
  const refused = [
    edge('telemetry/a.ts', '../workers/simApi.ts', 'workers/simApi.ts'),
    edge('workers/a.ts', '../src/state/store.ts', 'src/state/store.ts'),
    edge('cli/a.ts', '../workers/simApi.ts', 'workers/simApi.ts'),
    edge('cli/a.ts', '../src/scene/layout.ts', 'src/scene/layout.ts'),
    edge('sim/a.ts', '../docs/a.ts', 'docs/a.ts'),
    edge('sim/a.ts', './testing/tinyHall.ts', 'sim/testing/tinyHall.ts'),
    edge('sim/traces/swf.ts', '../../test-fixtures/linearTime.ts', 'test-fixtures/linearTime.ts'),
    edge('sim/a.ts', 'node:fs'),
    edge('workers/a.ts', 'three'),
    edge('telemetry/a.ts', '@react-three/fiber'),
    edge('src/a.tsx', 'vitest'),
  ]
  expect(ringViolations(refused).map((p) => p.slice(0, p.indexOf(':')))).toEqual(refused.map((e) => e.from))
})

it('counts a helper only tests import as test code, until production imports it too', () => {
  const helper = edge('cli/spawn.ts', '../sim/testing/tinyHall.ts', 'sim/testing/tinyHall.ts')
  const byTest = edge('cli/sim.test.ts', './spawn.ts', 'cli/spawn.ts')
  expect(ringViolations([helper, byTest])).toEqual([])
  const byMain = edge('cli/sim.ts', './spawn.ts', 'cli/spawn.ts')
  expect(ringViolations([helper, byTest, byMain])).toEqual([
    "cli/spawn.ts:1: imports '../sim/testing/tinyHall.ts' (sim/testing/tinyHall.ts): production code imports test code",
  ])
})

it('knows the ring of every folder that holds source', () => {
  const files = sourceFiles(root)
  expect(files).toContain('workers/simApi.ts')
  expect(files.filter((f) => ringOf(f) === undefined)).toEqual([])
  expect(Object.keys(MAY_IMPORT)).toContain(ringOf('vite.config.ts'))
})

it('finds no import in the repository that breaks the rings', { timeout: 60_000 }, () => {
  const graph = importGraph(root)
  // The walk sees relative imports and worker URLs, or an empty graph would pass vacuously.
  expect(graph).toContainEqual(
    expect.objectContaining({ from: 'src/bridge/simClient.ts', to: 'workers/sim.worker.ts' }),
  )
  expect(graph.filter((e) => e.to !== undefined).length).toBeGreaterThan(500)
  expect(ringViolations(graph)).toEqual([])
})
