// Shadow mode from a recorded long CSV picked in the Workload tab: the run moves to the CSV's own date, rack
// utilisation drives the racks, and the MAPE table equals the same run computed here in Node.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createSimulation, parseScenarioText } from '../sim/index.ts'
import type { Metric, ShadowStatus } from '../sim/index.ts'
import { readTrace } from '../workers/traceLoad.ts'
import { parseClock, waitUntil } from './page.ts'
import { openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

/** 2025-06-03 00:00 UTC: months before the default scenario's 2026-01-05 start. */
const JUNE_3 = Date.parse('2025-06-03T00:00:00Z') / 1000
const READINGS = 73 // every 5 min for 6 h

/** A monitoring export for three racks and the three CRAHs, plus one asset the hall does not have. */
function exportCsv(): string {
  const rows = ['timestamp,asset,metric,value,unit']
  for (let k = 0; k < READINGS; k++) {
    const at = new Date((JUNE_3 + 300 * k) * 1000).toISOString()
    const ramp = k / (READINGS - 1)
    rows.push(
      `${at},A-01,cpu_utilization,80,%`,
      `${at},A-02,cpu_utilization,${(0.2 + 0.6 * ramp).toFixed(3)},ratio`,
      `${at},B-12,cpu_utilization,0.5,ratio`,
      `${at},A-01,power,6.2,kW`,
      `${at},A-02,power,${(3 + 3 * ramp).toFixed(2)},kW`,
      `${at},B-12,power,4800,W`,
      `${at},A-01,inlet_temperature,22.0,C`,
      `${at},A-02,inlet_temperature,21.5,C`,
      `${at},B-12,inlet_temperature,23.0,C`,
      `${at},crah-1,supply_temperature,18.5,C`,
      `${at},crah-2,supply_temperature,19.0,C`,
      `${at},crah-3,supply_temperature,18.2,C`,
      `${at},Z-99,power,1.0,kW`,
    )
  }
  return rows.join('\n') + '\n'
}

let session: Session
let page: Page
let dir: string
let csvPath: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenum-shadow-'))
  csvPath = join(dir, 'dc-export-june.csv')
  writeFileSync(csvPath, exportCsv())
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** The same CSV and scenario run in Node to `runS`, with the start moved to the CSV's first reading. */
async function nodeShadow(runS: number): Promise<ShadowStatus> {
  const path = new URL('../scenarios/default.json', import.meta.url)
  const scenario = parseScenarioText(readFileSync(path, 'utf8'), 'default.json')
  const { input } = await readTrace([new File([exportCsv()], 'dc-export-june.csv')], 'csv')
  const sim = createSimulation({ ...scenario, startEpochS: JUNE_3 }, input)
  sim.runUntil(runS)
  return sim.shadowStatus()
}

/** A MAPE row's cells as the panel prints them: metric, sensors, readings compared, MAPE to 0.1 %. */
const LABELS: Partial<Record<Metric, string>> = {
  power: 'Power',
  inlet_temperature: 'Inlet',
  supply_temperature: 'Supply air',
}
function expectedRow(shadow: ShadowStatus, metric: Metric): string[] {
  const sensors = shadow.sensors.filter((s) => s.metric === metric).length
  const compared = shadow.compared[metric].toLocaleString('en')
  return [LABELS[metric]!, String(sensors), compared, `${shadow.mapePct[metric].toFixed(1)} %`]
}
const rowOf = (metric: Metric) => page.getByTestId(`shadow-mape-${metric}`).locator('td').allTextContents()

it('picks the CSV: the run starts on 3 June 2025 and says what shadows the twin', async () => {
  await page.getByTestId('tab-workload').click()
  expect(await text(page, 'shadow-none')).toContain('replay a long CSV')
  await page.getByTestId('trace-input').setInputFiles(csvPath)
  const status = await waitUntil(
    () => text(page, 'trace-status').catch(() => ''),
    (v) => v !== '',
    15_000,
  )
  expect(status).toBe('Replaying 3 series')
  // The clock is written from the next frame, which may land just after the status.
  const clock = await waitUntil(
    () => text(page, 'sim-clock'),
    (v) => v.startsWith('2025'),
    5000,
  )
  expect(clock).toBe('2025-06-03 00:00 UTC')
  const detail = await text(page, 'trace-detail')
  expect(detail).toContain('6 h 5 min of readings from 2025-06-03 00:00 UTC')
  // and B-12 hold 16 servers each in the default hall.
  expect(detail).toContain('On 48 of 384 servers: 3 racks by name, the rest idle')
  expect(await text(page, 'trace-measured')).toBe(
    '9 measured channels shadow the twin (power, inlet, supply air); 1 ignored, not in this hall',
  )
  await page.getByTestId('trace-status').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${shots}shadow-replay-trace.png` })
})

it('plays two simulated hours: the MAPE rows equal the same run in Node at the same run time', async () => {
  await page.getByTestId('speed').selectOption('3600')
  await page.getByTestId('play').click()
  await settle(2000)
  await page.getByTestId('play').click()
  await settle(300) // the last step lands
  // The clock floors to the minute and the physics ticks every 60 s, so the run has compared the twin at
  // exactly the ticks up to that minute.
  const runS = (parseClock(await text(page, 'sim-clock')) - JUNE_3 * 1000) / 1000
  console.log(`paused at run time ${runS} s`)
  expect(runS).toBeGreaterThan(1800)
  expect(runS).toBeLessThan(6 * 3600)
  const node = await nodeShadow(runS)
  console.log('Node:', node.mapePct, node.compared)
  expect(node.compared.power).toBe((3 * runS) / 60)
  for (const metric of ['power', 'inlet_temperature', 'supply_temperature'] as const) {
    const expected = expectedRow(node, metric)
    const shown = await waitUntil(
      () => rowOf(metric),
      (cells) => cells.join('|') === expected.join('|'),
      15_000,
    )
    expect(shown).toEqual(expected)
  }
  expect(node.ignoredChannels).toEqual(['Z-99/power'])
  const panel = page.getByTestId('shadow-panel')
  await panel.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${shots}shadow-replay.png` })
})

it('logged no console errors and no page errors', () => {
  expect(session.errors).toEqual([])
})
