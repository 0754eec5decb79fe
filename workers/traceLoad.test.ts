// Recorded traces loaded through the worker API: streamed File objects in, a restarted run out.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expose, proxy, releaseProxy, wrap } from 'comlink'
import { describe, expect, it } from 'vitest'
import { createSimulation, HEADER, parseScenario } from '../sim/index.ts'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { createSimApi } from './simApi.ts'
import { readTrace } from './traceLoad.ts'
import type { SimApi } from './simApi.ts'

const defaultJson = readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8')

/** One PlanetLab VM file: `lines` five-minute samples of `percent(k)` %. */
const planetLab = (name: string, lines: number, percent: (k: number) => number) =>
  new File([Array.from({ length: lines }, (_, k) => `${percent(k)}\n`).join('')], name)

/** An SWF job line: id, submit, wait, run, procs and the 13 other fields unknown. */
const swfLine = (id: number, submitS: number, runS: number, procs: number) =>
  [id, submitS, 0, runS, procs, ...Array(13).fill(-1)].join(' ')

function loaded() {
  const api = createSimApi()
  const layout = api.load(defaultJson, 'default.json')
  const itKw = () => api.step(0, new Float64Array(layout.snapshot.length))[HEADER.itW] / 1000
  return { api, layout, itKw }
}

describe('loadTrace, called directly', () => {
  it('replays generated PlanetLab files from t = 0, reporting progress up to 1', async () => {
    const { api, itKw, layout: before } = loaded()
    api.step(3600, new Float64Array(before.snapshot.length))
    const synthetic = itKw()
    const files = ['vm-1', 'vm-2', 'vm-3'].map((name) => planetLab(name, 288, () => 0))
    const fractions: number[] = []
    const { layout, summary } = await api.loadTrace(files, 'planetlab', (f) => fractions.push(f))
    expect(summary).toEqual({
      format: 'planetlab',
      files: ['vm-1', 'vm-2', 'vm-3'],
      series: 3,
      jobs: 0,
      durationS: 288 * 300,
      warnings: [],
    })
    expect(layout.racks).toHaveLength(24)
    const out = api.step(0, new Float64Array(layout.snapshot.length))
    expect(out[HEADER.timeS]).toBe(0) // restarted
    // Three idle VMs on three servers, the other 381 servers driven by nothing: all idle.
    expect(itKw()).toBeLessThan(synthetic * 0.8)
    expect(fractions.at(-1)).toBe(1)
    expect(fractions.length).toBeLessThanOrEqual(4)
    api.step(600, out)
    expect(api.workload().meanUtilization).toBe(0)
    // Back to the scenario's own (diurnal) workload.
    api.clearTrace()
    expect(itKw()).toBeGreaterThan(synthetic * 0.8)
  })

  it('reports progress at most ten times a second however many chunks arrive', async () => {
    const { api } = loaded()
    const chunk = new TextEncoder().encode('50\n'.repeat(100))
    // 40 chunks 15 ms apart: 0.6 s of reading in 40 pieces.
    class SlowFile extends File {
      stream() {
        let sent = 0
        return new ReadableStream<Uint8Array<ArrayBuffer>>({
          async pull(controller) {
            await new Promise((r) => setTimeout(r, 15))
            if (sent++ < 40) controller.enqueue(chunk)
            else controller.close()
          },
        })
      }
    }
    const file = new SlowFile([new Uint8Array(40 * chunk.length)], 'slow-vm')
    const fractions: number[] = []
    const started = performance.now()
    const { summary } = await api.loadTrace([file], 'planetlab', (f) => fractions.push(f))
    const elapsedMs = performance.now() - started
    expect(summary.durationS).toBe(4000 * 300)
    expect(fractions.length).toBeGreaterThanOrEqual(3)
    expect(fractions.length).toBeLessThanOrEqual(elapsedMs / 100 + 2)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(fractions.at(-1)).toBe(1)
  })

  it('rejects a malformed file with its name and line and leaves the run as it was', async () => {
    const { api, itKw } = loaded()
    const before = itKw()
    const files = [planetLab('good', 3, () => 50), new File(['abc\n'], 'bad-vm')]
    await expect(api.loadTrace(files, 'planetlab')).rejects.toThrow(/^bad-vm:1: /)
    expect(itKw()).toBe(before)
  })

  it('schedules a gzipped SWF log and counts the jobs it places', async () => {
    const { api } = loaded()
    const log = ['; UnixStartTime: 0', swfLine(1, 0, 3600, 8), swfLine(2, 60, 600, 4), swfLine(3, 90, -1, 4)]
    const file = new File([gzipSync(log.join('\n'))], 'tiny.swf.gz')
    const { layout, summary } = await api.loadTrace([file], 'swf')
    expect(summary).toMatchObject({ format: 'swf', jobs: 2, series: 0, durationS: 3600 })
    expect(summary.warnings).toEqual(['1 job without a run time or processor count skipped'])
    api.step(120, new Float64Array(layout.snapshot.length))
    expect(api.workload().jobs).toMatchObject({ submitted: 2, placed: 2, rejected: 0, queuedNow: 0 })
    api.clearTrace() // the scenario's own (diurnal) workload schedules no jobs
    expect(api.workload().jobs).toBeNull()
  })

  it('replays the cpu_utilization channels of a long CSV and says what it ignored', async () => {
    const { api } = loaded()
    const csv = [
      'timestamp,asset,metric,value,unit',
      '1748908800,node-01,cpu_utilization,35,%',
      '1748908800,node-01,power,412.5,W',
      '1748909100,node-01,cpu_utilization,,%',
    ].join('\n')
    const { summary } = await api.loadTrace([new File([csv], 'export.csv')], 'csv')
    expect(summary).toMatchObject({ format: 'csv', series: 1 })
    // node-01 is no rack: its series goes round-robin onto one server, its power has nothing to compare with.
    expect(summary.csv).toEqual({
      rackSeries: 0,
      drivenServers: 1,
      shadowChannels: 0,
      shadowMetrics: [],
      ignoredChannels: 1,
    })
    expect(summary.warnings).toEqual(['export.csv: 1 empty value skipped'])
  })
})

describe('a long CSV shadows the twin on its own dates', () => {
  const JUNE_3 = Date.parse('2025-06-03T00:00:00Z') / 1000
  /** Readings every 5 min for an hour from 2025-06-03 00:00 UTC; the tiny hall starts on 2026-01-01. */
  const rows = (asset: string, metric: string, value: string) =>
    Array.from({ length: 13 }, (_, k) => `${JUNE_3 + 300 * k},${asset},${metric},${value}`)
  const csv = [
    'timestamp,asset,metric,value,unit',
    ...rows('A-01', 'cpu_utilization', '0.8,ratio'),
    ...rows('A-01', 'power', '2.2,kW'),
    ...rows('crah-1', 'supply_temperature', '18.9,C'),
    ...rows('Z-99', 'inlet_temperature', '24,C'),
  ].join('\n')

  function tinyApi() {
    const api = createSimApi()
    const layout = api.load(tinyHall(), 'tiny hall')
    return { api, layout }
  }

  it('starts at the first timestamp: A-01 at 0.8 draws 2,600 W against 2,200 W measured, 18.18 %', async () => {
    const { api } = tinyApi()
    const { layout, summary } = await api.loadTrace([new File([csv], 'june.csv')], 'csv')
    expect(layout.startEpochS).toBe(JUNE_3)
    // The utilisation sample at 00:00 and the last (01:00) held one 300 s step.
    expect(summary).toMatchObject({ format: 'csv', series: 1, durationS: 3900, warnings: [] })
    expect(summary.csv).toEqual({
      rackSeries: 1,
      drivenServers: 10,
      shadowChannels: 2,
      shadowMetrics: ['power', 'supply_temperature'],
      ignoredChannels: 1,
    })
    const out = api.step(3600, new Float64Array(layout.snapshot.length))
    const { rackPowerW } = layout.snapshot
    // 10 servers × (100 + 200 × 0.8) W; A-02 is named by no series, so its 10 servers idle at 100 W.
    expect([out[rackPowerW], out[rackPowerW + 1]]).toEqual([2600, 1000])
    const shadow = api.shadowStatus()
    // Every 60 s tick from 60 s to 3600 s finds a reading at most 300 s old.
    expect(shadow.compared).toEqual({ power: 60, supply_temperature: 60 })
    expect(shadow.mapePct.power).toBeCloseTo((100 * 400) / 2200, 9) // 18.18 %
    // The CRAH holds its 18 °C setpoint (50 kW of capacity for 3.6 kW): |18.9 − 18| / 18.9.
    expect(shadow.mapePct.supply_temperature).toBeCloseTo((100 * 0.9) / 18.9, 6) // 4.76 %
    expect(shadow.ignoredChannels).toEqual(['Z-99/inlet_temperature'])
  })

  it('compared nothing on the scenario’s own date, as before the run followed the CSV’s clock', async () => {
    const { api } = tinyApi()
    const read = await readTrace([new File([csv], 'june.csv')], 'csv')
    expect(read.startEpochS).toBe(JUNE_3)
    const onScenarioDate = createSimulation(parseScenario(tinyHall()), read.input)
    onScenarioDate.runUntil(3600)
    expect(onScenarioDate.shadowStatus().compared).toEqual({ power: 0, supply_temperature: 0 })
    // The same input through the worker, with the clock moved to the CSV's start, compares every tick.
    const { layout } = await api.loadTrace([new File([csv], 'june.csv')], 'csv')
    api.step(3600, new Float64Array(layout.snapshot.length))
    expect(api.shadowStatus().compared.power).toBe(60)
  })

  it('puts a series not named after a rack on the first server no rack series drives, at its own time', async () => {
    const { api } = tinyApi()
    const later = rows('node-x', 'cpu_utilization', '0.5,ratio').slice(0, 10)
    // node-x's readings begin 10 min after A-01's, at 00:10: the run starts at 00:00 with A-01's.
    const mixed = [csv, ...later.map((row, k) => row.replace(/^\d+/, String(JUNE_3 + 600 + 300 * k)))]
    const { layout, summary } = await api.loadTrace([new File([mixed.join('\n')], 'mixed.csv')], 'csv')
    expect(layout.startEpochS).toBe(JUNE_3)
    expect(summary.csv).toMatchObject({ rackSeries: 1, drivenServers: 11 })
    const out = new Float64Array(layout.snapshot.length)
    const a02 = () => out[layout.snapshot.rackPowerW + 1]
    api.step(300, out)
    expect(a02()).toBe(1000) // 10 idle servers: node-x has not begun
    api.step(600, out)
    expect(a02()).toBe(200 + 9 * 100) // its first server at 0.5: 100 + 200 × 0.5 W
  })

  it('accepts measured rows alone: the scenario’s workload drives the servers, the readings shadow it', async () => {
    const { api } = tinyApi()
    const measuredOnly = csv
      .split('\n')
      .filter((line) => !line.includes('cpu_utilization'))
      .join('\n')
    const { layout, summary } = await api.loadTrace([new File([measuredOnly], 'power.csv')], 'csv')
    expect(summary).toMatchObject({ series: 0, durationS: 3600 })
    expect(summary.csv).toMatchObject({ rackSeries: 0, drivenServers: 0, shadowChannels: 2 })
    const out = api.step(600, new Float64Array(layout.snapshot.length))
    expect(api.workload().kind).toBe('constant')
    // The tiny hall's constant 0.5: 10 × (100 + 200 × 0.5) W = 2,000 W against 2,200 W measured.
    expect(out[layout.snapshot.rackPowerW]).toBe(2000)
    expect(api.shadowStatus().mapePct.power).toBeCloseTo((100 * 200) / 2200, 9)
  })

  it('refuses a long CSV with a header and no readings, naming the file', async () => {
    const { api } = tinyApi()
    const empty = new File(['timestamp,asset,metric,value,unit\n'], 'empty.csv')
    await expect(api.loadTrace([empty], 'csv')).rejects.toThrow('empty.csv: no readings to replay or compare')
  })
})

describe('loadTrace over comlink', () => {
  it('takes File objects and a proxied progress callback through a MessageChannel', async () => {
    const { port1, port2 } = new MessageChannel()
    expose(createSimApi(), port1)
    const remote = wrap<SimApi>(port2)
    try {
      await remote.load(defaultJson, 'default.json')
      const fractions: number[] = []
      const files = [planetLab('vm-a', 288, (k) => k % 100), planetLab('vm-b', 288, () => 100)]
      const { summary } = await remote.loadTrace(
        files,
        'planetlab',
        proxy((f: number) => void fractions.push(f)),
      )
      expect([summary.series, summary.durationS]).toEqual([2, 86_400])
      await expect.poll(() => fractions.at(-1)).toBe(1)
      await expect(remote.loadTrace([new File(['7\n101\n'], 'vm-c')], 'planetlab')).rejects.toThrow(
        // Node clones a File as a nameless Blob (a browser keeps the name), hence no name to check here.
        /:2: expected an integer percentage 0\.\.100, got "101"$/,
      )
    } finally {
      remote[releaseProxy]()
      port1.close()
      port2.close()
    }
  })
})
