// The hall as a user sees it, in real Chromium on software WebGL, against the production build in dist/.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { numberOf, parseClock, pixelStats, waitUntil, webglRenderer } from './page.ts'
import { BACKGROUND_HEX } from '../src/scene/palette.ts'
import { layoutOf, rackTopOnCanvas } from './project.ts'
import { canvasOf, expectHallDrawn, openApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

const hasLargeHall = existsSync(fileURLToPath(new URL('../scenarios/large-hall.json', import.meta.url)))

let session: Session
let page: Page

beforeAll(async () => {
  session = await openApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Plenum in the browser', () => {
  it('draws the default hall in colour on WebGL', async () => {
    await waitUntil(
      () => numberOf(page, 'kpi-it'),
      (v) => v > 0,
    )
    console.log('WebGL renderer:', await webglRenderer(page))
    expect(await page.title()).toBe('Plenum — data-center digital twin')
    expect(await text(page, 'sim-clock')).toBe('2026-01-05 00:00 UTC')
    await expectHallDrawn(page)
    // textContent, not innerText: the heading is upper-cased by CSS.
    const legend = await page.getByTestId('legend').textContent()
    expect(legend).toContain('Rack inlet temperature (°C)')
    expect(legend).toContain('ASHRAE recommended max')
  })

  it('advances the simulated clock after Play', async () => {
    await page.getByTestId('speed').selectOption('21600')
    await page.getByTestId('play').click()
    const first = parseClock(await text(page, 'sim-clock'))
    await settle(2500)
    const second = parseClock(await text(page, 'sim-clock'))
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
    for (const id of ['kpi-max-inlet', 'kpi-room-air']) {
      const c = await numberOf(page, id)
      expect(c).toBeGreaterThan(10)
      expect(c).toBeLessThan(45)
    }
    await page.getByTestId('play').click() // pause, so the screenshot shows one moment
    await page.screenshot({ path: `${shots}default.png` })
  })

  it('picks the rack under the cursor, with north (row B) beyond row A as on the floor plan', async () => {
    const box = await canvasOf(page).boundingBox()
    if (!box) throw new Error('the canvas has no box')
    const layout = layoutOf('default')
    for (const id of ['A-01', 'B-12']) {
      const at = rackTopOnCanvas(
        layout,
        layout.racks.findIndex((r) => r.id === id),
        box.width,
        box.height,
      )
      await page.mouse.click(box.x + at.x, box.y + at.y)
      expect(
        await waitUntil(
          () => text(page, 'inspector-title'),
          (v) => v === `Rack ${id}`,
          5000,
        ),
      ).toBe(`Rack ${id}`)
    }
    // Row A (floor y 3.9 m) stands south of row B (6.9 m): nearer the viewer, so lower on the screen.
    const a = rackTopOnCanvas(layout, 0, box.width, box.height)
    const b = rackTopOnCanvas(layout, 12, box.width, box.height)
    expect(a.y).toBeGreaterThan(b.y)
    await page.getByRole('button', { name: 'Clear selection' }).click()
  })

  it('colours racks by ASHRAE band and explains the bands in the legend', async () => {
    await page.getByTestId('colour-bands').click()
    expect(await page.getByTestId('colour-bands').getAttribute('aria-pressed')).toBe('true')
    const legend = (await page.getByTestId('legend').textContent()) ?? ''
    for (const label of [
      'Below recommended',
      'Recommended',
      'A1 allowable',
      'A2 allowable',
      'A3 allowable',
      'Above A3',
    ])
      expect(legend).toContain(label)
    expect(legend).toContain('18–27')
    await expectHallDrawn(page)
    await page.screenshot({ path: `${shots}ashrae-bands.png` })
    await page.getByTestId('colour-gradient').click()
  })

  it('colours racks by CPU utilisation for planners, with its own key', async () => {
    const inletColours = await pixelStats(page, canvasOf(page), BACKGROUND_HEX)
    await page.getByTestId('colour-utilization').click()
    expect(await page.getByTestId('colour-utilization').getAttribute('aria-pressed')).toBe('true')
    const legend = (await page.getByTestId('legend').textContent()) ?? ''
    expect(legend).toContain('Rack CPU utilisation (%)')
    expect(legend).toContain('switched-off servers count as 0')
    await expectHallDrawn(page)
    // The racks repaint: the picture is not the inlet one any more.
    const utilColours = await pixelStats(page, canvasOf(page), BACKGROUND_HEX)
    expect(utilColours).not.toEqual(inletColours)
    await page.screenshot({ path: `${shots}utilisation.png` })
    await page.getByTestId('colour-gradient').click()
  })

  it.skipIf(!hasLargeHall)('switches to the large hall', async () => {
    await page.getByTestId('scenario').selectOption('large-hall')
    const units = await waitUntil(
      () => text(page, 'kpi-units'),
      (v) => v.endsWith('/ 18'),
    )
    expect(units).toMatch(/\/ 18$/)
    expect(await text(page, 'sim-clock')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/)
    await expectHallDrawn(page)
    await page.screenshot({ path: `${shots}large-hall.png` })
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
