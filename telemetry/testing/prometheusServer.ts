// Test setup: Debian's Prometheus on 127.0.0.1 scraping a small exporter of the test's own, every second.
import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PROMETHEUS = '/usr/bin/prometheus'

/** Installs Debian's package when missing and root; otherwise fails naming it. */
export function ensurePrometheus(): void {
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `done` every 100 ms for at most `timeoutMs`. */
export async function until(what: string, done: () => boolean | Promise<boolean>, timeoutMs: number) {
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

export interface TestPrometheus {
  baseUrl: string
  /** SIGTERM (SIGKILL after 10 s) and wait for the exit. */
  stop(): Promise<void>
  /** Starts again on the same storage, and waits until it is ready. */
  start(): Promise<void>
  /** GET an API path; returns `data.result`. */
  api(path: string, params: Record<string, string>): Promise<RangeResult[]>
  /** Stops Prometheus and the exporter and removes the storage. */
  close(): Promise<void>
}

export type RangeResult = { metric: Record<string, string>; values: [number, string][] }

/**
 * Starts an exporter answering every scrape with `exposition()` (Prometheus text format), and a Prometheus
 * scraping it every second, with its storage in a temporary folder.
 */
export async function startTestPrometheus(exposition: () => string): Promise<TestPrometheus> {
  ensurePrometheus()
  const dir = mkdtempSync(join(tmpdir(), 'plenum-prometheus-'))
  const exporter = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(exposition())
  })
  await new Promise<void>((resolve) => exporter.listen(0, '127.0.0.1', resolve))
  const exporterPort = (exporter.address() as AddressInfo).port
  const baseUrl = `http://127.0.0.1:${await freePort()}`
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
  let child: ChildProcess | undefined
  let log = ''

  async function start() {
    const args = [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=${new URL(baseUrl).host}`,
    ]
    const started = spawn(PROMETHEUS, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    started.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk).slice(-4000)))
    child = started
    await until(
      'Prometheus to be ready',
      async () => {
        if (started.exitCode !== null) throw new Error(`prometheus exited with ${started.exitCode}:\n${log}`)
        return fetch(`${baseUrl}/-/ready`).then(
          (r) => r.ok,
          () => false,
        )
      },
      15_000,
    )
  }

  async function stop() {
    const running = child
    if (!running || running.exitCode !== null || running.signalCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    if (await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) return
    running.kill('SIGKILL')
    await exited
  }

  await start()
  return {
    baseUrl,
    start,
    stop,
    async api(path, params) {
      const reply = await fetch(`${baseUrl}${path}?${new URLSearchParams(params)}`).then((r) => r.json())
      if (reply.status !== 'success') throw new Error(`${path}: ${JSON.stringify(reply).slice(0, 200)}`)
      return reply.data.result as RangeResult[]
    },
    async close() {
      await stop()
      exporter.closeAllConnections()
      await new Promise((resolve) => exporter.close(resolve))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
