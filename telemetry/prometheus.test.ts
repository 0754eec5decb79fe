// Against a real Prometheus: the poller follows a scraped gauge through SIGTERM and restart, losing nothing.
import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createPrometheusSource } from './prometheus.ts'
import type { SourceStatus } from './status.ts'

const PROMETHEUS = '/usr/bin/prometheus'
const SELECTOR = 'plenum_test_inlet_celsius{rack="A-01"}'
const STEP_S = 0.5 // below the 1 s scrape interval, so every scraped sample shows at some evaluation time

/** Installs Debian's package when missing and root; otherwise fails naming it. */
function ensurePrometheus() {
  if (existsSync(PROMETHEUS)) return
  if (process.getuid?.() === 0) {
    try {
      // A fresh machine may have no package lists yet.
      execFileSync('apt-get', ['update'], { stdio: 'ignore', timeout: 120_000 })
      const args = ['install', '-y', '--no-install-recommends', 'prometheus']
      execFileSync('apt-get', args, { stdio: 'ignore', timeout: 180_000 })
    } catch {
      // Reported by the line below, which names the package.
    }
    if (existsSync(PROMETHEUS)) return
  }
  throw new Error(`${PROMETHEUS} is missing: install the Debian package 'prometheus' (needs root)`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `done` every 100 ms for at most `timeoutMs`. */
async function until(what: string, done: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadlineMs = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadlineMs) throw new Error(`waited ${timeoutMs / 1000} s for ${what}`)
    await sleep(100)
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

let dir = ''
let exporter: Server | undefined
let prometheus: ChildProcess | undefined
let promLog = ''
let baseUrl = ''

/** The exporter's gauge goes up by 0.01 every 0.5 s, so two scrapes 1 s apart never read the same value. */
const t0Ms = Date.now()
const gauge = () => (20 + Math.floor((Date.now() - t0Ms) / 500) / 100).toFixed(2)

async function startPrometheus(): Promise<ChildProcess> {
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=${new URL(baseUrl).host}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  child.stderr!.on('data', (chunk: Buffer) => (promLog = (promLog + chunk).slice(-4000)))
  await until(
    'Prometheus to be ready',
    async () => {
      if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${promLog}`)
      return fetch(`${baseUrl}/-/ready`).then(
        (r) => r.ok,
        () => false,
      )
    },
    15_000,
  )
  return child
}

async function stopPrometheus(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  if (await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) return
  child.kill('SIGKILL')
  await exited
}

/** GET an API path on the test's Prometheus; returns `data.result`. */
async function api(path: string, params: Record<string, string>) {
  const reply = await fetch(`${baseUrl}${path}?${new URLSearchParams(params)}`).then((r) => r.json())
  expect(reply.status).toBe('success')
  return reply.data.result as { metric: Record<string, string>; values: [number, string][] }[]
}

const ms = (timeS: number) => Math.round(timeS * 1000)

beforeAll(async () => {
  ensurePrometheus()
  dir = mkdtempSync(join(tmpdir(), 'plenum-prometheus-'))
  exporter = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(`# TYPE plenum_test_inlet_celsius gauge\n${SELECTOR} ${gauge()}\n`)
  })
  await new Promise<void>((resolve) => exporter!.listen(0, '127.0.0.1', resolve))
  const exporterPort = (exporter.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${await freePort()}`
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      'scrape_configs:',
      '  - job_name: plenum',
      `    static_configs: [{ targets: ['127.0.0.1:${exporterPort}'] }]`,
      '',
    ].join('\n'),
  )
  prometheus = await startPrometheus()
}, 320_000)

afterAll(async () => {
  await stopPrometheus(prometheus)
  exporter?.closeAllConnections()
  await new Promise((resolve) => (exporter ? exporter.close(resolve) : resolve(undefined)))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

it('follows the gauge through SIGTERM and restart, delivering every stored point exactly once', async () => {
  const delivered: [number, number][] = []
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
        expect(labels).toMatchObject({ __name__: 'plenum_test_inlet_celsius', rack: 'A-01' })
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
    await stopPrometheus(prometheus)
    killedAtS = Date.now() / 1000
    await sleep(4000) // the gauge moves on; nobody scrapes it
    expect(statuses.at(-1)).toMatchObject({ state: 'retrying' })
    prometheus = await startPrometheus()
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
