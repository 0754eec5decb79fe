// Reading the hall (Chromium): the hover tooltip names the rack or unit under the pointer with its live numbers, the
// view presets put the camera where views.ts says (plan, aisle, overview), and restarting the same hall's run does
// not move a camera the user has placed, and no two row signs shown ever overlap (a hall of fourteen two-rack rows
// with long names, 0.4 m apart). Screenshots of every view go to e2e/screenshots/readable-*.png.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAMERA_FOV_DEG } from '../src/scene/framing.ts'
import type { Framing } from '../src/scene/framing.ts'
import { viewOf } from '../src/scene/views.ts'
import type { ViewName } from '../src/scene/views.ts'
import { waitUntil } from './page.ts'
import { boxTopOnCanvas, layoutOf } from './project.ts'
import { dropFile } from './hallFiles.ts'
import { manyRowsText } from './manyRows.ts'
import { expectSignsApart, expectSignsClearOfCards } from './rowSigns.ts'
import { canvasOf, expectHallDrawn, openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page
const layout = layoutOf('default')

async function canvasBox() {
  const box = await canvasOf(page).boundingBox()
  if (!box) throw new Error('no canvas on the page')
  return box
}

/** The camera as the rig marks it on the canvas: position and target, mm. */
async function cameraNow(): Promise<number[]> {
  const raw = await canvasOf(page).getAttribute('data-camera')
  return (raw ?? '').split(',').map(Number)
}

/** Waits until the hall summary mentions `part`, then a moment for the new layout to be drawn. */
async function untilSummary(part: string) {
  await waitUntil(
    () => text(page, 'hall-summary'),
    (s) => s.includes(part),
    20_000,
  )
  await settle(500)
}

const viewNow = () => canvasOf(page).getAttribute('data-view')

/** Presses a view button and waits for the glide to end on that view. */
async function show(name: ViewName, testId = name === 'overview' ? 'view-reset' : `view-${name}`) {
  await page.getByTestId(testId).click()
  expect(await waitUntil(viewNow, (v) => v === name, 10_000)).toBe(name)
}

/** Asserts the camera stands where views.ts puts preset `name` for this canvas, to the centimetre. */
async function expectAt(name: ViewName, of = layout) {
  const { width, height } = await canvasBox()
  const f = viewOf(name, of, CAMERA_FOV_DEG, width, height) as Framing
  const expected = [...f.position, ...f.target]
  const got = await cameraNow()
  console.log(`${name}: camera ${got.join(', ')}`)
  got.forEach((v, k) => expect(Math.abs(v - expected[k])).toBeLessThan(0.01))
}

/** Moves the mouse over the lid of `box` in the overview and returns the tooltip's text once it names `title`. */
async function hover(box: (typeof layout.racks)[number] | (typeof layout.units)[number], title: string) {
  const c = await canvasBox()
  const at = boxTopOnCanvas(layout, box, c.width, c.height)
  await page.mouse.move(c.x + at.x - 3, c.y + at.y - 3)
  await page.mouse.move(c.x + at.x, c.y + at.y, { steps: 3 })
  return waitUntil(
    () => text(page, 'hall-tooltip').catch(() => ''),
    (t) => t.startsWith(title),
    5000,
  )
}

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
  await expectHallDrawn(page)
})

afterAll(async () => {
  await session?.close()
})

describe('Reading the hall', () => {
  it('shows a tooltip with the hovered rack and unit, and a pointer cursor over them', async () => {
    await expectAt('overview')
    expect(await viewNow()).toBe('overview')
    const rack = layout.racks.find((r) => r.id === 'A-07')
    if (!rack) throw new Error('default.json has no rack A-07')
    const shown = await hover(rack, 'Rack A-07')
    console.log('tooltip:', shown.replace(/\s+/g, ' '))
    expect(shown).toMatch(/^Rack A-07\s+Inlet\s+\d+\.\d °C\s+IT\s+\d+\.\d\d \/ 8 kW\s+Servers\s+16$/)
    // Its inlet is the inspector's figure for the same rack, read from the same snapshot stream.
    const inlet = Number(/Inlet\s+(\d+\.\d)/.exec(shown)?.[1])
    expect(inlet).toBeGreaterThan(15)
    expect(inlet).toBeLessThan(40)
    expect(await page.evaluate(() => document.body.style.cursor)).toBe('pointer')
    await page.screenshot({ path: `${shots}readable-tooltip-rack.png` })

    const unit = await hover(layout.units[0], 'CRAH crah-1')
    expect(unit).toMatch(/^CRAH crah-1\s+Supply\s+\d+\.\d °C\s+Load\s+\d+\.\d \/ 80 kW\s+State\s+running$/)

    // Off the hall: no tooltip, the ordinary cursor.
    const c = await canvasBox()
    await page.mouse.move(c.x + 8, c.y + 8)
    await page.getByTestId('hall-tooltip').waitFor({ state: 'hidden' })
    expect(await page.evaluate(() => document.body.style.cursor)).toBe('')
  })

  it('puts the camera where each preset says and back with Reset view', async () => {
    await page.screenshot({ path: `${shots}readable-overview.png` })
    // Both of the default hall's signs fit side by side: the declutter hides none.
    expect((await expectSignsApart(page, 'default overview')).map((s) => s.text)).toEqual(['Row A', 'Row B'])
    await show('plan')
    await expectAt('plan')
    await settle(300)
    expect((await expectSignsApart(page, 'default plan')).map((s) => s.text)).toEqual(['A', 'B'])
    await page.screenshot({ path: `${shots}readable-plan.png` })

    await show('aisle')
    await expectAt('aisle')
    await settle(300)
    await page.screenshot({ path: `${shots}readable-aisle.png` })

    // Zoom in with the wheel: the camera is the user's now; Reset view brings back the overview.
    await show('overview')
    const c = await canvasBox()
    await page.mouse.move(c.x + c.width * 0.45, c.y + c.height * 0.55)
    for (let k = 0; k < 6; k++) await page.mouse.wheel(0, -240)
    expect(await waitUntil(viewNow, (v) => v === 'free', 5000)).toBe('free')
    await settle(500)
    await page.screenshot({ path: `${shots}readable-zoomed.png` })
    await show('overview')
    await expectAt('overview')
  })

  it('keeps a camera the user placed when the same hall restarts its run (a trace loaded)', async () => {
    const c = await canvasBox()
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2)
    for (let k = 0; k < 3; k++) await page.mouse.wheel(0, -240)
    await waitUntil(viewNow, (v) => v === 'free', 5000)
    await settle(300)
    const before = await cameraNow()

    await page.getByTestId('tab-workload').click()
    await page.getByTestId('trace-format').selectOption('planetlab')
    const dir = 'test-fixtures/planetlab'
    await page.getByTestId('trace-input').setInputFiles(readdirSync(dir).map((f) => join(dir, f)))
    await waitUntil(
      () => text(page, 'trace-status').catch(() => ''),
      (v) => v.startsWith('Replaying'),
      30_000,
    )
    await settle(500)
    expect(await cameraNow()).toEqual(before)
    expect(await viewNow()).toBe('free')
  })

  it('keeps the camera through an edit and its undo, and labels the unit the edit added', async () => {
    const before = await cameraNow()
    expect(await viewNow()).toBe('free')
    const atlases = () => page.evaluate(() => performance.getEntriesByName('plenum:label-atlas').length)
    const drawn = await atlases()
    await page.getByTestId('edit-toggle').click()
    await page.getByTestId('add-unit').click()
    await untilSummary('4 cooling units')
    expect(await cameraNow()).toEqual(before)
    // The new unit's name changed the list of names: the atlas was drawn again, with 24 racks and 4 units.
    expect(await atlases()).toBeGreaterThan(drawn)
    const last = await page.evaluate(() => {
      const all = performance.getEntriesByName('plenum:label-atlas')
      return (all[all.length - 1] as PerformanceMeasure).detail as { labels: number }
    })
    expect(last.labels).toBe(24 + 4)
    await page.getByTestId('undo').click()
    await untilSummary('3 cooling units')
    expect(await cameraNow()).toEqual(before)
    await page.getByTestId('edit-toggle').click()
  })

  it('frames another hall afresh: the large hall in the overview, its views and its labels', async () => {
    const large = layoutOf('large-hall')
    await page.getByTestId('scenario').selectOption('large-hall')
    await waitUntil(
      () => text(page, 'kpi-units'),
      (v) => v.endsWith('/ 18'),
    )
    expect(await waitUntil(viewNow, (v) => v === 'overview', 10_000)).toBe('overview')
    await expectAt('overview', large)
    await settle(500)
    await page.screenshot({ path: `${shots}readable-large-overview.png` })
    await expectSignsApart(page, 'large-hall overview')
    // What drawing the 440 rack and 18 unit names into the atlas cost in this browser (a measure, not a limit).
    const atlas = await page.evaluate(() =>
      performance
        .getEntriesByName('plenum:label-atlas')
        .map((e) => [(e as PerformanceMeasure).detail, e.duration]),
    )
    console.log('label atlas draws (labels, ms):', JSON.stringify(atlas))
    expect(atlas.some(([detail]) => (detail as { labels: number }).labels === 440 + 18)).toBe(true)
    await show('plan')
    await expectAt('plan', large)
    await settle(300)
    await page.screenshot({ path: `${shots}readable-large-plan.png` })
    expect((await expectSignsApart(page, 'large-hall plan')).length).toBeGreaterThan(0)
    await show('aisle')
    await expectAt('aisle', large)
    await settle(300)
    await page.screenshot({ path: `${shots}readable-large-aisle.png` })
    expect(session.errors).toEqual([])
  })
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
    await show('plan')
    await settle(300)
    await page.screenshot({ path: `${shots}readable-signs-plan.png` })
    const shown = await expectSignsApart(page, 'plan')
    expect(shown.map((s) => s.text)).toContain('DM-Akron')
  })

  it('show more of them zoomed in, still apart', async () => {
    await show('overview')
    await settle(300)
    const far = (await expectSignsApart(page, 'overview again')).length
    const c = await canvasBox()
    await page.mouse.move(c.x + c.width * 0.5, c.y + c.height * 0.5)
    for (let k = 0; k < 4; k++) await page.mouse.wheel(0, -240)
    await waitUntil(viewNow, (v) => v === 'free', 5000)
    await settle(500)
    await page.screenshot({ path: `${shots}readable-signs-zoomed.png` })
    const near = await expectSignsApart(page, 'zoomed in')
    expect(near.length).toBeGreaterThan(far)
    // Zoomed in, rows reach under the edit bar in the top-left corner: their signs give way to it.
    await expectSignsClearOfCards(page, near)
    expect(session.errors).toEqual([])
  })
})
