// Following a real Prometheus from the page: connect by URL, rack utilisation drives the hall, readings shadow
// the twin (MAPE per metric, per-rack rows in the inspector), a restart is ridden out, a bad query is refused.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestPrometheus } from '../telemetry/testing/prometheusServer.ts'
import type { TestPrometheus } from '../telemetry/testing/prometheusServer.ts'
import { numberOf, waitUntil } from './page.ts'
import { openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

const RACKS = [...'AB'].flatMap((row) =>
  Array.from({ length: 12 }, (_, i) => `${row}-${String(i + 1).padStart(2, '0')}`),
)

/** A-01 at 90 %, the other 23 racks at 40 %; every inlet 22 °C; every CRAH supplying 21 °C against 20 set. */
function exposition(): string {
  const lines = ['# TYPE plenum_rack_cpu_utilization_ratio gauge']
  for (const rack of RACKS)
    lines.push(`plenum_rack_cpu_utilization_ratio{asset="${rack}"} ${rack === 'A-01' ? 0.9 : 0.4}`)
  lines.push('# TYPE plenum_rack_inlet_temperature_celsius gauge')
  for (const rack of RACKS) lines.push(`plenum_rack_inlet_temperature_celsius{asset="${rack}"} 22`)
  lines.push('# TYPE plenum_crah_supply_temperature_celsius gauge')
  for (const unit of ['crah-1', 'crah-2', 'crah-3'])
    lines.push(`plenum_crah_supply_temperature_celsius{asset="${unit}"} 21`)
  return `${lines.join('\n')}\n`
}

let prometheus: TestPrometheus
let session: Session
let page: Page

/** Waits until the element's text matches, and fails with what it showed last if it never does. */
async function expectText(testId: string, pattern: RegExp, ms = 30_000): Promise<string> {
  const last = await waitUntil(
    () => shown(testId),
    (v) => pattern.test(v),
    ms,
  )
  expect(last).toMatch(pattern)
  return last
}

/** The element's text as written (labels are upper-cased by CSS, which innerText would report); '' if absent. */
// Software WebGL can hold the page's main thread for over a second per frame on a loaded 2-core machine, and
// reading text waits for that thread: 1 s here read a present element as '' once under load.
const shown = async (testId: string) =>
  (await page
    .getByTestId(testId)
    .textContent({ timeout: 5000 })
    .catch(() => null)) ?? ''

beforeAll(async () => {
  prometheus = await startTestPrometheus(exposition)
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
  await prometheus?.close()
})

it('refuses a malformed query list, naming the line, and keeps the run', async () => {
  await page.getByTestId('tab-workload').click()
  const clockBefore = await text(page, 'sim-clock')
  await page.getByTestId('live-queries').fill('power = plenum_rack_power_watts\nhumidity = rack_rh')
  await page.getByTestId('live-connect').click()
  await expectText('live-form-error', /^query line 2: "humidity" is not one of cpu_utilization, power/)
  expect(await text(page, 'sim-clock')).toBe(clockBefore)
  expect(await shown('clock-label')).toBe('Simulated time')
})

it('follows Prometheus: measured utilisation drives the racks and readings shadow the twin', async () => {
  await page.reload()
  expect(
    await waitUntil(
      () => numberOf(page, 'kpi-it'),
      (v) => v > 0,
      15_000,
    ),
  ).toBeGreaterThan(0)
  await page.getByTestId('tab-workload').click()
  await page.getByTestId('live-url').fill(prometheus.baseUrl)
  await page.getByTestId('live-step').fill('1')
  await page.getByTestId('live-backfill').selectOption('0')
  await page.getByTestId('live-connect').click()
  await expectText('live-state', /^Live$/)
  expect(await shown('clock-label')).toBe('Live · source time')
  expect(await page.getByTestId('speed').isDisabled()).toBe(true)

  // (0.9 + 23 × 0.4) / 24 racks of 16 servers = 42.1 %.
  await expectText('workload-util-now', /^42$/)
  // Source time is the wall clock less Prometheus's 10 s lag; the clock shows whole minutes.
  const clock = (await text(page, 'sim-clock')).replace(' UTC', ':00Z').replace(' ', 'T')
  expect(Math.abs(Date.parse(clock) / 1000 - (Date.now() / 1000 - 10))).toBeLessThan(120)

  // Every CRAH supplies its 20 °C setpoint in the twin: 1 K under 21 °C measured is 1/21 = 4.8 %.
  await expectText('shadow-mape-supply_temperature', /^Supply air3[\d,]+4\.8 %$/)
  await expectText('shadow-mape-inlet_temperature', /^Inlet24[\d,]+\d+\.\d %$/)
  expect(await shown('shadow-raised')).toBe('No sensor off the twin by more than 2 K or 10 % for 15 min')
  await expectText('live-received', /^[\d,]+ in · [\d,]+ used$/)

  // The inspector of a cooling unit shows its measured supply beside the twin's.
  await page.getByTestId('tab-inspect').click()
  await page.getByTestId('unit-crah-1').click()
  await expectText('measured-supply_temperature', /^Supply air21\.0 °C\+1\.0 K4\.8 %$/)
  await page.getByTestId('tab-workload').click()
  await settle(500)
  await page.screenshot({ path: `${shots}live.png` })
})

it('waits for the data while Prometheus restarts, then follows on; stop hands back to the speed control', async () => {
  await prometheus.stop()
  await expectText('live-state', /^Retrying$/)
  await expectText('live-retry', /cannot reach http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query_range/)
  const frozen = await shown('live-twin')
  await settle(2000)
  expect(await shown('live-twin')).toBe(frozen) // no data, no time: the twin does not run on blind
  await prometheus.start()
  await expectText('live-state', /^Live$/, 45_000)
  const moved = await waitUntil(
    () => shown('live-twin'),
    (v) => v !== frozen,
    30_000,
  )
  expect(moved).not.toBe(frozen)
  await page.getByTestId('live-disconnect').click()
  await expectText('clock-label', /^Simulated time$/)
  expect(await page.getByTestId('speed').isDisabled()).toBe(false)
  expect(await page.getByTestId('live-form').isVisible()).toBe(true)
  expect(session.errors).toEqual([])
})
