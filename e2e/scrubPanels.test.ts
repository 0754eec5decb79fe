// Scrubbed back, panels whose numbers the worker computes for the run's present say so and are greyed (the Power
// tab's conditions list, the Failures tab's "From now" column, the Workload tab's run figures); the Inspector's
// sparklines mark the time on screen. Back at the present, none of that shows.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatShortTime } from '../src/ui/format.ts'
import { waitUntil } from './page.ts'
import { layoutOf, rackTopOnCanvas } from './project.ts'
import { canvasOf, openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'
import { frameOf, playUntil, timelineOf } from './scrubHook.ts'

let session: Session
let page: Page

const frame = () => frameOf(page)
const timeline = () => timelineOf(page)
const atPresent = (testId: string) =>
  page.getByTestId(testId).evaluate((e) => e.closest('[data-at-present]') !== null)

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
}, 60_000)

afterAll(async () => {
  await session?.close()
})

describe('Panels while scrubbed back', () => {
  it('label and grey what describes the present, mark the shown time on sparklines, and clear at the present', async () => {
    const layout = layoutOf('default')
    const start = layout.startEpochS
    await page.getByTestId('speed').selectOption('600')
    await playUntil(page, start + 3600)
    await page.getByTestId('tab-whatif').click()
    await page.getByTestId('whatif-target').selectOption('unit:crah-1')
    await page.getByTestId('whatif-fail-now').click()
    await waitUntil(
      () => text(page, 'kpi-units'),
      (v) => v === '2 / 3',
    )
    const failedAtS = (await frame())[0]
    await playUntil(page, start + failedAtS + 3600)
    const presentS = (await frame())[0]
    await waitUntil(timeline, (t) => t.rows > failedAtS / 60 && t.presentS === presentS)

    // A rack selected, for the Inspector's sparklines.
    await page.getByTestId('tab-inspect').click()
    const box = (await canvasOf(page).boundingBox())!
    const at = rackTopOnCanvas(layout, 0, box.width, box.height)
    await page.mouse.click(box.x + at.x, box.y + at.y)
    await waitUntil(
      () => text(page, 'inspector-title'),
      (v) => v === 'Rack A-01',
      5000,
    )
    expect(await page.getByTestId('spark-inlet-view').count()).toBe(0)

    // At the present: the columns and figures as they were, no notes.
    await page.getByTestId('tab-whatif').click()
    expect(await page.getByTestId('ttl-now-title').innerText()).toMatch(/^From now/)
    expect(await page.getByTestId('ttl-now-note').count()).toBe(0)
    expect(await atPresent('ttl-now-27')).toBe(false)

    // Scrub to a quarter of the run: before the failure.
    const slider = page.getByTestId('timeline-slider')
    const sb = (await slider.boundingBox())!
    await slider.click({ position: { x: sb.width / 4, y: sb.height / 2 } })
    const shown = await waitUntil(timeline, (t) => t.viewS !== null && !t.scrubbing)
    const viewS = shown.viewS!
    expect(viewS).toBeLessThan(failedAtS)
    await waitUntil(frame, (f) => f[0] === viewS)
    const words = `the run’s present, ${formatShortTime(start + presentS)} — the hall shows ${formatShortTime(start + viewS)}`
    const plain = `At the present, ${formatShortTime(start + presentS)} — the hall shows ${formatShortTime(start + viewS)}`

    // Failures tab: the outlook column is the present's, said and greyed.
    expect(await page.getByTestId('ttl-now-title').innerText()).toMatch(/^From the present/)
    expect(await text(page, 'ttl-now-note')).toBe(`“From the present” is ${words}`)
    for (const c of [27, 32, 35]) expect(await atPresent(`ttl-now-${c}`)).toBe(true)
    expect(await atPresent('ttl-failure-27')).toBe(false)
    // The failure column follows the hall on screen: crah-1 had not failed yet at the shown time.
    expect(await page.getByTestId('ttl-failure-title').innerText()).toMatch(/^No failure yet/)
    await page.locator('aside.side').screenshot({ path: `${shots}scrub-panels-failures.png` })

    // Power tab: the conditions list is the present's (crah-1 down there, not at the time shown).
    await page.getByTestId('tab-power').click()
    expect(
      await waitUntil(
        () => page.getByTestId('conditions-at-present-note').count(),
        (n) => n === 1,
      ),
    ).toBe(1)
    expect(await text(page, 'conditions-at-present-note')).toBe(plain)
    await page.locator('aside.side').screenshot({ path: `${shots}scrub-panels-power.png` })

    // Workload tab: the run's mean and p95 are the present's; the "Now" figure reads the frame on screen.
    await page.getByTestId('tab-workload').click()
    expect(await text(page, 'workload-at-present-note')).toMatch(
      new RegExp(`^Run mean, p95( and jobs)? are ${words}$`),
    )
    expect(await atPresent('workload-mean')).toBe(true)
    expect(await atPresent('workload-p95')).toBe(true)
    expect(await atPresent('workload-util-now')).toBe(false)
    await page.locator('aside.side').screenshot({ path: `${shots}scrub-panels-workload.png` })

    // Inspector: the sparklines mark the shown time, about a quarter of the way along.
    await page.getByTestId('tab-inspect').click()
    const x = Number(await page.getByTestId('spark-inlet-view').getAttribute('data-x'))
    const fraction = viewS / presentS
    console.log(`scrubbed to ${viewS} of ${presentS} s: sparkline view line at x ${x} of 180`)
    expect(Math.abs(x / 180 - fraction)).toBeLessThan(0.05)
    expect(await page.getByTestId('spark-power-view').count()).toBe(1)
    expect(await text(page, 'spark-inlet-at-view')).toContain(`at ${formatShortTime(start + viewS)}`)
    await page.getByTestId('sparklines').screenshot({ path: `${shots}scrub-panels-sparklines.png` })

    // Back at the present: no note, no grey, no view line.
    await page.getByTestId('timeline-live').click()
    await waitUntil(frame, (f) => f[0] === presentS)
    expect(await page.getByTestId('spark-inlet-view').count()).toBe(0)
    await page.getByTestId('tab-whatif').click()
    expect(await page.getByTestId('ttl-now-title').innerText()).toMatch(/^From now/)
    expect(await page.getByTestId('ttl-now-note').count()).toBe(0)
    expect(await atPresent('ttl-now-27')).toBe(false)
    await page.getByTestId('tab-power').click()
    expect(await page.getByTestId('conditions-at-present-note').count()).toBe(0)
    await page.getByTestId('tab-workload').click()
    expect(await page.getByTestId('workload-at-present-note').count()).toBe(0)
    expect(session.errors).toEqual([])
  }, 240_000)
})
