// The CLI with --trace, spawned: real PlanetLab and SWF traces, hand-written long CSVs, errors, a 50 MB file.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { fixture, sharedData } from '../test-fixtures/sharedData.ts'
import { expectOneLineUserError, runCli, tempDir, tempFile, TIMEOUT_MS } from './testing/spawnCli.ts'

const PLANETLAB = sharedData('planetlab/20110303', 'the CLI on PlanetLab 20110303, all 1052 VMs')
const NASA = sharedData('pwa_nasa_ipsc/NASA-iPSC-1993-3.1-cln.swf.gz', 'the CLI on the whole NASA iPSC log')
const day = ['scenarios/default.json', '--horizon', '1d', '--json']
const hour = ['scenarios/default.json', '--horizon', '1h']
const SERVERS = 384

/** A PlanetLab folder replayed round-robin on the 384 servers: the mean of each server's VMs over 24 h. */
async function expectPlanetLab(folder: string, vms: number) {
  const run = await runCli(...day, '--trace', folder, '--trace-format', 'planetlab')
  expect(run.stderr).toBe('')
  const report = JSON.parse(run.stdout)
  // Independently: files in name order, integers / 100; server s averages series s, s + 384, s + 768.
  const series = readdirSync(folder)
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean).map(Number))
  expect(series).toHaveLength(vms)
  let total = 0
  for (let s = 0; s < SERVERS; s++) {
    const own = series.filter((_, i) => i % SERVERS === s)
    for (let k = 0; k < 288; k++) total += own.reduce((sum, vm) => sum + vm[k], 0) / own.length / 100
  }
  const expected = total / SERVERS / 288
  expect(Math.abs(report.workload.meanUtilization / expected - 1)).toBeLessThan(0.005)
  expect(report.trace).toEqual({
    format: 'planetlab',
    path: folder,
    series: vms,
    warnings: { outOfOrder: 0, duplicates: 0 },
  })
  // The trace comes last, after every section the run report has (plant, humidity, zones…).
  expect(Object.keys(report).at(-1)).toBe('trace')
}

/**
 * An SWF log over one day: every job of it with a run time and processors (this log records both, never -1),
 * counted from the raw log; the rest (jobs that ran 0 s) are skipped and counted.
 */
async function expectSwf(path: string) {
  const run = await runCli(...day, '--trace', path, '--trace-format', 'swf')
  expect(run.stderr).toBe('')
  const report = JSON.parse(run.stdout)
  const jobs = gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith(';'))
    .map((line) => line.trim().split(/\s+/).map(Number))
  const runnable = jobs.filter((f) => f[3] > 0 && f[4] > 0)
  const firstDay = runnable.filter((f) => f[1] < 86_400)
  expect(firstDay.length).toBeGreaterThan(0)
  expect(report.workload.jobs.submitted).toBe(firstDay.length)
  expect(report.trace).toMatchObject({ format: 'swf', path, jobs: runnable.length })
  const skipped = jobs.length - runnable.length
  expect(report.trace.warnings).toEqual({ outOfOrder: 0, duplicates: 0, skipped })
}

describe.concurrent('the committed trace cuts', { timeout: TIMEOUT_MS }, () => {
  it('replays the PlanetLab cut copied to one VM per server (3 VMs, 128 copies each)', async () => {
    const folder = join(tempDir, 'planetlab-384')
    mkdirSync(folder, { recursive: true })
    const names = readdirSync(fixture('planetlab')).sort()
    for (let s = 0; s < SERVERS; s++)
      tempFile(
        `planetlab-384/vm-${String(s).padStart(3, '0')}`,
        readFileSync(fixture(`planetlab/${names[s % 3]}`), 'utf8'),
      )
    await expectPlanetLab(folder, SERVERS)
  })

  it('submits every job of the NASA cut’s first day', async () => {
    await expectSwf(fixture('pwa_nasa_ipsc/NASA-iPSC-1993-3.1-cln-first400.swf.gz'))
  })
})

describe.skipIf(!PLANETLAB)('PlanetLab 20110303, all 1052 VMs', () => {
  it(
    'replays 1052 VMs round-robin: the mean of each server’s VMs over 24 h',
    { timeout: TIMEOUT_MS },
    async () => {
      await expectPlanetLab(PLANETLAB, 1052)
    },
  )
})

describe.skipIf(!NASA)('NASA iPSC/860 SWF, all 18,239 jobs', () => {
  it('submits every job of the first day, counted from the raw log', { timeout: TIMEOUT_MS }, async () => {
    await expectSwf(NASA)
  })
})

describe.concurrent('a long CSV written here', { timeout: TIMEOUT_MS }, () => {
  // Every server: 20 % for the first half hour, 0.6 for the second, a sample every 5 min; as % and ratio.
  const rows: string[] = []
  for (let k = 0; k < 12; k++)
    for (let a = 0; a < SERVERS; a++) {
      const time = k === 0 ? '2025-06-03T00:00:00Z' : String(1748908800 + 300 * k)
      rows.push(`${time},node ${a},cpu_utilization,${k < 6 ? '20,%' : '0.6,ratio'}`)
    }
  // One earlier duplicate (the last reading wins) and one row moved out of order.
  rows.unshift('1748908800,node 0,cpu_utilization,0.99,ratio')
  rows.push(rows.splice(2, 1)[0])
  const csv = ['timestamp,asset,metric,value,unit', ...rows].join('\n') + '\n'

  it('drives utilisation as written, JSON and summary', async () => {
    const path = tempFile('halves.csv', csv)
    const [json, summary] = await Promise.all([
      runCli(...hour, '--json', '--trace', path, '--trace-format', 'csv'),
      runCli(...hour, '--trace', path, '--trace-format=csv'),
    ])
    expect(json.stderr).toBe('')
    const { workload, trace } = JSON.parse(json.stdout)
    expect(workload.meanUtilization).toBeCloseTo(0.4, 9)
    expect(workload.p95Utilization).toBeCloseTo(0.6, 2) // from 0.001-wide bins
    expect(trace).toEqual({
      format: 'csv',
      path,
      series: SERVERS,
      warnings: { outOfOrder: 1, duplicates: 1 },
    })
    expect(summary.stdout).toMatch(
      / {2}trace +csv, 384 series from .*halves\.csv; 1 out of order, 1 duplicates\n/,
    )
    expect(summary.stdout).toMatch(/ {2}utilisation +mean 40\.0 %, p95 60\.\d %\n/)
  })

  it('runs in shadow mode against measured rack power and inlets, with MAPE per metric', async () => {
    const measured = [
      'timestamp,asset,metric,value,unit',
      '2026-01-05T00:00:00Z,A-01,power,4.1,kW',
      '2026-01-05T00:05:00Z,A-01,power,4.0,kW',
      '2026-01-05T00:00:00Z,A-01,inlet_temperature,23.5,C',
      '2026-01-05T00:05:00Z,A-01,inlet_temperature,23.9,C',
    ].join('\n')
    const run = await runCli(
      ...hour,
      '--json',
      '--trace',
      tempFile('measured.csv', measured),
      '--trace-format',
      'csv',
    )
    const { shadow, workload } = JSON.parse(run.stdout)
    expect(workload.kind).toBe('diurnal') // no utilisation rows: the scenario's own load runs
    // Ticks at 60–300 s compare with the first reading, 360–900 s with the second (within 10 minutes of it).
    expect(shadow.compared).toEqual({ power: 15, inlet_temperature: 15 })
    expect(shadow.mapePct.power).toBeGreaterThan(0)
    expect(shadow.ignoredChannels).toEqual([])
  })

  it('starts at the CSV’s first timestamp, so a June export shadows a hall dated January', async () => {
    // The tiny hall (startDate 2026-01-01): A-01 at 0.8 on all 10 servers is 10 × (100 + 200 × 0.8) W.
    const JUNE_3 = Date.parse('2025-06-03T00:00:00Z') / 1000
    const rows = (asset: string, metric: string, value: string) =>
      Array.from({ length: 13 }, (_, k) => `${JUNE_3 + 300 * k},${asset},${metric},${value}`)
    const june = [
      'timestamp,asset,metric,value,unit',
      ...rows('A-01', 'cpu_utilization', '0.8,ratio'),
      ...rows('A-01', 'power', '2.2,kW'),
      ...rows('Z-99', 'inlet_temperature', '24,C'),
    ].join('\n')
    const hall = tempFile('tiny-hall.json', JSON.stringify(tinyHall()))
    const path = tempFile('june.csv', june)
    const [json, summary] = await Promise.all([
      runCli(hall, '--json', '--trace', path, '--trace-format', 'csv'),
      runCli(hall, '--trace', path, '--trace-format', 'csv'),
    ])
    expect(json.stderr).toBe('')
    const report = JSON.parse(json.stdout)
    expect(report.startDate).toBe('2025-06-03T00:00:00.000Z')
    expect(report.kpis.peakItKw).toBeCloseTo(2.6 + 1.0, 9) // A-02's 10 servers idle at 100 W
    // Every 60 s tick from 60 s to 3600 s finds a reading at most 300 s old: |2200 − 2600| / 2200.
    expect(report.shadow.compared).toEqual({ power: 60 })
    expect(report.shadow.mapePct.power).toBeCloseTo((100 * 400) / 2200, 9) // 18.18 %
    expect(report.shadow.ignoredChannels).toEqual(['Z-99/inlet_temperature'])
    expect(summary.stdout).toMatch(/ {2}horizon +1 h from 2025-06-03T00:00:00\.000Z\n/)
  })

  it('names the file and line of a malformed row', async () => {
    const path = tempFile('bad.csv', csv.replace('0.6,ratio', 'lots,ratio'))
    const line = csv.split('\n').findIndex((text) => text.includes('0.6,ratio')) + 1
    const run = await runCli(...hour, '--trace', path, '--trace-format', 'csv')
    expectOneLineUserError(run, `${path}:${line}: value "lots" is not a number`)
  })
})

describe.concurrent('user errors of --trace: exit 2, one line', { timeout: TIMEOUT_MS }, () => {
  it('names the file (with spaces) and line of a malformed PlanetLab value', async () => {
    const folder = join(tempDir, 'planet lab')
    mkdirSync(folder, { recursive: true })
    tempFile('planet lab/vm one', '12\n40\n')
    tempFile('planet lab/vm two', '12\n7.5\n')
    const run = await runCli(...hour, '--trace', folder, '--trace-format', 'planetlab')
    expectOneLineUserError(run, `${join(folder, 'vm two')}:2: expected an integer percentage 0..100`)
  })

  it('refuses an SWF log none of whose jobs can run instead of running over nothing', async () => {
    const path = tempFile('idle.swf', '1 0 -1 0 4 -1 -1 -1 -1 -1 1 1 1 -1 -1 -1 -1 -1\n')
    const run = await runCli(...hour, '--trace', path, '--trace-format', 'swf')
    expectOneLineUserError(run, `${path}: no runnable jobs (1 without a run time or processors)`)
  })

  it('names a trace path that does not exist', async () => {
    const path = join(tempDir, 'missing.swf.gz')
    expectOneLineUserError(
      await runCli(...hour, '--trace', path, '--trace-format', 'swf'),
      path,
      'no such file',
    )
  })

  it('names the formats for a wrong one, or for none', async () => {
    const [wrong, none] = await Promise.all([
      runCli(...hour, '--trace', 'x.csv', '--trace-format', 'parquet'),
      runCli(...hour, '--trace', 'x.csv'),
    ])
    expectOneLineUserError(wrong, '--trace-format: "parquet"', 'planetlab, bitbrains, opendc, swf, csv')
    expectOneLineUserError(none, '--trace needs --trace-format', 'planetlab, bitbrains, opendc, swf, csv')
  })
})

it(
  'replays a 50 MB long CSV, streamed, with progress on stderr and one JSON document on stdout',
  { timeout: TIMEOUT_MS },
  async () => {
    const path = join(tempDir, 'large.csv')
    const fd = openSync(path, 'w')
    let bytes = writeSync(fd, 'timestamp,asset,metric,value,unit\n')
    for (let k = 0; bytes < 50e6; k++) {
      let block = ''
      for (let a = 0; a < SERVERS; a++)
        block += `${1748908800 + 60 * k},node-${a},cpu_utilization,${((a + k) % 100) / 100},ratio\n`
      bytes += writeSync(fd, block)
    }
    closeSync(fd)
    const run = await runCli(...hour, '--json', '--trace', path, '--trace-format', 'csv')
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.trace).toMatchObject({ format: 'csv', series: SERVERS })
    expect(report.workload.meanUtilization).toBeGreaterThan(0)
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const line of lines) expect(line).toMatch(/^trace: \d{1,3} % \(\d+\.\d of 50\.\d MB\)$/)
    expect(lines.at(-1)).toMatch(/^trace: 100 % \((50\.\d) of \1 MB\)$/)
  },
)
