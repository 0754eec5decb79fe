// Each real trace format replayed through the engine gives the mean, p95 and counts computed from its raw files.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parquetReadObjects } from 'hyparquet'
import { describe, expect, it } from 'vitest'
import { fixture, sharedData } from '../test-fixtures/sharedData.ts'
import { createSimulation, parseScenario, workloadOf } from '../sim/index.ts'
import { parsePlanetLab } from '../sim/testing/wholeText.ts'
import type { Scenario, TraceInput } from '../sim/index.ts'
import { readTrace, startTrace } from './traceLoad.ts'

// Each format on its committed cut always; on the whole data sets when they are there (one line each if not).
const data = (path: string, what: string) => sharedData(path, `trace statistics on ${what}`)
const PLANETLAB = data('planetlab/20110303', 'PlanetLab 20110303, all VMs')
const RND = data('bitbrains_rnd/2013-7_first24h', 'Bitbrains Rnd, 50 VMs')
const OPENDC = data('opendc_bitbrains_small', 'OpenDC bitbrains-small, 50 tasks')
const ALIBABA = data(
  'alibaba_v2018_sample/machine_usage_head57948.csv',
  'Alibaba v2018 (research-only: no cut)',
)
const NASA = data('pwa_nasa_ipsc/NASA-iPSC-1993-3.1-cln.swf.gz', 'NASA iPSC, 30 days')
const DAY_S = 86_400
/** Whole data sets: seconds alone, far more on a loaded 2-core machine. */
const HEAVY = { timeout: 120_000 }
const base = JSON.parse(readFileSync(join(import.meta.dirname, '../scenarios/default.json'), 'utf8'))

/**
 * The default hall rebuilt with exactly `servers` one-U servers of `cores` cores (40 to a rack, two rows),
 * so round-robin drives one series per server and no idle server dilutes the statistics. The physics tick
 * equals the workload update: utilisation only changes at updates, so a finer tick adds run time only.
 */
function hall(servers: number, updateS: number, cores = 56): Scenario {
  const sizes = Array.from({ length: Math.ceil(servers / 40) }, (_, r) => Math.min(40, servers - 40 * r))
  const models = (count: number) => [{ model: 'dell-r640', uPosition: 2, count }]
  const rack = (count: number) => ({ count: 1, powerBudgetKw: 20, servers: models(count) })
  const half = Math.ceil(sizes.length / 2)
  const rows = [sizes.slice(0, half), sizes.slice(half)]
    .map((racks, i) => ({ ...base.rows[i], racks: racks.map(rack) }))
    .filter((row) => row.racks.length > 0)
  const serverModels = [{ ...base.serverModels[0], cores }]
  const workload = { ...base.workload, updateS }
  return parseScenario({ ...base, stepS: updateS, serverModels, rows, workload }, 'hall')
}

/** The run's mean and p95 utilisation (sim/metrics/workloadReport.ts) after `horizonS`. */
function replay(servers: number, updateS: number, input: TraceInput, horizonS: number, cores?: number) {
  const sim = createSimulation(hall(servers, updateS, cores), input)
  sim.advance(horizonS)
  return workloadOf(sim)
}

/** Time-weighted p95 of values each holding `weightS[i]`: the least at which 95 % of the weight is reached. */
function p95Of(values: ArrayLike<number>, weightS?: ArrayLike<number>): number {
  const order = Array.from(values, (_, i) => i).sort((a, b) => values[a] - values[b])
  const w = (i: number) => (weightS ? weightS[i] : 1)
  const totalS = order.reduce((sum, i) => sum + w(i), 0)
  let seenS = 0
  for (const i of order) if ((seenS += w(i)) >= 0.95 * totalS) return values[i]
  return NaN
}

function mean(xs: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < xs.length; i++) sum += xs[i]
  return sum / xs.length
}
const clamp01 = (u: number) => Math.min(1, Math.max(0, u))

/**
 * The engine against the raw statistics. Mean: the same sum in another order, so 1e-9. p95: the engine
 * reports the upper edge of the 0.1 %-wide histogram bin holding the exact quantile q (utilizationStats.ts),
 * so q ≤ p95 ≤ q + 0.001; 1e-9 either side absorbs a q lying exactly on a bin edge.
 */
function expectStats(report: ReturnType<typeof workloadOf>, expected: { mean: number; p95: number }) {
  expect(report.meanUtilization).toBeCloseTo(expected.mean, 9)
  expect(report.p95Utilization).toBeGreaterThanOrEqual(expected.p95 - 1e-9)
  expect(report.p95Utilization).toBeLessThanOrEqual(expected.p95 + 0.001 + 1e-9)
}

/**
 * What a monitor polling every `stepS` from t = 0 to `horizonS` reads off irregular samples (times relative
 * to the first): the last sample at or before t while it is younger than `maxHoldS` and t is before
 * `endS`, else nothing (0: an absent VM uses no CPU). This is the replay rule of sim/traces/resample.ts.
 */
function polled(
  timesS: number[],
  values: number[],
  o: { stepS: number; horizonS: number; maxHoldS: number; endS: number },
) {
  const out: number[] = []
  let j = -1
  for (let tS = 0; tS < o.horizonS; tS += o.stepS) {
    while (j + 1 < timesS.length && timesS[j + 1] <= tS) j++
    const held = j >= 0 && tS - timesS[j] < o.maxHoldS && tS < o.endS
    out.push(held ? clamp01(values[j]) : 0)
  }
  return out
}

const filesOf = (dir: string, names: string[]) => names.map((n) => new File([readFileSync(join(dir, n))], n))

/** PlanetLab VMs one per server for 24 h: mean and p95 of the raw percentages. */
async function expectPlanetLab(dir: string, vms: number, rawMean: number) {
  const names = readdirSync(dir).sort()
  const texts = names.map((n) => readFileSync(join(dir, n), 'utf8'))
  // The importer itself rather than readTrace: 1,052 File streams alone take about a second here.
  const series = texts.map((text, i) => parsePlanetLab(text, names[i]))
  // Independently: one integer percent per line, sample k at k × 300 s, exactly the 300 s update grid.
  const raw = texts.flatMap((text) => text.trim().split('\n').map(Number))
  expect([names.length, series.length, raw.length]).toEqual([vms, vms, vms * 288])
  expect(series.every((s) => s.timesS.length === 288)).toBe(true)
  const expected = { mean: mean(raw) / 100, p95: p95Of(raw) / 100 }
  expect(expected.mean).toBeCloseTo(rawMean, 6)
  expectStats(replay(vms, 300, { utilization: { series } }, DAY_S), expected)
}

it('replays the PlanetLab cut’s 3 VMs × 288 samples on 3 servers for 24 h', async () => {
  await expectPlanetLab(fixture('planetlab'), 3, 0.400463)
})

describe.skipIf(!PLANETLAB)('PlanetLab 20110303, all VMs', HEAVY, () => {
  it('replays 1052 VMs × 288 samples on 1052 servers for 24 h: mean 0.1231, p95 of the raw percentages', async () => {
    await expectPlanetLab(PLANETLAB, 1052, 0.123144)
  })
})

/** Bitbrains VM files polled every 300 s for `samples` steps, gaps of a dropped sample held. */
async function expectBitbrains(dir: string, names: string[], samples: number, gapsS: [number, number]) {
  const { input, summary } = await readTrace(filesOf(dir, names), 'bitbrains')
  // Independently: usage MHz / provisioned MHz (columns 4 and 3; 0 when nothing is provisioned).
  const vms = names.map((n) => {
    const rows = readFileSync(join(dir, n), 'utf8').trim().split('\n').slice(1)
    const fields = rows.map((line) => line.split(';').map(Number))
    const timesS = fields.map((f) => f[0] - fields[0][0])
    return { timesS, values: fields.map((f) => (f[2] > 0 ? f[3] / f[2] : 0)) }
  })
  expect(summary.series).toBe(names.length)
  expect(vms.every((vm) => vm.timesS.length === samples)).toBe(true)
  const gaps = vms.flatMap(({ timesS }) => timesS.slice(1).map((t, k) => t - timesS[k]))
  // Every gap is under the 2.5-step (750 s) bridge, so the poll always holds the latest sample.
  expect([Math.min(...gaps), Math.max(...gaps)]).toEqual(gapsS)
  const horizonS = samples * 300
  const poll = { stepS: 300, horizonS, maxHoldS: 750 }
  const readings = vms.flatMap((vm) =>
    polled(vm.timesS, vm.values, { ...poll, endS: vm.timesS[samples - 1] + 300 }),
  )
  expect(readings).toHaveLength(names.length * samples)
  expectStats(replay(names.length, 300, input, horizonS), { mean: mean(readings), p95: p95Of(readings) })
}

it('replays the Bitbrains Rnd cut, VMs 1, 2 and 14 × 48 samples, for 4 h as polled every 300 s', async () => {
  await expectBitbrains(fixture('bitbrains_rnd'), ['1.csv', '2.csv', '14.csv'], 48, [299, 301])
})

describe.skipIf(!RND)('Bitbrains Rnd 2013-7, 50 VMs, first 24 h', HEAVY, () => {
  it('replays 50 VMs × 288 samples for 24 h as polled every 300 s, with 299–601 s gaps held', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `${i + 1}.csv`)
    await expectBitbrains(RND, names, 288, [299, 601])
  })
})

/** OpenDC tasks replayed for `horizonS`, each fragment held for its duration, polled every 300 s. */
async function expectOpenDc(dir: string, counts: [number, number], horizonS: number) {
  const names = ['tasks.parquet', 'fragments.parquet']
  const { input, summary } = await readTrace(filesOf(dir, names), 'opendc')
  // Independently, with hyparquet's row reader: fragments laid end to end in ms, usage / task capacity.
  // A copy: a small file's Buffer is a view into Node's shared pool, so `.buffer` would hold other bytes.
  const read = (name: string) =>
    parquetReadObjects({ file: new Uint8Array(readFileSync(join(dir, name))).buffer })
  const [tasks, fragments] = await Promise.all(names.map(read))
  expect([tasks.length, fragments.length]).toEqual(counts)
  // Grouped once: a filter per task over 276,979 rows cost most of this test's time.
  const byTask = new Map<number, typeof fragments>()
  for (const f of fragments)
    byTask
      .set(f.id, byTask.get(f.id) ?? [])
      .get(f.id)
      ?.push(f)
  const readings = tasks.flatMap((task) => {
    const own = (byTask.get(task.id) ?? []).filter((f) => Number(f.duration) > 0)
    let endMs = 0
    const startsS = own.map((f) => ((endMs += Number(f.duration)) - Number(f.duration)) / 1000)
    const values = own.map((f) => f.cpu_usage / task.cpu_capacity)
    return polled(startsS, values, { stepS: 300, horizonS, maxHoldS: Infinity, endS: endMs / 1000 })
  })
  expect(summary.series).toBe(counts[0])
  const samples = input.utilization?.series.reduce((n, s) => n + s.timesS.length - 1, 0)
  expect(samples).toBe(fragments.filter((f) => Number(f.duration) > 0).length)
  expectStats(replay(counts[0], 300, input, horizonS), { mean: mean(readings), p95: p95Of(readings) })
}

it('replays the OpenDC cut’s 3 tasks × 96 fragments for 8 h, each fragment held for its duration', async () => {
  await expectOpenDc(fixture('opendc_bitbrains_small'), [3, 288], 8 * 3600)
})

describe.skipIf(!OPENDC)('OpenDC bitbrains-small, all 50 tasks', HEAVY, () => {
  it('replays 50 tasks’ 276,979 fragments for 7 days, each fragment held for its duration', async () => {
    await expectOpenDc(OPENDC, [50, 276_979], 7 * DAY_S)
  })
})

// Not cut into a fixture: the Alibaba terms allow research or study use only, not redistribution.
describe.skipIf(!ALIBABA)('Alibaba v2018 machine_usage as a long CSV', HEAVY, () => {
  it('replays 9 machines’ 57,948 irregular readings for 24 h as polled every 60 s', async () => {
    // A faithful conversion: every row's time, machine and cpu_util_percent, nothing else, into the long CSV.
    // The times are seconds since the trace began (read as Unix s). The run starts at the earliest reading
    // and each series replays at its own time, so a machine whose readings begin late (m_1932, 4.5 days
    // in) is absent from this day. (FASRC IPMI holds inlet and standby power, no CPU.)
    const rows = readFileSync(ALIBABA, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','))
    const csv = [
      'timestamp,asset,metric,value,unit',
      ...rows.map(([m, t, cpu]) => `${t},${m},cpu_utilization,${cpu},%`),
    ]
    const read = await readTrace([new File([csv.join('\n')], 'alibaba.csv')], 'csv')
    const { input, summary } = read
    const firstS = rows.reduce((min, r) => Math.min(min, Number(r[1])), Infinity)
    expect(read.startEpochS).toBe(firstS)
    // Independently: per machine, readings every 10 s to minutes; a reading holds for 2.5 median intervals
    // (longer gaps read as absent) and the last for one median interval.
    const machines = [...new Set(rows.map((r) => r[0]))].map((id) => {
      const own = rows.filter((r) => r[0] === id)
      const timesS = own.map((r) => Number(r[1]) - firstS)
      const gapsS = timesS
        .slice(1)
        .map((t, k) => t - timesS[k])
        .sort((a, b) => a - b)
      return { timesS, values: own.map((r) => Number(r[2]) / 100), medianS: gapsS[(gapsS.length - 1) >> 1] }
    })
    expect(machines).toHaveLength(9)
    expect(summary.series).toBe(9)
    expect(input.utilization?.series.reduce((n, s) => n + s.timesS.length, 0)).toBe(57_948)
    const readings = machines.flatMap(({ timesS, values, medianS }) => {
      const poll = { stepS: 60, horizonS: DAY_S, maxHoldS: 2.5 * medianS, endS: timesS.at(-1)! + medianS }
      return polled(timesS, values, poll)
    })
    expect(readings).toHaveLength(9 * 1440)
    const { sim } = startTrace(hall(9, 60), read)
    sim.advance(DAY_S)
    expectStats(workloadOf(sim), { mean: mean(readings), p95: p95Of(readings) })
  })
})

/** An SWF log's first `days` of jobs on one 128-core server, as busy processors / 128. */
async function expectNasa(path: string, days: number, counts: { jobs: number[]; submitted: number[] }) {
  const { input, summary } = await readTrace([new File([readFileSync(path)], 'nasa.swf.gz')], 'swf')
  // Independently: the log's submit times are start times (its header says so) on a 128-processor machine,
  // so each job holds `procs` of the 128 cores from submit to submit + run time. After day 34 the log
  // overlaps jobs up to 176 processors for a few hours, where the engine must queue: the run stops before.
  const horizonS = days * DAY_S
  const jobs = gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith(';'))
    .map((line) => line.trim().split(/\s+/).map(Number))
  const runnable = jobs.filter((f) => f[3] > 0 && f[4] > 0)
  expect([jobs.length, runnable.length, summary.jobs]).toEqual(counts.jobs)
  // Busy processors between consecutive job starts and ends up to the horizon, weighted by duration.
  const steps = runnable
    .flatMap((f) => [
      [f[1], f[4]],
      [f[1] + f[3], -f[4]],
    ])
    .filter(([tS]) => tS <= horizonS)
    .concat([[horizonS, 0]])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const levels: number[] = []
  const weightsS: number[] = []
  let busy = 0
  let lastS = 0
  for (const [tS, change] of steps) {
    levels.push(busy / 128)
    weightsS.push(tS - lastS)
    ;[busy, lastS] = [busy + change, tS]
  }
  expect(Math.max(...levels)).toBeLessThanOrEqual(1)
  const busyS = levels.reduce((sum, u, i) => sum + u * weightsS[i], 0)
  const submitted = runnable.filter((f) => f[1] <= horizonS).length
  const completed = runnable.filter((f) => f[1] + f[3] <= horizonS).length
  expect([submitted, completed]).toEqual(counts.submitted)
  const report = replay(1, 3600, input, horizonS, 128)
  expect(report.jobs).toMatchObject({ submitted, placed: submitted, completed, rejected: 0, queuedNow: 0 })
  expectStats(report, { mean: busyS / horizonS, p95: p95Of(levels, weightsS) })
}

it('schedules the NASA cut’s first 3 days, 254 jobs, on one 128-core server: busy processors / 128', async () => {
  const path = fixture('pwa_nasa_ipsc/NASA-iPSC-1993-3.1-cln-first400.swf.gz')
  // Counted with awk from the cut: 400 job lines, 393 with run time and processors, 254 submitted by day 3.
  await expectNasa(path, 3, { jobs: [400, 393, 393], submitted: [254, 253] })
})

describe.skipIf(!NASA)('NASA iPSC/860 1993 SWF, all 18,239 jobs', HEAVY, () => {
  it('schedules the first 30 days’ 5,887 jobs on one 128-core server: busy processors / 128', async () => {
    await expectNasa(NASA, 30, { jobs: [18_239, 18_066, 18_066], submitted: [5887, 5886] })
  })
})
