// The twin follows a real Prometheus (Debian's package, scraping this test's exporter every second) through a
// SIGTERM and restart: every point the server holds drives or shadows the twin once, none late, none lost.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseScenario } from '../sim/index.ts'
import type { Measurement } from '../sim/index.ts'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { sleep, startTestPrometheus, until } from '../telemetry/testing/prometheusServer.ts'
import type { TestPrometheus } from '../telemetry/testing/prometheusServer.ts'
import { startLiveRun } from './liveRun.ts'
import type { LiveRun } from './liveRun.ts'

const CPU = 'plenum_rack_cpu_utilization_ratio'
const t0Ms = Date.now()
/** Rack A-01's utilisation steps by 0.01 every 0.5 s (so no two scrapes read the same), 0.20 … 0.79. */
const utilizationNow = () => (20 + (Math.floor((Date.now() - t0Ms) / 500) % 60)) / 100

const exposition = () =>
  [
    `# TYPE ${CPU} gauge`,
    `${CPU}{asset="A-01"} ${utilizationNow().toFixed(2)}`,
    `${CPU}{asset="A-02"} 0.5`,
    `${CPU}{host="node-17"} 0.9`, // no asset label: reported, not used
    '# TYPE plenum_rack_inlet_temperature_celsius gauge',
    'plenum_rack_inlet_temperature_celsius{asset="A-01"} 21',
    '# TYPE plenum_crah_supply_temperature_celsius gauge',
    'plenum_crah_supply_temperature_celsius{asset="crah-1"} 18.4',
    '',
  ].join('\n')

let prometheus: TestPrometheus

beforeAll(async () => {
  prometheus = await startTestPrometheus(exposition)
}, 320_000)

afterAll(async () => {
  await prometheus?.close()
})

/** Steps the twin as the page's pump would, every 100 ms, while `done` is false. */
async function follow(run: LiveRun, what: string, done: () => boolean, timeoutMs: number) {
  await until(
    what,
    () => {
      run.advance()
      // Never past what the source has delivered (run time 0 itself comes before any delivery).
      const { startEpochS, frontierS } = run.status()
      expect(startEpochS + run.sim.nowS).toBeLessThanOrEqual(Math.max(frontierS, startEpochS))
      return done()
    },
    timeoutMs,
  )
}

it('drives and shadows the twin from Prometheus through a restart, losing no point', async () => {
  // One-second physics ticks (the tiny hall: 10 servers a rack, 100 W idle, 300 W max, no recirculation).
  const scenario = parseScenario(tinyHall({}, (s) => (s.stepS = 1)))
  const run = startLiveRun(scenario, {
    kind: 'prometheus',
    baseUrl: prometheus.baseUrl,
    allowedOrigins: [new URL(prometheus.baseUrl).origin],
    stepS: 1,
    lagS: 1.5, // a local scrape is stored within milliseconds of its start
    queries: [
      { metric: 'cpu_utilization', query: CPU },
      { metric: 'inlet_temperature', query: 'plenum_rack_inlet_temperature_celsius' },
      { metric: 'supply_temperature', query: 'plenum_crah_supply_temperature_celsius' },
    ],
  })
  const ingested = (): Measurement[] => run.sim.liveLog.flatMap((b) => b.measurements)
  const a01 = () => ingested().filter((m) => m.asset === 'A-01' && m.metric === 'cpu_utilization')
  const distinct = (list: Measurement[]) => new Set(list.map((m) => m.value)).size
  let killedTwinS: number
  let killedAtS = 0
  let restartedAtS = 0
  try {
    await follow(run, '4 utilisation values in the twin', () => distinct(a01()) >= 4, 20_000)
    await prometheus.stop()
    killedAtS = Date.now() / 1000
    run.advance()
    killedTwinS = run.sim.nowS
    await sleep(3000)
    run.advance()
    // Nothing new delivered, so the twin waits where the data stops instead of running on blind.
    expect(run.sim.nowS).toBe(killedTwinS)
    expect(run.status().state).toBe('retrying')
    await prometheus.start()
    restartedAtS = Date.now() / 1000
    const scrapedSinceRestart = () =>
      a01().filter((m) => m.timeS > restartedAtS && m.timeS <= run.status().frontierS).length
    await follow(run, '3 points after the restart', () => scrapedSinceRestart() >= 3, 30_000)
  } finally {
    run.stop()
  }
  run.advance()
  const status = run.status()

  // Exactly what the server holds on the same grid, from run time 0 to the frontier, each point once.
  const [direct] = await prometheus.api('/api/v1/query_range', {
    query: `${CPU}{asset="A-01"}`,
    start: String(status.startEpochS),
    end: String(status.frontierS),
    step: '1',
  })
  const expected = direct.values.map(([timeS, value]) => [timeS, Number(value)])
  const got = a01()
    .filter((m) => m.timeS <= status.frontierS)
    .map((m) => [m.timeS, m.value])
  expect(got).toEqual(expected)
  // Points scraped before the kill and after the restart both reached the twin.
  expect(got.filter(([timeS]) => timeS < killedAtS).length).toBeGreaterThanOrEqual(4)
  expect(got.filter(([timeS]) => timeS > restartedAtS).length).toBeGreaterThanOrEqual(3)
  expect(status.twin.late).toBe(0)
  expect(status.twin.ignored).toBe(0)
  expect(status.unusable).toHaveLength(1)
  expect(status.unusable[0]).toContain('host="node-17"')

  // The twin follows: rack A-01 runs at the newest point at or before the twin's clock, A-02 at 0.5.
  const twinEpochS = status.startEpochS + run.sim.nowS
  const newest = a01()
    .filter((m) => m.timeS <= twinEpochS)
    .at(-1)!
  expect(run.sim.world.rackUtilization[0]).toBeCloseTo(newest.value, 12)
  expect(run.sim.world.rackPowerW[0]).toBeCloseTo(10 * (100 + 200 * newest.value), 6)
  expect(run.sim.world.rackPowerW[1]).toBeCloseTo(10 * (100 + 200 * 0.5), 6)

  // Shadow: inlets are the 18 °C supply here, so 21 °C measured is 3/21 off; the supply 0.4/18.4.
  const shadow = run.sim.shadowStatus()
  expect(shadow.mapePct.inlet_temperature).toBeCloseTo((100 * 3) / 21, 6)
  expect(shadow.mapePct.supply_temperature).toBeCloseTo((100 * 0.4) / 18.4, 6)
  expect(shadow.compared.inlet_temperature).toBeGreaterThanOrEqual(10)
  console.info(
    `live twin: ${got.length} points of A-01 in ${run.sim.nowS} s of twin time, ` +
      `twin waited at ${killedTwinS} s while Prometheus was down; ${status.twin.accepted} measurements accepted`,
  )
}, 90_000)
