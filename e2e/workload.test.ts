// Recorded traces in the browser: PlanetLab files picked or dropped on the hall, replayed in place of the
// scenario's workload; a malformed file named in the error banner; back to the scenario's own workload.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { numberOf, parseClock, waitUntil } from './page.ts'
import { expectHallDrawn, openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page
let dir: string

const SAMPLES = 288 // one day of PlanetLab's five-minute samples

/** `count` PlanetLab VM files named `${prefix}-1`…, each a day of `percent(sample, vm)` %. */
function vmTexts(prefix: string, percent: (k: number, vm: number) => number, count = 3) {
  return Array.from({ length: count }, (_, vm) => ({
    name: `${prefix}-${vm + 1}`,
    body: Array.from({ length: SAMPLES }, (_, k) => `${Math.round(percent(k, vm))}\n`).join(''),
  }))
}

function writeFiles(files: { name: string; body: string }[]): string[] {
  return files.map(({ name, body }) => {
    const path = join(dir, name)
    writeFileSync(path, body)
    return path
  })
}

const until = <T>(probe: () => Promise<T>, accept: (v: T) => boolean) => waitUntil(probe, accept, 15_000)
const status = () =>
  until(
    () => text(page, 'trace-status').catch(() => ''),
    (v) => v !== '',
  )

/** Plays at 1 h/s for `ms` of wall time, then pauses; returns the simulated hours that passed. */
async function playFor(ms: number): Promise<number> {
  const before = parseClock(await text(page, 'sim-clock'))
  await page.getByTestId('speed').selectOption('3600')
  await page.getByTestId('play').click()
  await settle(ms)
  await page.getByTestId('play').click()
  await settle(300) // the last step lands
  return (parseClock(await text(page, 'sim-clock')) - before) / 3_600_000
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenum-trace-'))
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('Recorded traces', () => {
  let synthetic = 0

  it('replays picked PlanetLab files of idle VMs: the IT load falls below the diurnal load', async () => {
    synthetic = await numberOf(page, 'kpi-it')
    await page.getByTestId('tab-workload').click()
    expect(await text(page, 'trace-none')).toContain("scenario's own workload")
    const started = Date.now()
    await page.getByTestId('trace-input').setInputFiles(writeFiles(vmTexts('idle', () => 0)))
    expect(await status()).toBe('Replaying 3 series')
    console.log(`3 × ${SAMPLES}-line trace read and the run restarted in ${Date.now() - started} ms`)
    const detail = await text(page, 'trace-detail')
    expect(detail).toContain('PlanetLab · idle-1, idle-2, idle-3')
    expect(detail).toContain('On 3 of 384 servers, the rest idle')
    expect(await text(page, 'sim-clock')).toBe('2026-01-05 00:00 UTC') // restarted at t = 0
    const hours = await playFor(2000)
    const idle = await numberOf(page, 'kpi-it')
    console.log(`IT kW: ${synthetic} diurnal at t = 0, ${idle} after ${hours.toFixed(1)} h of idle VMs`)
    expect(hours).toBeGreaterThan(0)
    expect(idle).toBeLessThan(synthetic * 0.85)
    expect(await numberOf(page, 'workload-util-now')).toBe(0)
    expect(
      await until(
        () => text(page, 'workload-mean'),
        (v) => v === '0',
      ),
    ).toBe('0')
  })

  it('refuses a malformed file: the banner names the file and line 1, and the replay carries on', async () => {
    await page.getByTestId('trace-input').setInputFiles(writeFiles([{ name: 'vm-bad', body: 'abc\n' }]))
    const banner = await until(
      () => text(page, 'error').catch(() => ''),
      (v) => v !== '',
    )
    console.log('banner:', banner)
    expect(banner).toContain('vm-bad:1: ')
    expect(banner).toContain('"abc"')
    expect(await text(page, 'trace-status')).toBe('Replaying 3 series')
    expect(await text(page, 'trace-detail')).toContain('idle-1')
    await page.getByRole('button', { name: 'Dismiss' }).click()
  })

  it('replays files dropped on the hall, with an overlay while they are dragged over it', async () => {
    // One VM per server (384): a day of load peaking at noon, each VM offset by up to ±20 points.
    const shape = (k: number, vm: number) =>
      45 - 25 * Math.cos((2 * Math.PI * k) / SAMPLES) + ((vm % 9) - 4) * 5
    const files = vmTexts('busy', (k, vm) => Math.min(Math.max(shape(k, vm), 0), 100), 384)
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer()
      for (const f of list) dt.items.add(new File([f.body], f.name))
      return dt
    }, files)
    const viewport = page.getByTestId('viewport')
    await viewport.dispatchEvent('dragenter', { dataTransfer: transfer })
    // The overlay names all three things a drop may be (scenario, NetBox export, trace): see TraceDropZone.
    expect(await text(page, 'drop-overlay')).toContain('Trace files replay')
    await page.screenshot({ path: `${shots}workload-drop.png` })
    await viewport.dispatchEvent('drop', { dataTransfer: transfer })
    expect(
      await until(
        () => text(page, 'trace-detail').catch(() => ''),
        (v) => v.includes('busy-1'),
      ),
    ).toContain('busy-1, busy-2 and 382 more')
    expect(await page.getByTestId('drop-overlay').count()).toBe(0)
    expect(await status()).toBe('Replaying 384 series')
    const hours = await playFor(3000)
    const now = await numberOf(page, 'workload-util-now')
    console.log(
      `utilisation ${now} % and IT ${await numberOf(page, 'kpi-it')} kW after ${hours.toFixed(1)} h`,
    )
    expect(now).toBeGreaterThan(15)
    expect(
      await until(
        () => numberOf(page, 'workload-p95'),
        (v) => v > 0,
      ),
    ).toBeGreaterThan(0)
    await expectHallDrawn(page)
    await page.screenshot({ path: `${shots}workload.png` })
  })

  it("goes back to the scenario's workload: the run restarts with the diurnal IT load", async () => {
    await page.getByTestId('trace-clear').click()
    expect(
      await until(
        () => text(page, 'trace-none').catch(() => ''),
        (v) => v.includes('(diurnal)'),
      ),
    ).toContain("scenario's own workload (diurnal)")
    expect(
      await until(
        () => numberOf(page, 'kpi-it'),
        (v) => v === synthetic,
      ),
    ).toBe(synthetic)
    expect(await text(page, 'sim-clock')).toBe('2026-01-05 00:00 UTC')
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
