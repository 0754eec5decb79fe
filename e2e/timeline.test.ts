// The run's timeline under the hall: play a while, read the synced charts, scrub with keys and the pointer and see
// the hall's clock follow, jump to the alarm of a failed unit, come back live; sparklines in the Inspector.
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatSimTime } from '../src/ui/format.ts'
import { parseClock, waitUntil } from './page.ts'
import { clickRack, layoutOf } from './project.ts'
import { canvasOf, openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const START_EPOCH_S = Date.parse('2026-01-05T00:00:00Z') / 1000 // scenarios/default.json startDate
const STEP_S = 3600 // the speed picked below (1 h/s) is the step of a key press
const slider = () => page.getByTestId('timeline-slider')
const valueNow = async () => Number(await slider().getAttribute('aria-valuenow'))
const valueMax = async () => Number(await slider().getAttribute('aria-valuemax'))
const until = <T>(probe: () => Promise<T>, accept: (v: T) => boolean) => waitUntil(probe, accept, 30_000)
/** The hall's clock in the toolbar, which shows the state on screen (scrubbed or live). */
const simClock = () => text(page, 'sim-clock')
/**
 * Waits until the toolbar's clock reads `atS` s into the run, to the minute it prints (floored) and a second of
 * rounding in aria-valuenow; returns the clock's text.
 */
async function clockReaches(atS: number): Promise<string> {
  const off = (t: string) => parseClock(t) / 1000 - (START_EPOCH_S + atS)
  const shown = await until(simClock, (t) => off(t) <= 1 && off(t) > -61)
  expect(off(shown)).toBeLessThanOrEqual(1)
  expect(off(shown)).toBeGreaterThan(-61)
  return shown
}

/** Pixels of `target`'s screenshot within 40 (summed over r, g, b) of `hex`: how much of a line is drawn. */
async function pixelsOfColour(target: Locator, hex: string): Promise<number> {
  const png = await target.screenshot()
  return page.evaluate(
    async ({ b64, hex }) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' })
      const bitmap = await createImageBitmap(blob)
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!
      ctx.drawImage(bitmap, 0, 0)
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height)
      const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16))
      let n = 0
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40) n++
      return n
    },
    { b64: png.toString('base64'), hex },
  )
}

/** True when two boxes share any area. */
const overlaps = (a: DOMRect | null, b: DOMRect | null) =>
  !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const boxOf = (l: Locator) => l.boundingBox() as Promise<DOMRect | null>

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Timeline', () => {
  /** The dock's box, after checking it is clear of the hall's corner cards and the canvas ends above it. */
  async function dockClear(): Promise<DOMRect> {
    const dock = (await boxOf(page.getByTestId('timeline')))!
    for (const other of [
      page.getByTestId('legend'),
      page.locator('.view-presets'),
      page.locator('.edit-bar'),
    ]) {
      if ((await other.count()) === 0) continue
      expect(overlaps(dock, await boxOf(other.first()))).toBe(false)
    }
    // The canvas gives way rather than lying under the dock.
    const canvas = (await boxOf(canvasOf(page)))!
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(dock.y + 1)
    return dock
  }

  it('sits under the hall, at most 90 px tall, clear of the corner cards at 1280×720 and 1920×1080', async () => {
    const dock = await dockClear()
    console.log('timeline dock box (collapsed, 1280×720):', dock)
    expect(dock.height).toBeLessThanOrEqual(90)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await settle(500)
    const wide = await dockClear()
    console.log('timeline dock box (collapsed, 1920×1080):', wide)
    expect(wide.height).toBeLessThanOrEqual(90)
    await page.screenshot({ path: `${shots}timeline-1080.png` })
    await page.setViewportSize({ width: 1280, height: 720 })
    await settle(500)
  })

  it('plays a few hours, then draws every chart line', { timeout: 120_000 }, async () => {
    await page.getByTestId('speed').selectOption(String(STEP_S))
    await page.getByTestId('play').click()
    const max = await until(valueMax, (v) => v >= 4 * 3600)
    await page.getByTestId('play').click()
    console.log('run played to', max, 's')
    expect(max).toBeGreaterThanOrEqual(4 * 3600)
    expect(await text(page, 'timeline-clock')).toMatch(/^Live /)
    expect(await text(page, 'timeline-end')).toBe('now')

    await page.getByTestId('timeline-charts-toggle').click()
    await settle(500)
    // One line colour of each chart (chartSeries.ts): IT power blue, PUE violet, hottest inlet red, CPU blue,
    // cooling headroom green.
    const lines: [string, string][] = [
      ['chart-power', '#4f8cff'],
      ['chart-pue', '#c08cff'],
      ['chart-temperature', '#ff6b6b'],
      ['chart-utilization', '#4f8cff'],
      ['chart-headroom', '#3ecf8e'],
    ]
    for (const [id, colour] of lines) {
      const canvas = page.getByTestId(id).locator('canvas')
      const drawn = await until(
        () => pixelsOfColour(canvas, colour),
        (n) => n > 50,
      )
      console.log(`${id}: ${drawn} px of ${colour}`)
      expect(drawn).toBeGreaterThan(50)
    }
    const open = await dockClear()
    console.log('timeline dock box (charts open, 1280×720):', open)
    await page.screenshot({ path: `${shots}timeline-charts.png` })
    await page.getByTestId('timeline-charts-toggle').click()
  })

  it(
    'scrubs with the keyboard and the pointer; the hall clock follows; Live returns',
    { timeout: 120_000 },
    async () => {
      await slider().focus()
      await page.keyboard.press('Home')
      const startText = formatSimTime(START_EPOCH_S)
      expect(await until(simClock, (t) => t === startText)).toBe(startText)
      expect(await valueNow()).toBe(0)
      expect(await slider().getAttribute('aria-valuetext')).toBe(startText)

      await page.keyboard.press('ArrowRight')
      const oneStep = formatSimTime(START_EPOCH_S + STEP_S)
      expect(await until(simClock, (t) => t === oneStep)).toBe(oneStep)
      expect(await valueNow()).toBe(STEP_S)
      expect(await text(page, 'timeline-clock')).toBe(`Showing ${oneStep}`)

      // Half-way along the track: half the run, to within a pixel's worth of time.
      const track = (await boxOf(slider()))!
      const max = await valueMax()
      await page.mouse.click(track.x + track.width / 2, track.y + track.height / 2)
      const half = await until(valueNow, (v) => Math.abs(v - max / 2) < max / track.width + 1)
      console.log(`clicked half-way: ${half} s of ${max} s`)
      expect(Math.abs(half - max / 2)).toBeLessThan(max / track.width + 1)
      await clockReaches(half)
      await page.screenshot({ path: `${shots}timeline-scrubbed.png` })

      // The step buttons move by the same hour.
      await page.getByTestId('timeline-step-back').click()
      expect(await until(valueNow, (v) => v === half - STEP_S)).toBe(half - STEP_S)
      await clockReaches(half - STEP_S)
      await page.getByTestId('timeline-live').click()
      expect(
        await until(
          () => text(page, 'timeline-clock'),
          (t) => t.startsWith('Live'),
        ),
      ).toMatch(/^Live /)
      expect(await valueNow()).toBe(await valueMax())
    },
  )

  it('jumps back to the alarm of a failed unit', { timeout: 120_000 }, async () => {
    await page.getByTestId('unit-crah-1').click()
    await page.getByTestId('unit-toggle').click()
    const failedAtS = await valueMax()
    await page.getByTestId('play').click()
    await until(valueMax, (v) => v >= failedAtS + 2 * 3600)
    await page.getByTestId('play').click()
    const alarms = page.locator('[data-testid="timeline-marker"][data-severity="alarm"]')
    expect(
      await until(
        () => alarms.count(),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0)

    await page.getByTestId('timeline-prev-alarm').click()
    const at = await until(valueNow, (v) => v < failedAtS + 2 * 3600)
    console.log(`unit failed at about ${failedAtS} s; previous alarm at ${at} s`)
    expect(at).toBeGreaterThanOrEqual(failedAtS - 60)
    expect(at).toBeLessThanOrEqual(failedAtS + 60)
    await clockReaches(at)
    expect(await text(page, 'kpi-units')).toBe('2 / 3')
    await page.screenshot({ path: `${shots}timeline-alarm.png` })

    await page.getByTestId('timeline-live').click()
    await until(
      () => text(page, 'timeline-clock'),
      (t) => t.startsWith('Live'),
    )
  })

  it('shows the selected rack and unit over the run in the Inspector', async () => {
    await page.getByTestId('unit-crah-2').click()
    await until(
      () => page.getByTestId('spark-room').count(),
      (n) => n > 0,
    )
    expect(await text(page, 'spark-room-range')).toMatch(
      /^min \d+\.\d °C · max \d+\.\d °C · latest \d+\.\d °C$/,
    )
    const rack = layoutOf('default').racks[0].id
    await clickRack(page, 'default', rack)
    await until(
      () => page.getByTestId('spark-inlet').count(),
      (n) => n > 0,
    )
    const [lo, hi] = (await text(page, 'spark-inlet-range')).match(/\d+\.\d/g)!.map(Number)
    console.log(`rack ${rack} inlet over the run: ${lo}–${hi} °C`)
    expect(hi).toBeGreaterThan(lo) // a unit failed mid-run: its inlet moved
    expect(await text(page, 'spark-power-range')).toMatch(/kW/)
    await page.screenshot({ path: `${shots}timeline-sparklines.png` })
    expect(session.errors).toEqual([])
  })

  it('Restart starts the timeline over: no history, no markers', { timeout: 60_000 }, async () => {
    await page.getByTestId('timeline-restart').click()
    expect(await until(valueMax, (v) => v < 600)).toBeLessThan(600)
    expect(await page.getByTestId('timeline-marker').count()).toBe(0)
    // The units' figure follows the first frame of the restarted run, which can land a moment after the slider.
    expect(
      await until(
        () => text(page, 'kpi-units'),
        (t) => t === '3 / 3',
      ),
    ).toBe('3 / 3')
    expect(session.errors).toEqual([])
  })
})
