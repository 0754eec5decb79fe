// The app as a user sees it, in real Chromium on software WebGL, against the production build in dist/.
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BACKGROUND_HEX } from '../src/scene/palette.ts'
import { launchChromium, startPreview } from './browser.ts'
import { numberOf, parseClock, pixelStats, waitUntil, webglRenderer } from './page.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const shots = fileURLToPath(new URL('./screenshots/', import.meta.url))
const hasLargeHall = existsSync(fileURLToPath(new URL('../scenarios/large-hall.json', import.meta.url)))

// A blank or black canvas fails both; a lit, coloured hall passes both by a wide margin.
const MIN_NON_BACKGROUND = 0.2
const MIN_DISTINCT_COLOURS = 40

let browser: Browser
let page: Page
let server: Awaited<ReturnType<typeof startPreview>>
const errors: string[] = []

const canvas = () => page.getByTestId('viewport').locator('canvas')
const text = (testId: string) => page.getByTestId(testId).innerText()
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function expectHallDrawn() {
  const stats = await waitUntil(
    () => pixelStats(page, canvas(), BACKGROUND_HEX),
    (s) => s.nonBackground > MIN_NON_BACKGROUND && s.distinct > MIN_DISTINCT_COLOURS,
  )
  console.log('canvas pixels:', stats)
  expect(stats.nonBackground).toBeGreaterThan(MIN_NON_BACKGROUND)
  expect(stats.distinct).toBeGreaterThan(MIN_DISTINCT_COLOURS)
}

beforeAll(async () => {
  server = await startPreview(root)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`))
  mkdirSync(shots, { recursive: true })
  await page.goto(server.url)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('Plenum in the browser', () => {
  it('draws the default hall in colour on WebGL', async () => {
    await waitUntil(
      () => numberOf(page, 'kpi-it'),
      (v) => v > 0,
    )
    console.log('WebGL renderer:', await webglRenderer(page))
    expect(await page.title()).toBe('Plenum — data-center digital twin')
    expect(await text('sim-clock')).toBe('2026-01-05 00:00 UTC')
    await expectHallDrawn()
    // textContent, not innerText: the heading is upper-cased by CSS.
    const legend = await page.getByTestId('legend').textContent()
    expect(legend).toContain('Rack inlet temperature (°C)')
    expect(legend).toContain('ASHRAE recommended max')
  })

  it('advances the simulated clock after Play', async () => {
    await page.getByTestId('speed').selectOption('21600')
    await page.getByTestId('play').click()
    const first = parseClock(await text('sim-clock'))
    await settle(2500)
    const second = parseClock(await text('sim-clock'))
    console.log('simulated minutes in 2.5 s at 6 h/s:', (second - first) / 60_000)
    expect(second).toBeGreaterThan(first)
    await page.getByTestId('speed').selectOption('600')
  })

  it('shows finite KPIs in plausible ranges', async () => {
    expect(await numberOf(page, 'kpi-it')).toBeGreaterThan(0)
    expect(await numberOf(page, 'kpi-cooling')).toBeGreaterThan(0)
    const pue = await numberOf(page, 'kpi-pue')
    expect(pue).toBeGreaterThan(1)
    expect(pue).toBeLessThan(3)
    const maxInlet = await numberOf(page, 'kpi-max-inlet')
    expect(maxInlet).toBeGreaterThan(10)
    expect(maxInlet).toBeLessThan(45)
    await page.getByTestId('play').click() // pause, so the screenshot shows one moment
    await page.screenshot({ path: `${shots}default.png`, fullPage: true })
  })

  it('fails and restores a cooling unit, and shows the refusal to fail the last one', async () => {
    const units = () => text('kpi-units')
    expect(await units()).toBe('3 / 3')
    for (const [id, after] of [
      ['crah-1', '2 / 3'],
      ['crah-2', '1 / 3'],
    ]) {
      await page.getByTestId(`unit-${id}`).click()
      await expect(text('inspector-title')).resolves.toContain(id)
      await page.getByTestId('unit-toggle').click()
      expect(await waitUntil(units, (v) => v === after, 5000)).toBe(after)
      expect(
        await waitUntil(
          () => text('inspector-unit-state'),
          (v) => v === 'failed',
          5000,
        ),
      ).toBe('failed')
    }
    await page.getByTestId('unit-crah-3').click()
    await page.getByTestId('unit-toggle').click()
    const refusal = await waitUntil(
      () =>
        page
          .getByTestId('error')
          .innerText()
          .catch(() => ''),
      (v) => v.length > 0,
      5000,
    )
    expect(refusal).toContain('last running cooling unit')
    expect(await units()).toBe('1 / 3')
    await page.screenshot({ path: `${shots}default-two-units-failed.png`, fullPage: true })

    await page.getByTestId('unit-crah-1').click()
    await page.getByTestId('unit-toggle').click()
    expect(await waitUntil(units, (v) => v === '2 / 3', 5000)).toBe('2 / 3')
    expect(await text('unit-toggle')).toBe('Fail unit')
  })

  it.skipIf(!hasLargeHall)('switches to the large hall', async () => {
    await page.getByTestId('scenario').selectOption('large-hall')
    const units = await waitUntil(
      () => text('kpi-units'),
      (v) => v.endsWith('/ 18'),
    )
    expect(units).toMatch(/\/ 18$/)
    expect(await text('sim-clock')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/)
    await expectHallDrawn()
    await page.screenshot({ path: `${shots}large-hall.png`, fullPage: true })
  })

  it('logged no console errors and no page errors', () => {
    expect(errors).toEqual([])
  })
})
