// The event log in the browser: fail a CRAH and a PDU, play until conditions arise, read the badge, open the log
// (the badge clears), filter it, and open an event: its asset is selected and the hall's clock shows its time.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseClock, waitUntil } from './page.ts'
import { openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const badge = () => page.getByTestId('tab-events').locator('.badge')
const badgeCount = async () => ((await badge().count()) ? Number.parseInt(await badge().innerText(), 10) : 0)
const rows = () => page.getByTestId('event-row')
/** The kinds of the rows listed, in order (newest first). */
const kinds = () => rows().evaluateAll((els) => els.map((el) => el.getAttribute('data-kind') ?? ''))

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Event log', () => {
  it('says nothing has happened before anything has', async () => {
    await page.getByTestId('tab-events').click()
    expect(await text(page, 'events-empty')).toContain('Nothing has happened yet')
    expect(await badgeCount()).toBe(0)
  })

  it('counts unread events on the tab, clears them when opened, filters, and opens an event', async () => {
    // The run is paused at its start: the clock there is the scenario's start.
    const startMs = parseClock(await text(page, 'sim-clock'))
    // An hour of simulated time per second; an hour of a quiet run first, so the failures are not at t = 0.
    await page.getByTestId('speed').selectOption('3600')
    await page.getByTestId('play').click()
    await waitUntil(
      async () => parseClock(await text(page, 'sim-clock')),
      (ms) => ms >= startMs + 3_600_000,
      30_000,
    )
    await page.getByTestId('play').click()
    await page.getByTestId('tab-whatif').click()
    for (const key of ['unit:crah-1', 'pdu:pdu-a1']) {
      await page.getByTestId('whatif-target').selectOption(key)
      await page.getByTestId('whatif-fail-now').click()
    }
    // The hall answers the failures within a few seconds of wall time.
    await page.getByTestId('play').click()
    // Until the hall's cooling has lost its spare (the chip counts while the tab is closed: textContent).
    const coolingEvents = async () =>
      Number(await page.getByTestId('event-chip-cooling').locator('.chip-count').textContent())
    await waitUntil(coolingEvents, (n) => n > 0, 60_000)
    await page.getByTestId('play').click()
    const unread = await badgeCount()
    console.log('unread events on the tab after the failures:', unread)
    expect(unread).toBeGreaterThanOrEqual(3)

    await page.getByTestId('tab-events').click()
    expect(await waitUntil(badgeCount, (n) => n === 0, 5_000)).toBe(0)
    const total = Number(await text(page, 'event-count'))
    expect(await rows().count()).toBe(total)
    expect(total).toBeGreaterThanOrEqual(unread)
    // Newest first: the times never rise down the list.
    const times = await rows().evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-at-s'))))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(await kinds()).toContain('failure')
    await page.screenshot({ path: `${shots}events-log.png` })

    // Failures & restores only: the two failures, nothing else; the chip's count says as much.
    await page.getByTestId('event-chip-failures').click()
    const failures = await kinds()
    console.log('listed under Failures & restores:', failures)
    expect(failures.every((k) => k === 'failure' || k === 'restore' || k === 'setting')).toBe(true)
    expect(failures.filter((k) => k === 'failure')).toHaveLength(2)
    expect(await page.getByTestId('event-chip-failures').locator('.chip-count').innerText()).toBe(
      String(failures.length),
    )
    await page.getByTestId('event-alarms-only').check()
    const alarms = await rows().evaluateAll((els) => els.map((el) => el.className))
    expect(alarms.length).toBeGreaterThan(0)
    expect(alarms.every((c) => c.includes('alarm'))).toBe(true)
    await page.getByTestId('event-alarms-only').uncheck()
    await page.getByTestId('event-chip-failures').click()

    // The PDU leaves racks on one feed (power), the CRAH leaves the hall's cooling without its spare (cooling).
    await page.getByTestId('event-chip-power').click()
    const powerAssets = await rows().evaluateAll((els) => els.map((el) => el.getAttribute('data-asset')))
    console.log('listed under Power:', powerAssets.length, 'events, e.g.', powerAssets.slice(0, 3))
    expect(powerAssets.length).toBeGreaterThan(0)
    expect(powerAssets).not.toContain('cooling')
    await page.getByTestId('event-chip-power').click()
    await page.getByTestId('event-chip-cooling').click()
    expect(await rows().evaluateAll((els) => els.map((el) => el.getAttribute('data-asset')))).toContain(
      'cooling',
    )
    await page.getByTestId('event-chip-cooling').click()

    // Open the CRAH's failure (filtered to the failures: in a long log the oldest rows are not drawn until
    // scrolled to): it is selected, the Events tab stays, the clock goes back to its minute.
    await page.getByTestId('event-chip-failures').click()
    const crah = page.locator('[data-testid="event-row"][data-asset="crah-1"][data-kind="failure"]')
    const atS = Number(await crah.getAttribute('data-at-s'))
    expect(atS).toBeGreaterThanOrEqual(3600)
    const expectedMs = Math.floor((startMs / 1000 + atS) / 60) * 60_000
    // The run has moved on since: opening the event takes the clock back.
    expect(parseClock(await text(page, 'sim-clock'))).toBeGreaterThan(expectedMs)
    await crah.click()
    expect(await crah.getAttribute('aria-current')).toBe('true')
    expect(await page.getByTestId('tab-events').getAttribute('aria-selected')).toBe('true')
    const clockMs = await waitUntil(
      async () => parseClock(await text(page, 'sim-clock')),
      (ms) => ms === expectedMs,
      30_000,
    )
    console.log(`crah-1 failed at ${atS} s; clock ${await text(page, 'sim-clock')}`)
    expect(clockMs).toBe(expectedMs)
    await page.screenshot({ path: `${shots}events-opened.png` })
    await page.getByTestId('tab-inspect').click()
    expect(await text(page, 'inspector-title')).toContain('crah-1')

    // A PDU is not drawn in the hall: its event opens the Power tab, which lists it. By keyboard: from crah-1's
    // row, Up reaches pdu-a1's (failed just after, so listed above it) and Enter opens it.
    await page.getByTestId('tab-events').click()
    await crah.focus()
    await page.keyboard.press('ArrowUp')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-asset'))
    expect(focused).toBe('pdu-a1')
    await page.keyboard.press('Enter')
    expect(await page.getByTestId('tab-power').getAttribute('aria-selected')).toBe('true')
    expect(await text(page, 'power-state-pdu-a1')).toBe('failed')
    // The filter stays with the panel (across halls too): back to every event.
    await page.getByTestId('tab-events').click()
    await page.getByTestId('event-chip-failures').click()
  })

  it('exports the whole log as CSV', async () => {
    await page.getByTestId('tab-events').click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('events-export').click(),
    ])
    const path = await download.path()
    const { readFileSync } = await import('node:fs')
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n')
    expect(lines[0]).toMatch(/^time_utc,at_s,severity,group,kind/)
    expect(lines.length - 1).toBe(Number(await text(page, 'event-count')))
  })

  it('draws only the rows in view of a long log, and the oldest on scrolling to it (large hall, five PDUs failed)', async () => {
    await page.getByTestId('scenario').selectOption('large-hall')
    await waitUntil(
      () => text(page, 'kpi-units'),
      (v) => v.endsWith('/ 18'),
      60_000,
    )
    expect(await badgeCount()).toBe(0)
    // Each A-side PDU feeds two rows of 22 racks: the west side's five failed leave 220 racks on one feed.
    await page.getByTestId('tab-whatif').click()
    for (const pair of ['W1W2', 'W3W4', 'W5W6', 'W7W8', 'W9W10']) {
      await page.getByTestId('whatif-target').selectOption(`pdu:pdu-${pair}-a`)
      await page.getByTestId('whatif-fail-now').click()
    }
    await page.getByTestId('speed').selectOption('600')
    await page.getByTestId('play').click()
    // The badge stops counting at 99 ('99+'), then the list (mounted while hidden) says how many it holds.
    await waitUntil(
      () => badge().innerText(),
      (t) => t === '99+',
      60_000,
    )
    const listed = () => page.getByTestId('event-list').getAttribute('data-rows')
    await waitUntil(listed, (n) => Number(n) > 200, 60_000)
    await page.getByTestId('play').click()
    await page.getByTestId('tab-events').click()
    const list = page.getByTestId('event-list')
    const total = Number(await list.getAttribute('data-rows'))
    // The box is measured once shown (a ResizeObserver): the rows in view plus 8 below.
    const drawn = await waitUntil(
      () => rows().count(),
      (n) => n > 8,
      5_000,
    )
    console.log(`large hall, five PDUs failed: ${total} events, ${drawn} rows drawn`)
    expect(total).toBeGreaterThan(200)
    expect(await list.getAttribute('data-windowed')).toBe('true')
    expect(drawn).toBeLessThan(60)
    // The oldest event, the first failure, is drawn once scrolled to.
    const first = page.locator('[data-testid="event-row"][data-asset="pdu-W1W2-a"][data-kind="failure"]')
    expect(await first.count()).toBe(0)
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await waitUntil(
      () => first.count(),
      (n) => n === 1,
      5_000,
    )
    expect(await first.count()).toBe(1)
    expect(await rows().count()).toBeLessThan(60)
    await page.screenshot({ path: `${shots}events-long.png` })
    await first.click()
    expect(await page.getByTestId('tab-power').getAttribute('aria-selected')).toBe('true')
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
