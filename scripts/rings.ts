// The rings of the codebase and who may import whom: sim ← telemetry ← workers ← src, with cli and scripts on
// sim alone, and e2e and bench (which drives the built app and the worker API as e2e does) free to use everything. Checked over every import by scripts/rings.test.ts.
import type { ImportEdge } from './importGraph.ts'

/** A top-level folder with source in it; '' is the repository root (its config files). */
export type Ring =
  'sim' | 'telemetry' | 'workers' | 'src' | 'cli' | 'bench' | 'scripts' | 'e2e' | 'test-fixtures' | ''

/** Which rings each ring's files may import by relative path (their own included). */
export const MAY_IMPORT: Readonly<Record<Ring, readonly Ring[]>> = {
  sim: ['sim'],
  telemetry: ['telemetry', 'sim'],
  workers: ['workers', 'telemetry', 'sim'],
  src: ['src', 'workers', 'telemetry', 'sim'],
  // The command line and the build scripts run the engine in Node, as the worker does.
  cli: ['cli', 'sim'],
  // The benchmarks run the engine in Node, time the worker's API and render the built app in Chromium like e2e.
  bench: ['bench', 'e2e', 'src', 'workers', 'telemetry', 'sim'],
  scripts: ['scripts', 'sim'],
  // End-to-end tests drive the built app and check it against the engine, the workers and the scene maths.
  e2e: ['e2e', 'src', 'workers', 'telemetry', 'sim'],
  // Data cut for the tests and the helpers that find it; only tests import them.
  'test-fixtures': ['test-fixtures', 'sim'],
  '': [],
}

/** Tests may also use the shared fixtures and the tools that read the repository itself (the import graph). */
const TEST_EXTRA: readonly Ring[] = ['test-fixtures', 'scripts']

const UI = /^(react|react-dom|three|zustand)(\/|$)|^@react-three\//
const NODE = /^node:/
const TEST_LIBRARY = /^(vitest|fast-check|playwright-core)(\/|$)/
const COMLINK = /^comlink(\/|$)/

/**
 * Packages a ring's production files must not import. sim is pure; telemetry and workers run in a browser
 * worker (no DOM UI, no Node); src runs in the page; the Node rings run the engine without a UI.
 */
const FORBIDDEN_PACKAGES: Readonly<Record<Ring, readonly RegExp[]>> = {
  sim: [UI, COMLINK, NODE, TEST_LIBRARY],
  telemetry: [UI, COMLINK, NODE, TEST_LIBRARY],
  workers: [UI, NODE, TEST_LIBRARY],
  src: [NODE, TEST_LIBRARY],
  cli: [UI, COMLINK],
  // The render benchmark's bare page is plain three.js in the browser, the yardstick the app is measured against.
  bench: [COMLINK],
  scripts: [UI, COMLINK],
  e2e: [],
  'test-fixtures': [],
  '': [],
}

const RING_NAMES = new Set(Object.keys(MAY_IMPORT))

/** The ring a path (from the root, '/'-separated) lies in, or undefined for a folder outside the rings. */
export function ringOf(path: string): Ring | undefined {
  const slash = path.indexOf('/')
  const top = slash < 0 ? '' : path.slice(0, slash)
  return RING_NAMES.has(top) ? (top as Ring) : undefined
}

/** Test files and test support (`testing/` folders, test-fixtures/) may use node:, vitest and other tests' helpers. */
export const isTestCode = (path: string) =>
  /\.test\.tsx?$/.test(path) || path.split('/').includes('testing') || path.startsWith('test-fixtures/')

const isCodePath = (path: string) => /\.tsx?$/.test(path)

/**
 * Test code: isTestCode's files, then every file that only test code imports (a helper beside its tests, such
 * as a CLI spawner), to a fixed point. A file nothing imports is an entry point and stays production code.
 */
export function testCodeIn(edges: readonly ImportEdge[]): Set<string> {
  const importers = new Map<string, Set<string>>()
  for (const e of edges) if (e.to) importers.set(e.to, (importers.get(e.to) ?? new Set()).add(e.from))
  const test = new Set([...edges.map((e) => e.from), ...importers.keys()].filter(isTestCode))
  for (let grew = true; grew;) {
    grew = false
    for (const [file, by] of importers) {
      if (test.has(file) || ![...by].every((f) => test.has(f))) continue
      test.add(file)
      grew = true
    }
  }
  return test
}

/** One line per import that breaks the rings: "file:line: imports 'spec' (target): why". */
export function ringViolations(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = []
  const testCode = testCodeIn(edges)
  for (const edge of edges) {
    const ring = ringOf(edge.from)
    const at = `${edge.from}:${edge.line}: imports '${edge.specifier}'`
    if (ring === undefined) {
      problems.push(`${at}: ${edge.from} is in no ring (add its folder to MAY_IMPORT in scripts/rings.ts)`)
      continue
    }
    const test = testCode.has(edge.from)
    if (edge.to === undefined) {
      if (test) continue
      const rule = FORBIDDEN_PACKAGES[ring].find((pattern) => pattern.test(edge.specifier))
      if (rule) problems.push(`${at}: ${ring || 'the root'} must not import this package (${rule.source})`)
      continue
    }
    // Scenario JSON, CSV and the like are data any ring may read; only code is ringed.
    if (!isCodePath(edge.to)) continue
    const target = ringOf(edge.to)
    const allowed = test ? [...MAY_IMPORT[ring], ...TEST_EXTRA] : MAY_IMPORT[ring]
    if (target === undefined || !allowed.includes(target))
      problems.push(
        `${at} (${edge.to}): ${ring || 'the root'} may import only ${allowed.join(', ') || 'no code'}`,
      )
    else if (!test && testCode.has(edge.to))
      problems.push(`${at} (${edge.to}): production code imports test code`)
  }
  return problems
}
