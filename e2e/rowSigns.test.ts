// Row signs never overlap (Chromium): a hall of fourteen two-rack rows with long names, 0.4 m apart, where every
// sign drawn would cover its neighbours; in the overview, the plan and zoomed in, the signs shown keep apart, the
// first by name is always among them, and more are shown the nearer the camera. Screenshots: readable-signs-*.png.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropFile } from './hallFiles.ts'
import { manyRowsText } from './manyRows.ts'
import { waitUntil } from './page.ts'
import { expectSignsApart } from './rowSigns.ts'
import { canvasOf, expectHallDrawn, openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const viewNow = () => canvasOf(page).getAttribute('data-view')

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
  await expectHallDrawn(page)
})

afterAll(async () => {
  await session?.close()
})

describe('Row signs', { timeout: 120_000 }, () => {
  it('keep apart in the overview of a hall of fourteen short rows, the first by name shown', async () => {
    await dropFile(page, 'many-rows.json', manyRowsText())
    await waitUntil(
      () => text(page, 'hall-summary'),
      (s) => s.includes('28 racks'),
      30_000,
    )
    expect(await waitUntil(viewNow, (v) => v === 'overview', 10_000)).toBe('overview')
    await settle(500)
    await page.screenshot({ path: `${shots}readable-signs-overview.png` })
    const shown = await expectSignsApart(page, 'overview')
    // Fourteen rows; at 0.4 m apart not all fit. DM-Akron leads the name order, so it is always kept.
    expect(shown.length).toBeGreaterThan(1)
    expect(shown.length).toBeLessThan(14)
    expect(shown.map((s) => s.text)).toContain('Row DM-Akron')
  })

  it('keep apart in the plan, where they lie beside the rows', async () => {
    await page.getByTestId('view-plan').click()
    expect(await waitUntil(viewNow, (v) => v === 'plan', 10_000)).toBe('plan')
    await settle(300)
    await page.screenshot({ path: `${shots}readable-signs-plan.png` })
    const shown = await expectSignsApart(page, 'plan')
    expect(shown.map((s) => s.text)).toContain('DM-Akron')
  })

  it('show more of them zoomed in, still apart', async () => {
    await page.getByTestId('view-reset').click()
    expect(await waitUntil(viewNow, (v) => v === 'overview', 10_000)).toBe('overview')
    await settle(300)
    const far = (await expectSignsApart(page, 'overview again')).length
    const c = await canvasOf(page).boundingBox()
    if (!c) throw new Error('no canvas')
    await page.mouse.move(c.x + c.width * 0.5, c.y + c.height * 0.5)
    for (let k = 0; k < 4; k++) await page.mouse.wheel(0, -240)
    await waitUntil(viewNow, (v) => v === 'free', 5000)
    await settle(500)
    await page.screenshot({ path: `${shots}readable-signs-zoomed.png` })
    const near = await expectSignsApart(page, 'zoomed in')
    expect(near.length).toBeGreaterThan(far)
    expect(session.errors).toEqual([])
  })
})
