// Benchmark entry for `npm run bench [-- name…]`: warms up, times each benchmark's engines side by side, prints.
import { createRequire } from 'node:module'
import { createMmcBench } from './mmc.ts'
import { stepReport } from './step.ts'
import { liveReport } from './live.ts'
import { zonesReport } from './zones.ts'
import { horizonReport } from './horizon.ts'
import { hallYearReport } from './hallYear.ts'
import { forecastReport } from './forecast.ts'
import { loadReport } from './load.ts'
import { loadKernelsReport } from './loadKernels.ts'
import { renderReport } from './render.ts'

/** What one engine run reports: events processed and the workload's own result (e.g. a mean wait). */
export interface RunResult {
  events: number
  value: number
}

/** The fastest timed run of one engine. */
export interface TimedRow extends RunResult {
  engine: string
  wallS: number
}

/** One workload run several ways, with what to print around the timing table. */
export interface Bench {
  header: string[]
  /** Column title for `RunResult.value`. */
  valueLabel: string
  engines: { name: string; run: () => RunResult }[]
  /** The value every engine should approach (e.g. an analytic result), within a relative `tolerance`. */
  reference: { label: string; value: number; tolerance: number; why: string }
  /** True when engines compute the same thing from the same draws, so their values must agree exactly. */
  sameValues: boolean
  /** Speed targets: events/s of `engines[ours]` over events/s of `engines[other]` should reach `atLeast`. */
  targets: { label: string; ours: number; other: number; atLeast: number }[]
}

// Just the corner of SIM.JS's untyped API that the benchmarks touch.
type Timer = { done(callback: () => void): Timer }
type Facility = { queueStats(): { durationSeries: { average(): number } } }
type Entity = { setTimer(delayS: number): Timer; useFacility(f: Facility, durationS: number): void }
type Sim = { time(): number; addEntity(k: new (sim: Sim) => Entity): Entity; simulate(endS: number): void }
type SimJs = {
  Sim: new () => Sim
  Entity: new (sim: Sim) => Entity
  Facility: (new (name: string, discipline: number, servers: number) => Facility) & { FCFS: number }
}

/** SIM.JS, the reference engine benchmarks compare against, and a fresh simulation with one timer entity. */
export interface SimJsContext {
  lib: SimJs
  version: string
  create(): { sim: Sim; entity: Entity }
}

// SIM.JS's npm build is a browserify bundle that exports nothing to Node: it only sets `window.Sim`.
function loadSimJs(): SimJsContext {
  const require = createRequire(import.meta.url)
  const g = globalThis as { window?: { Sim?: SimJs } }
  g.window = {}
  require('simjs')
  const lib = g.window.Sim
  delete g.window
  if (!lib) throw new Error('simjs did not register window.Sim')
  // addEntity insists on a start() method; this entity only owns timers.
  const Host = class extends lib.Entity {
    start() {}
  }
  const { version } = require('simjs/package.json') as { version: string }
  return {
    lib,
    version,
    create() {
      const sim = new lib.Sim()
      return { sim, entity: sim.addEntity(Host) }
    },
  }
}

// Add new benchmarks here; `npm run bench -- mmc` runs only the named ones.
const benches: { name: string; create: (simJs: SimJsContext) => Bench }[] = [
  { name: 'mmc', create: (simJs) => createMmcBench(simJs) },
]
// Benchmarks that time and print themselves (no engine-vs-engine table).
const reports: { name: string; run: () => string[] | Promise<string[]> }[] = [
  { name: 'step', run: stepReport },
  { name: 'live', run: liveReport },
  { name: 'zones', run: zonesReport },
  { name: 'horizon', run: horizonReport },
  { name: 'hallYear', run: hallYearReport },
  { name: 'forecast', run: forecastReport },
  { name: 'load', run: () => [...loadReport(), ...loadKernelsReport()] },
  // Headless Chromium on the production build: docs/performance.md.
  { name: 'render', run: renderReport },
]

const ROUNDS = 5

// One untimed run per engine lets the JIT settle; rounds are interleaved so a burst of load on a shared
// machine hits every engine alike, and the best round is the least disturbed estimate of each.
function time(bench: Bench): TimedRow[] {
  for (const e of bench.engines) e.run()
  const rows = bench.engines.map((e): TimedRow => ({
    engine: e.name,
    wallS: Infinity,
    events: 0,
    value: NaN,
  }))
  for (let round = 0; round < ROUNDS; round++) {
    bench.engines.forEach((e, i) => {
      const t0 = performance.now()
      const result = e.run()
      const wallS = (performance.now() - t0) / 1000
      if (wallS < rows[i].wallS) rows[i] = { engine: e.name, wallS, ...result }
    })
  }
  return rows
}

function table(bench: Bench, rows: TimedRow[]): string[] {
  const width = Math.max(...rows.map((r) => r.engine.length))
  const cells = (engine: string, ...rest: string[]) =>
    [engine.padEnd(width), ...rest.map((c, i) => c.padStart([8, 11, 12, 12][i] ?? 0))].join('  ')
  return [
    cells('engine', 'wall s', 'events', 'events/s', bench.valueLabel, `  vs ${bench.reference.label}`),
    ...rows.map((r) => {
      const err = r.value / bench.reference.value - 1
      const verdict = Math.abs(err) <= bench.reference.tolerance ? 'ok' : 'OFF'
      return cells(
        r.engine,
        r.wallS.toFixed(3),
        r.events.toLocaleString('en-US'),
        Math.round(r.events / r.wallS).toLocaleString('en-US'),
        r.value.toFixed(6),
        `  ${err >= 0 ? '+' : ''}${(err * 100).toFixed(2)} % ${verdict}`,
      )
    }),
  ]
}

function checks({ reference, sameValues }: Bench, rows: TimedRow[]): string[] {
  const lines = [`${reference.label} tolerance ±${reference.tolerance * 100} %: ${reference.why}`]
  if (sameValues) {
    const agree = rows.every((r) => Math.abs(r.value / rows[0].value - 1) < 1e-9)
    lines.push(`Same draws in every engine, so the values must agree: ${agree ? 'yes' : 'NO'}`)
  }
  return lines
}

function targets(bench: Bench, rows: TimedRow[]): string[] {
  const perS = (row: TimedRow) => row.events / row.wallS
  const width = Math.max(...bench.targets.map((t) => t.label.length))
  return bench.targets.map(({ label, ours, other, atLeast }) => {
    const ratio = perS(rows[ours]) / perS(rows[other])
    const verdict = ratio >= atLeast ? 'PASS' : 'MISS'
    return `${label.padEnd(width)} = ${ratio.toFixed(2).padStart(5)}   target ≥ ${String(atLeast).padEnd(3)}   ${verdict}`
  })
}

const only = process.argv.slice(2)
const known = [...benches, ...reports].map((b) => b.name)
const unknown = only.filter((name) => !known.includes(name))
if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${known.join(', ')}`)
const simJs = loadSimJs()
for (const { name, create } of benches) {
  if (only.length > 0 && !only.includes(name)) continue
  const bench = create(simJs)
  const rows = time(bench)
  const lines = [
    `== ${name}`,
    ...bench.header,
    `best of ${ROUNDS} timed rounds after one warm-up run each`,
    '',
  ]
  const after = [...checks(bench, rows), ...targets(bench, rows)]
  console.log([...lines, ...table(bench, rows), '', ...after, ''].join('\n'))
}
for (const { name, run } of reports)
  if (only.length === 0 || only.includes(name)) console.log((await run()).join('\n'))
