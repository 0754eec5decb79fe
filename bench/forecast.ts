// The Monte Carlo budget: `npm run sim -- forecast` on the large hall, one thread against a worker pool, side by side.
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'

// Issue 10's targets (docs/forecast.md#long-horizons-method-and-proof): 100 replicas × 24 months of the large
// hall within 60 s on a 2-core machine, and 2 workers at least 1.8× one thread.
const BUDGET_S = 60
const SPEEDUP_TARGET = 1.8
const SCENARIO = 'scenarios/large-hall.json'
// PLENUM_BENCH_FORECAST_REPLICAS and _MONTHS shrink the run for a quick look; the targets hold for 100 × 24.
const REPLICAS = Number(process.env.PLENUM_BENCH_FORECAST_REPLICAS ?? 100)
const MONTHS = Number(process.env.PLENUM_BENCH_FORECAST_MONTHS ?? 24)
const WORKERS = Number(process.env.PLENUM_BENCH_FORECAST_WORKERS ?? 2)

interface Timed {
  label: string
  wallS: number
  /** CPU seconds (user + system) of the command and its threads, and its peak resident memory. */
  cpuS: number
  maxRssMb: number
  /** The 1-minute load average when it ended: what else the shared box ran meanwhile. */
  loadAfter: number
  stdout: string
}

/**
 * Runs the command line as a user would (a fresh process: tsx start-up, plan and pool included), under
 * GNU time for its CPU seconds and peak memory, which Node does not report for a child.
 */
function runCli(workers: number, advice: boolean): Timed {
  const args = ['forecast', SCENARIO, '--months', `${MONTHS}`, '--replicas', `${REPLICAS}`, '--json']
  if (workers > 1) args.push('--workers', `${workers}`)
  if (!advice) args.push('--no-advice')
  const marker = '@@time '
  const t0 = performance.now()
  const out = spawnSync(
    '/usr/bin/time',
    ['-f', `${marker}%U %S %M`, 'node_modules/.bin/tsx', 'cli/sim.ts', ...args],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const wallS = (performance.now() - t0) / 1000
  if (out.status !== 0) throw new Error(`forecast --workers ${workers} exited ${out.status}: ${out.stderr}`)
  const timeLine = out.stderr.split('\n').find((l) => l.startsWith(marker))
  const [userS, sysS, rssKb] = (timeLine ?? `${marker}NaN NaN NaN`)
    .slice(marker.length)
    .split(' ')
    .map(Number)
  const label = `${workers === 1 ? 'one thread' : `${workers} workers`}${advice ? ' + advice' : ''}`
  return {
    label,
    wallS,
    cpuS: userS + sysS,
    maxRssMb: rssKb / 1024,
    loadAfter: loadavg()[0],
    stdout: out.stdout,
  }
}

function commit(): string {
  const out = spawnSync('git', ['log', '-1', '--format=%h %cI %s'], { encoding: 'utf8' })
  return out.status === 0 ? out.stdout.trim().slice(0, 110) : 'unknown commit'
}

/**
 * The Monte Carlo alone (--no-advice) on one thread, then on the pool, timed end to end (the two documents must
 * be the same bytes); then one thread with the provisioning advice, which re-runs replicas after the summary.
 */
export function forecastReport(): string[] {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
  const lines = [
    '== forecast',
    `npm run sim -- forecast ${SCENARIO} --months ${MONTHS} --replicas ${REPLICAS} --json [--workers ${WORKERS}] [--no-advice]`,
    `working tree at ${commit()}`,
    `load average before: ${load} (the box is shared: other work slows both runs and the ratio)`,
    '',
  ]
  const one = runCli(1, false)
  const pool = runCli(WORKERS, false)
  const advised = runCli(1, true)
  for (const r of [one, pool, advised])
    lines.push(
      `  ${r.label.padEnd(21)}  ${r.wallS.toFixed(1).padStart(6)} s wall  ${r.cpuS.toFixed(1).padStart(6)} s CPU  ${r.maxRssMb.toFixed(0).padStart(5)} MB peak  load ${r.loadAfter.toFixed(1)}  ${r.wallS <= BUDGET_S ? 'within' : 'OVER'} ${BUDGET_S} s`,
    )
  const ratio = one.wallS / pool.wallS
  lines.push(
    `  speed-up ${ratio.toFixed(2)}× (target ≥ ${SPEEDUP_TARGET}): ${ratio >= SPEEDUP_TARGET ? 'PASS' : 'MISS'}`,
    // On a busy box wall time measures the neighbours; CPU seconds do not. The pool's CPU spread evenly over its
    // workers is the best its wall time could be, so this ratio bounds the speed-up an idle box would show.
    `  from CPU seconds: at most ${(one.cpuS / (pool.cpuS / WORKERS)).toFixed(2)}× on an idle box`,
    `  same --json bytes from both: ${one.stdout === pool.stdout ? 'yes' : 'NO'}`,
    '',
  )
  return lines
}
