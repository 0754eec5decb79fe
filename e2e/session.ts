// One browser page on the production build for a test file: console errors collected, helpers to read it.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { BACKGROUND_HEX } from '../src/scene/palette.ts'
import { launchChromium, startPreview } from './browser.ts'
import { numberOf, pixelStats, waitUntil } from './page.ts'

export const shots = fileURLToPath(new URL('./screenshots/', import.meta.url))
const root = fileURLToPath(new URL('..', import.meta.url))

// A blank or black canvas fails both; a lit, coloured hall passes both by a wide margin.
const MIN_NON_BACKGROUND = 0.2
const MIN_DISTINCT_COLOURS = 40

export interface Session {
  page: Page
  /** Console errors and uncaught page errors, in order. */
  errors: string[]
  close: () => Promise<void>
}

/** Serves dist/, opens the app at 1280×720 and records every console or page error. */
export async function openApp(): Promise<Session> {
  const server = await startPreview(root)
  let browser: Browser | undefined
  try {
    browser = await launchChromium()
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`))
    mkdirSync(shots, { recursive: true })
    await page.goto(server.url)
    const opened = browser
    const close = async () => {
      await opened.close()
      await server.close()
    }
    return { page, errors, close }
  } catch (error) {
    await browser?.close()
    await server.close()
    throw error
  }
}

/** openApp, then waits until the worker's first numbers are on screen (IT load above zero). */
export async function openLiveApp(): Promise<Session> {
  const session = await openApp()
  await waitUntil(
    () => numberOf(session.page, 'kpi-it'),
    (v) => v > 0,
    15_000,
  )
  return session
}

export const text = (page: Page, testId: string) => page.getByTestId(testId).innerText()
export const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))
// The hall's WebGL canvas: the first in the hall area, whose later canvases are the legend's mark icons and the
// timeline's charts.
export const canvasOf = (page: Page) => page.getByTestId('viewport').locator('canvas').first()

/** Waits until the canvas shows a lit, coloured hall (not a blank or black one), then asserts it. */
export async function expectHallDrawn(page: Page): Promise<void> {
  const stats = await waitUntil(
    () => pixelStats(page, canvasOf(page), BACKGROUND_HEX),
    (s) => s.nonBackground > MIN_NON_BACKGROUND && s.distinct > MIN_DISTINCT_COLOURS,
  )
  console.log('canvas pixels:', stats)
  expect(stats.nonBackground).toBeGreaterThan(MIN_NON_BACKGROUND)
  expect(stats.distinct).toBeGreaterThan(MIN_DISTINCT_COLOURS)
}
