// Story mode in Chromium on growth.json: the story forecasts the hall itself (a progress bar), plays with captions
// and large headline figures, pauses and steps on the keyboard, reaches its end card; a short WebM export is decoded
// in a <video> element in the page (no ffprobe here: ui-stack.md pitfall 12). Screenshots: a caption, the end card.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitUntil } from './page.ts'
import { openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const phase = () => page.getByTestId('story').getAttribute('data-phase')
const atS = async () => Number(await page.getByTestId('story-progress').getAttribute('data-at-s'))
const caption = () => text(page, 'story-caption').catch(() => '')
const seenCaptions = () => page.evaluate(() => [...((window as unknown as { seen: Set<string> }).seen ?? [])])

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
  await page.getByTestId('scenario').selectOption('growth')
  await waitUntil(
    () => text(page, 'hall-summary'),
    (v) => v.includes('growing'),
  )
  // A short forecast keeps the preparing phase to seconds on a loaded 2-core machine (the story caps replicas at 32).
  await page.getByTestId('tab-forecast').click()
  await page.getByTestId('forecast-months').fill('12')
  await page.getByTestId('forecast-replicas').fill('8')
  await page.getByTestId('forecast-workers').fill('2')
  // Every caption shown, however briefly: the story moves on by itself.
  await page.evaluate(() => {
    const seen = new Set<string>()
    ;(window as unknown as { seen: Set<string> }).seen = seen
    new MutationObserver(() => {
      const c = document.querySelector('[data-testid="story-caption"]')
      if (c?.textContent) seen.add(c.textContent)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
})

afterAll(async () => {
  await session?.close()
})

describe('story mode', { timeout: 300_000 }, () => {
  it('prepares its own forecast with a progress bar, then plays with captions and headline figures', async () => {
    await page.getByTestId('story-open').click()
    expect(await page.getByTestId('story').isVisible()).toBe(true)
    // No forecast of this hall yet: the story runs one, counting replicas (the tab's 8, under the story's cap of 32).
    expect(await text(page, 'story-preparing')).toMatch(/Forecasting the hall’s growth: \d+ of 8 replicas/)
    await waitUntil(phase, (p) => p !== 'preparing', 180_000)
    expect(await phase()).toBe('playing')
    await waitUntil(caption, (c) => c.length > 0)
    expect(await caption()).toBe('Jan 2026: the hall today, and 12 months of growth ahead')
    // growth.json has a day/night tariff in EUR: the cost is priced, not invented.
    expect(await text(page, 'story-energy')).toMatch(/EUR/)
    expect(await text(page, 'story-pue')).toMatch(/^1\.\d\d/)
    expect(await text(page, 'story-capacity')).toMatch(/\d+ %/)
    // The hall fills the window under the story (the fallback when full screen is refused headless).
    const box = await page.getByTestId('viewport').boundingBox()
    expect([box?.width, box?.height]).toEqual([1280, 720])
  })

  it('Space pauses and resumes; → and ← step between milestones', async () => {
    const runningBefore = await page.getByTestId('play').getAttribute('aria-pressed')
    await page.keyboard.press('Space')
    expect(await phase()).toBe('paused')
    const pausedAt = await atS()
    await settle(1000)
    expect(await atS()).toBe(pausedAt)
    // Space must not also reach the page's shortcuts: the run underneath is neither started nor stopped by it.
    expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe(runningBefore)
    const first = await caption()
    await page.keyboard.press('ArrowRight')
    await waitUntil(caption, (c) => c !== first)
    const second = await caption()
    // The bar's data-at-s follows the clock on the next animation frame.
    const secondAt = await waitUntil(atS, (t) => t > pausedAt)
    expect(secondAt).toBeGreaterThan(pausedAt)
    await page.keyboard.press('ArrowRight')
    await waitUntil(caption, (c) => c !== second)
    await page.keyboard.press('ArrowLeft')
    await waitUntil(caption, (c) => c === second)
    expect(await waitUntil(atS, (t) => t === secondAt)).toBe(secondAt)
    await settle(600)
    await page.screenshot({ path: `${shots}story-caption.png` })
    await page.keyboard.press('Space')
    expect(await phase()).toBe('playing')
  })

  it('plays to its end card, having shown captions of capacity added and limits crossed', async () => {
    // Jump to the last milestone, then let the rest of the year play out.
    for (let k = 0; k < 30; k++) await page.keyboard.press('ArrowRight')
    if ((await phase()) === 'paused') await page.keyboard.press('Space')
    await waitUntil(phase, (p) => p === 'ended', 120_000)
    expect(await page.getByTestId('story-end').isVisible()).toBe(true)
    const seen = await seenCaptions()
    console.log('captions seen:', seen)
    expect(seen.some((c) => /capacity added/.test(c))).toBe(true)
    expect(seen.length).toBeGreaterThanOrEqual(3)
    await page.screenshot({ path: `${shots}story-end.png` })
  })

  it('exports a WebM that a <video> element decodes: finite duration, a frame that is not blank', async () => {
    await page.getByTestId('story-export').click()
    await waitUntil(
      () => page.getByTestId('story-recording').getAttribute('data-progress'),
      (p) => Number(p) > 0.02,
      60_000,
    )
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('story-stop-recording').click(),
    ])
    expect(download.suggestedFilename()).toBe('plenum-story-growth.webm')
    const bytes = readFileSync((await download.path())!)
    console.log('webm bytes:', bytes.length)
    expect(bytes.length).toBeGreaterThan(10_000)
    // Decoded on a blank page of the same browser: the app's CSP (default-src 'none') rightly allows no media.
    const blank = await page.context().browser()!.newPage()
    const decoded = await blank.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const video = document.createElement('video')
      video.muted = true
      video.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }))
      await new Promise((ok, bad) => {
        video.onloadedmetadata = ok
        video.onerror = () => bad(new Error(`video error ${video.error?.code}`))
      })
      const metadataS = video.duration
      video.currentTime = Math.min(1, metadataS / 2)
      await new Promise((ok) => (video.onseeked = ok))
      const c = document.createElement('canvas')
      c.width = video.videoWidth
      c.height = video.videoHeight
      const ctx = c.getContext('2d')!
      ctx.drawImage(video, 0, 0)
      const px = ctx.getImageData(0, 0, c.width, c.height).data
      const colours = new Set<number>()
      let lit = 0
      for (let i = 0; i < px.length; i += 4 * 97) {
        colours.add((px[i] >> 4) * 256 + (px[i + 1] >> 4) * 16 + (px[i + 2] >> 4))
        if (px[i] + px[i + 1] + px[i + 2] > 120) lit++
      }
      // The frame on the blank page, for a screenshot to judge by eye.
      c.style.width = '100%'
      document.body.style.margin = '0'
      document.body.append(c)
      return { metadataS, durationS: video.duration, w: c.width, h: c.height, colours: colours.size, lit }
    }, bytes.toString('base64'))
    await blank.setViewportSize({ width: 1280, height: 720 })
    await blank.screenshot({ path: `${shots}story-video-frame.png` })
    await blank.close()
    console.log('decoded:', decoded)
    expect(Number.isFinite(decoded.metadataS)).toBe(true)
    expect(decoded.durationS).toBeGreaterThan(0)
    expect([decoded.w, decoded.h]).toEqual([1280, 720])
    expect(decoded.colours).toBeGreaterThan(20)
    expect(decoded.lit).toBeGreaterThan(50)
  })

  it('Esc closes the story and gives the page back', async () => {
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('story').count()).toBe(0)
    expect(await page.getByTestId('play').isVisible()).toBe(true)
  })

  it('a hall without growth plays days of its live run at the fastest speed, then gives the speed back', async () => {
    await page.getByTestId('scenario').selectOption('default')
    await waitUntil(
      () => text(page, 'hall-summary'),
      (v) => !v.includes('growing'),
    )
    const speedBefore = await page.getByTestId('speed').inputValue()
    await page.getByTestId('story-open').click()
    await waitUntil(phase, (p) => p === 'playing')
    await waitUntil(caption, (c) => c.length > 0)
    expect(await caption()).toMatch(/: 3 days of the hall at high speed$/)
    expect(await text(page, 'story-runs-out')).toMatch(/no growth/)
    // The run moves under the story once the opening caption's 3 s hold is over: 6 h of simulated time a second.
    await waitUntil(atS, (s) => s > 3600, 30_000)
    expect(await page.getByTestId('speed').inputValue()).toBe('21600')
    await page.screenshot({ path: `${shots}story-live.png` })
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('speed').inputValue()).toBe(speedBefore)
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
