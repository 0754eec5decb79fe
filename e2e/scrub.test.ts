// Scrub back to before a failure and see the hall as it was: clock, the unit running again, inlets as a fresh run's.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimApi } from '../workers/simApi.ts'
import { formatSimTime } from '../src/ui/format.ts'
import { numberOf, waitUntil } from './page.ts'
import { expectHallDrawn, openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'
import { frameOf, playUntil, timelineOf } from './scrubHook.ts'

let session: Session
let page: Page

const frame = () => frameOf(page)
const timeline = () => timelineOf(page)

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
}, 60_000)

afterAll(async () => {
  await session?.close()
})

describe('Scrubbing the run', () => {
  it('shows the hall as it was before a failure, exactly, then the present again', async () => {
    // The same hall in Node: what a fresh run gives at any time (the engine computes the same bytes in both).
    const fresh = createSimApi()
    const layout = fresh.load(readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8'))
    const start = layout.startEpochS
    await page.getByTestId('speed').selectOption('600')
    await playUntil(page, start + 3600)
    await page.getByTestId('tab-whatif').click()
    await page.getByTestId('whatif-target').selectOption('unit:crah-1')
    await page.getByTestId('whatif-fail-now').click()
    expect(
      await waitUntil(
        () => text(page, 'kpi-units'),
        (v) => v === '2 / 3',
      ),
    ).toBe('2 / 3')
    const failedAtS = (await frame())[0]
    await playUntil(page, start + failedAtS + 3600)
    const presentS = (await frame())[0]
    // The history reached the page at 2 Hz: a row a minute at least up to the failure.
    const synced = await waitUntil(timeline, (t) => t.rows > failedAtS / 60 && t.presentS === presentS)
    console.log(`failed crah-1 at ${failedAtS} s, present ${presentS} s, ${synced.rows} history rows`)

    // A click a quarter of the way along the timeline: a time well before the failure.
    const slider = page.getByTestId('timeline-slider')
    const box = (await slider.boundingBox())!
    await slider.click({ position: { x: box.width / 4, y: box.height / 2 } })
    const shown = await waitUntil(timeline, (t) => t.viewS !== null && !t.scrubbing)
    const viewS = shown.viewS!
    expect(viewS).toBeGreaterThan(0)
    expect(viewS).toBeLessThan(failedAtS)
    const past = await waitUntil(frame, (f) => f[0] === viewS)

    const expected = Array.from(fresh.step(viewS, new Float64Array(layout.snapshot.length)))
    const { rackInletC, rackCount } = layout.snapshot
    let worstK = 0
    for (let i = rackInletC; i < rackInletC + rackCount; i++)
      worstK = Math.max(worstK, Math.abs(past[i] - expected[i]))
    console.log(`scrubbed to ${viewS} s: largest inlet difference from a fresh run ${worstK} K`)
    expect(worstK).toBeLessThan(0.01)
    expect(await text(page, 'sim-clock')).toBe(formatSimTime(start + viewS))
    expect(await text(page, 'kpi-units')).toBe('3 / 3')
    expect(await numberOf(page, 'kpi-max-inlet')).toBe(Number(expected[6].toFixed(1)))
    await expectHallDrawn(page)
    await page.screenshot({ path: `${shots}scrub-before-failure.png` })

    // Back to the present: the failed unit and the clock of the run's end.
    await page.getByTestId('timeline-live').click()
    await waitUntil(frame, (f) => f[0] === presentS)
    expect((await timeline()).viewS).toBeNull()
    expect(await text(page, 'kpi-units')).toBe('2 / 3')
    expect(await text(page, 'sim-clock')).toBe(formatSimTime(start + presentS))

    // Ten minutes back from the present: a step through the past, then Restart: t = 0, nothing failed, no events.
    await page.getByTestId('timeline-step-back').click()
    const stepped = await waitUntil(timeline, (t) => t.viewS !== null && !t.scrubbing)
    expect(stepped.viewS).toBe(presentS - 600)
    await waitUntil(frame, (f) => f[0] === presentS - 600)
    expect(await text(page, 'kpi-units')).toBe('2 / 3')
    await page.getByTestId('timeline-restart').click()
    await waitUntil(frame, (f) => f[0] === 0)
    expect(
      await waitUntil(
        () => text(page, 'kpi-units'),
        (v) => v === '3 / 3',
      ),
    ).toBe('3 / 3')
    expect(await text(page, 'sim-clock')).toBe(formatSimTime(start))
    const restarted = await waitUntil(timeline, (t) => t.rows === 1)
    expect(restarted).toMatchObject({ rows: 1, events: 0, viewS: null })
    expect(session.errors).toEqual([])
  }, 240_000)
})
