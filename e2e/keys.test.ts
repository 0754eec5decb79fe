// The page's feel in Chromium: the keyboard shortcuts (Space, arrows, digits, ?), the help sheet's focus, the
// toolbar and side tabs fitting at three window sizes, and an accessible name on every control.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unnamedControls } from './accessibleNames.ts'
import { addProbes, legendMisfits, misfits, removeProbes } from './fit.ts'
import { parseClock, waitUntil } from './page.ts'
import { openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const pressed = () => page.getByTestId('play').getAttribute('aria-pressed')
const selectedTab = () => page.locator('[role=tab][aria-selected=true]').getAttribute('data-testid')
const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)
/** Keys go to the page itself, not to the last control clicked (Space on a button is that button's). */
const focusPage = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Keys, fit and names', { timeout: 300_000 }, () => {
  it('toolbar, side tabs and legend fit at 1280×720, 1440×900 and 1920×1080, with the widest marks they can carry', async () => {
    const found: Record<string, string[]> = {}
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height })
      await settle(300)
      const probes = await addProbes(page)
      const bad = [...(await misfits(page)), ...(await legendMisfits(page))]
      await page.screenshot({
        path: `${shots}keys-fit-${width}.png`,
        clip: { x: 0, y: 0, width, height: 140 },
      })
      await page.locator('aside.side').screenshot({ path: `${shots}keys-side-${width}.png` })
      await page.getByTestId('legend').screenshot({ path: `${shots}keys-legend-${width}.png` })
      await removeProbes(page)
      console.log(`${width}×${height}: probes ${probes.join(', ') || 'none'}; misfits ${bad.length}`)
      found[`${width}×${height}`] = bad.map((b) => `${b.what}: ${b.why}`)
    }
    await page.setViewportSize({ width: 1280, height: 720 })
    expect(found).toEqual({ '1280×720': [], '1440×900': [], '1920×1080': [] })
  })

  it('Space plays and pauses; keys typed into a field stay the field’s', async () => {
    await focusPage()
    expect(await pressed()).toBe('false')
    await page.keyboard.press('Space')
    expect(await waitUntil(pressed, (v) => v === 'true', 5_000)).toBe('true')
    await page.keyboard.press('Space')
    expect(await waitUntil(pressed, (v) => v === 'false', 5_000)).toBe('false')
    // A digit in the speed select is the select's type-ahead, not a tab switch.
    const before = await selectedTab()
    await page.getByTestId('speed').focus()
    await page.keyboard.press('3')
    await settle(200)
    expect(await selectedTab()).toBe(before)
  })

  it('→ steps the paused clock one second of the speed (10 min/s: 10 min), Shift+→ ten; Home and End', async () => {
    expect(await page.getByTestId('speed').inputValue()).toBe('600')
    await focusPage()
    const clock = async () => parseClock(await text(page, 'sim-clock'))
    const t0 = await clock()
    await page.keyboard.press('ArrowRight')
    const t1 = await waitUntil(clock, (t) => t !== t0, 10_000)
    await page.keyboard.press('Shift+ArrowRight')
    const t2 = await waitUntil(clock, (t) => t !== t1, 10_000)
    console.log(
      `clock: ${new Date(t0).toISOString()} → ${new Date(t1).toISOString()} → ${new Date(t2).toISOString()}`,
    )
    expect((t1 - t0) / 60_000).toBe(10)
    expect((t2 - t1) / 60_000).toBe(100)
    // Home shows the run's start, End the present the steps advanced the run to.
    await page.keyboard.press('Home')
    expect(await waitUntil(clock, (t) => t === t0, 10_000)).toBe(t0)
    await page.keyboard.press('End')
    expect(await waitUntil(clock, (t) => t === t2, 10_000)).toBe(t2)
  })

  it('1–6 switch the side tabs in the order shown', async () => {
    await focusPage()
    const order: (string | null)[] = []
    for (const key of ['2', '3', '4', '5', '6', '1']) {
      await page.keyboard.press(key)
      await settle(100)
      order.push(await selectedTab())
    }
    expect(order).toEqual([
      'tab-whatif',
      'tab-power',
      'tab-workload',
      'tab-forecast',
      'tab-events',
      'tab-inspect',
    ])
  })

  it('? opens the shortcut sheet with focus inside; other keys wait; Esc closes it and focus returns', async () => {
    await page.getByTestId('speed').focus()
    await page.getByTestId('speed').blur()
    await page.getByTestId('play').focus()
    await page.keyboard.press('?')
    const sheet = page.getByTestId('shortcut-help')
    await sheet.waitFor({ state: 'visible', timeout: 5_000 })
    expect(await focusedTestId()).toBe('shortcut-help-close')
    expect(await sheet.locator('tr').count()).toBeGreaterThanOrEqual(8)
    expect(await sheet.innerText()).toContain('Previous or next alarm')
    await page.screenshot({ path: `${shots}keys-help.png` })
    await page.keyboard.press('4')
    expect(await selectedTab()).toBe('tab-inspect')
    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached', timeout: 5_000 })
    expect(await focusedTestId()).toBe('play')
  })

  it('every button, select, input and tab has an accessible name, in each tab and with a unit selected', async () => {
    await page.getByTestId('unit-crah-1').click()
    const report: Record<string, string[]> = {}
    let total = 0
    for (const key of ['1', '2', '3', '4', '5', '6']) {
      await focusPage()
      await page.keyboard.press(key)
      await settle(300)
      const { controls, unnamed } = await unnamedControls(page)
      total += controls
      report[(await selectedTab()) ?? key] = unnamed
    }
    console.log(`controls named, over the six tabs: ${total}; unnamed:`, report)
    expect(total).toBeGreaterThan(40)
    expect(Object.values(report).flat()).toEqual([])
  })
  it('PUE says how many racks are off when racks lose power (their load is gone, not saved)', async () => {
    expect(await text(page, 'pue-note')).toBe('')
    await page.keyboard.press('2')
    for (const pdu of ['pdu-a1', 'pdu-b1']) {
      await page.getByTestId('whatif-target').selectOption(`pdu:${pdu}`)
      await page.getByTestId('whatif-fail-now').click()
    }
    const note = await waitUntil(
      () => text(page, 'pue-note'),
      (v) => v !== '',
      10_000,
    )
    console.log(`PUE ${await text(page, 'kpi-pue')}, note "${note}", IT ${await text(page, 'kpi-it')} kW`)
    expect(note).toMatch(/^\d+ racks? off$/)
    await page.locator('.kpis').screenshot({ path: `${shots}keys-pue-note.png` })
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
