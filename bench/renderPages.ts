// The two pages the render bench compares: the app playing the large hall at its fastest speed, and the bare
// three.js page drawing the same boxes (bench/bare/). Each opens in its own Chromium page at 1280×720.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { parseClock } from '../e2e/page.ts'
import { shareLinkOf } from '../src/library/shareLink.ts'
import { firstFrameOf, installProbe, startProbe, stopProbe } from './renderProbe.ts'
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

/** Opens the large hall by share link, plays it at the fastest speed, measures `seconds` after `warmS`. */
export async function runApp(
  browser: Browser,
  baseUrl: string,
  boxes: number,
  seconds: number,
  warmS: number,
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
  await speeds.selectOption(String(Math.max(...values)))
  await page.getByTestId('play').click()
  await pause(warmS * 1000)
  const clock = async () => parseClock(await page.getByTestId('sim-clock').innerText())
  const fromMs = await clock()
  await startProbe(page)
  await pause(seconds * 1000)
  const window = await stopProbe(page)
  const simHoursPerS = ((await clock()) - fromMs) / 3_600_000 / (window.durationMs / 1000)
  // To look at (gitignored, as e2e's): the hall as it played, signs and tint included.
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
