// Against a real Prometheus: the poller follows a scraped gauge through SIGTERM and restart, losing nothing.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createPrometheusSource } from './prometheus.ts'
import type { SourceStatus } from './status.ts'
import { sleep, startTestPrometheus, until } from './testing/prometheusServer.ts'
import type { TestPrometheus } from './testing/prometheusServer.ts'

const SELECTOR = 'plenum_test_inlet_celsius{rack="A-01"}'
const STEP_S = 0.5 // below the 1 s scrape interval, so every scraped sample shows at some evaluation time

/** The exporter's gauge goes up by 0.01 every 0.5 s, so two scrapes 1 s apart never read the same value. */
const t0Ms = Date.now()
const gauge = () => (20 + Math.floor((Date.now() - t0Ms) / 500) / 100).toFixed(2)

let prometheus: TestPrometheus
let baseUrl = ''

/** GET an API path on the test's Prometheus; returns `data.result`. */
const api = (path: string, params: Record<string, string>) => prometheus.api(path, params)

const ms = (timeS: number) => Math.round(timeS * 1000)

beforeAll(async () => {
  prometheus = await startTestPrometheus(
    () => `# TYPE plenum_test_inlet_celsius gauge\n${SELECTOR} ${gauge()}\n`,
  )
  baseUrl = prometheus.baseUrl
}, 320_000)

afterAll(async () => {
  await prometheus?.close()
})

it('follows the gauge through SIGTERM and restart, delivering every stored point exactly once', async () => {
  const delivered: [number, number][] = []
  // Checked after the run: an expect inside onSamples would throw into the poller and become a retry.
  const labelSets = new Set<string>()
  const statuses: SourceStatus[] = []
  let jitter = 0
  const fromS = Date.now() / 1000
  const source = createPrometheusSource({
    baseUrl,
    query: SELECTOR,
    stepS: STEP_S,
    lagS: 1, // a scrape of a local exporter is stored within milliseconds
    fromS,
    timeoutS: 2,
    backoff: { initialS: 0.25, maxS: 2 },
    random: () => (jitter = (jitter + 0.37) % 1),
    onSamples: (series) => {
      for (const { labels, timesS, values } of series) {
        labelSets.add(`${labels.__name__}{rack="${labels.rack}"}`)
        timesS.forEach((timeS, i) => delivered.push([timeS, values[i]]))
      }
    },
    onStatus: (status) => statuses.push(status),
  })
  const values = () => new Set(delivered.map(([, value]) => value))
  let killedAtS = 0
  let restartedAtS = 0
  source.start()
  try {
    await until('4 scraped values through the poller', () => values().size >= 4, 15_000)
    await prometheus.stop()
    killedAtS = Date.now() / 1000
    await sleep(4000) // the gauge moves on; nobody scrapes it
    expect(statuses.at(-1)).toMatchObject({ state: 'retrying' })
    await prometheus.start()
    restartedAtS = Date.now() / 1000
    // The poller lags by lagS: a sample or two stored just before the kill may still be on their way.
    const [beforeKill] = await api('/api/v1/query', { query: `${SELECTOR}[1m]`, time: killedAtS.toFixed(3) })
    const lastBefore = Number(beforeKill.values.at(-1)![1])
    await until(
      '3 values scraped after the restart',
      () => [...values()].filter((v) => v > lastBefore).length >= 3,
      20_000,
    )
  } finally {
    source.stop()
  }

  expect([...labelSets]).toEqual([SELECTOR])
  // The same grid asked for directly, after the fact, gives exactly what the poller delivered, once each.
  const firstS = Math.ceil(ms(fromS) / (STEP_S * 1000)) * STEP_S
  const lastS = source.resumeFromS - STEP_S
  const [direct] = await api('/api/v1/query_range', {
    query: SELECTOR,
    start: firstS.toFixed(3),
    end: lastS.toFixed(3),
    step: String(STEP_S),
  })
  expect(delivered).toEqual(direct.values.map(([timeS, value]) => [timeS, Number(value)]))
  expect(new Set(delivered.map(([timeS]) => timeS)).size).toBe(delivered.length)

  // Every sample stored for the series, before the kill and after the restart, is delivered at the first
  // evaluation time at or after its scrape.
  const [raw] = await api('/api/v1/query', { query: `${SELECTOR}[2m]`, time: lastS.toFixed(3) })
  const stored = raw.values
    .filter(([timeS]) => timeS >= firstS)
    .map(([timeS, value]) => [timeS, Number(value)])
  const byMs = new Map(delivered.map(([timeS, value]) => [ms(timeS), value]))
  const stepMs = STEP_S * 1000
  const missing = stored.filter(
    ([timeS, value]) => byMs.get(Math.ceil(ms(timeS) / stepMs) * stepMs) !== value,
  )
  expect(missing).toEqual([])
  const storedValues = stored.map(([, value]) => value)
  expect(storedValues).toEqual([...storedValues].sort((a, b) => a - b)) // the known sequence, rising
  const beforeKill = stored.filter(([timeS]) => timeS < killedAtS)
  const afterRestart = stored.filter(([timeS]) => timeS > restartedAtS)
  expect(beforeKill.length).toBeGreaterThanOrEqual(4)
  expect(afterRestart.length).toBeGreaterThanOrEqual(3)
  expect(beforeKill.length + afterRestart.length).toBe(stored.length) // nothing scraped while it was down

  const states = statuses.map((s) => s.state)
  expect(states.slice(0, 2)).toEqual(['connecting', 'live'])
  expect(states.slice(-2)).toEqual(['live', 'stopped'])
  const errors = statuses.flatMap((s) => (s.state === 'retrying' ? [s.error] : []))
  expect(errors.some((error) => error.includes('ECONNREFUSED'))).toBe(true)
  const kinds = [...new Set(errors.map((error) => error.replace(/^.*?: /, '').slice(0, 60)))]
  console.info(
    `prometheus restart: ${delivered.length} points delivered; ${beforeKill.length} samples stored before the ` +
      `kill, ${afterRestart.length} after the restart, ${(afterRestart[0][0] - beforeKill.at(-1)![0]).toFixed(1)} ` +
      `s apart; ${errors.length} failed polls (${kinds.join(' | ')})`,
  )
}, 60_000)
