// The two pages the render bench compares: the app playing the large hall at its fastest speed, and the bare
// three.js page drawing the same boxes (bench/bare/). Each opens in its own Chromium page at 1280×720.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { parseClock } from '../e2e/page.ts'
import { shareLinkOf } from '../src/library/shareLink.ts'
import { firstFrameOf, installProbe, skipPlainDraws, startProbe, stopProbe } from './renderProbe.ts'
import type { ProbeWindow } from './renderProbe.ts'

export const VIEWPORT = { width: 1280, height: 720 }
export const HALL_FILE = fileURLToPath(new URL('../scenarios/large-hall.json', import.meta.url))

/** One page's run: the measured window plus start-up numbers. */
export interface PageRun {
  window: ProbeWindow
  firstFrameMs: number | null
  /** Scripts fetched before the first frame (workers included): count and gzipped bytes (level 9). */
  scripts: { count: number; gzipBytes: number }
  /** Simulated hours per wall-clock second over the window (the app's clock; null for the bare page). */
  simHoursPerS: number | null
}

/** Collects every script response; `until()` freezes the list (the JS "loaded at start"). */
function scriptLog(page: Page) {
  const bodies: Promise<Buffer>[] = []
  let open = true
  page.on('response', (res) => {
    const url = res.url()
    if (open && res.ok() && (res.request().resourceType() === 'script' || url.endsWith('.js')))
      bodies.push(res.body().catch(() => Buffer.alloc(0)))
  })
  return {
    async until() {
      open = false
      const all = await Promise.all(bodies)
      return { count: all.length, gzipBytes: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) }
    },
  }
}

async function waitFirstFrame(page: Page, what: string, timeoutMs = 60_000): Promise<number> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const ms = await firstFrameOf(page)
    if (ms !== null) return ms
    if (Date.now() > end) throw new Error(`${what}: no frame drew the hall within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * What a variant of the app run switches off, to find what the frame time goes to (RENDER_VARIANTS, comma-separated):
 * `no-dom` hides every element but the canvas (visibility, so the canvas keeps its size and the DOM is still
 * updated, only not painted); `instanced-only` skips every draw call that is not instanced (floor, grid, aisles,
 * walls, labels, signs: only racks and units are drawn); `slow` plays at a tenth of the fastest speed, so the
 * simulation worker takes a tenth of the CPU.
 */
export const VARIANTS = ['no-dom', 'instanced-only', 'slow'] as const
export type Variant = (typeof VARIANTS)[number]

/** Opens the large hall by share link, plays it at the fastest speed, measures `seconds` after `warmS`. */
export async function runApp(
  browser: Browser,
  baseUrl: string,
  boxes: number,
  seconds: number,
  warmS: number,
  off: Variant[] = [],
) {
  const page = await browser.newPage({ viewport: VIEWPORT })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await installProbe(page, boxes)
  const scripts = scriptLog(page)
  const doc = JSON.parse(readFileSync(HALL_FILE, 'utf8')) as Parameters<typeof shareLinkOf>[0]
  await page.goto(await shareLinkOf(doc, baseUrl))
  const firstFrameMs = await waitFirstFrame(page, 'app')
  const loaded = await scripts.until()
  // The fastest of the speed picker's options (its values are simulated seconds per second).
  const speeds = page.getByTestId('speed')
  const values = await speeds
    .locator('option')
    .evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)))
  const fastest = Math.max(...values)
  const slow = values.reduce((a, b) => (Math.abs(b - fastest / 10) < Math.abs(a - fastest / 10) ? b : a))
  await speeds.selectOption(String(off.includes('slow') ? slow : fastest))
  if (off.includes('instanced-only')) await skipPlainDraws(page)
  await page.getByTestId('play').click()
  // The page's CSP allows no inline <style>; CSSOM writes are allowed. Visibility inherits, so only the canvas shows.
  if (off.includes('no-dom'))
    await page.evaluate(() => {
      document.body.style.visibility = 'hidden'
      document.querySelector('canvas')!.style.visibility = 'visible'
    })
  await pause(warmS * 1000)
  const clock = async () => parseClock((await page.getByTestId('sim-clock').textContent()) ?? '')
  const fromMs = await clock()
  await startProbe(page)
  await pause(seconds * 1000)
  const window = await stopProbe(page)
  const simHoursPerS = ((await clock()) - fromMs) / 3_600_000 / (window.durationMs / 1000)
  // To look at (gitignored, as e2e's): the hall as it played, signs and tint included.
  if (off.length === 0)
    await page.screenshot({
      path: fileURLToPath(new URL('../e2e/screenshots/bench-render.png', import.meta.url)),
    })
  const camera = await page.locator('canvas').first().getAttribute('data-camera')
  const box = await page.locator('canvas').first().boundingBox()
  if (errors.length > 0) throw new Error(`app page errors: ${errors.join('; ')}`)
  return { page, run: { window, firstFrameMs, scripts: loaded, simHoursPerS } as PageRun, camera, box }
}

/** Opens the bare page with the app's boxes, canvas size and camera; measures `seconds` after `warmS`. */
export async function runBare(
  browser: Browser,
  url: string,
  scene: unknown,
  boxes: number,
  seconds: number,
  warmS: number,
): Promise<PageRun> {
  const page = await browser.newPage({ viewport: VIEWPORT })
  await installProbe(page, boxes)
  await page.addInitScript({ content: `window.__bareScene = ${JSON.stringify(scene)}` })
  const scripts = scriptLog(page)
  await page.goto(url)
  const firstFrameMs = await waitFirstFrame(page, 'bare page')
  const loaded = await scripts.until()
  await pause(warmS * 1000)
  await startProbe(page)
  await pause(seconds * 1000)
  const window = await stopProbe(page)
  await page.close()
  return { window, firstFrameMs, scripts: loaded, simHoursPerS: null }
}
