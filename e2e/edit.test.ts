// The flow in Chromium with a real mouse: a new, empty hall; two rows and a cooling unit added; a rack
// dragged three tiles (the Inspector's placement moves by 3 × 0.6 m), a refused drop onto its neighbour, a turn and
// a removal; undo and redo several steps; a setpoint and containment; servers through the elevation; reload.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FloorBox, SceneLayout } from '../sim/index.ts'
import { drag, lidOnPage } from './editDrag.ts'
import { bannerText } from './hallFiles.ts'
import { waitUntil } from './page.ts'
import { expectHallDrawn, openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

// The New hall dialog's default room; the camera frames it empty and does not move for edits.
const ROOM = { widthM: 16, depthM: 12, heightM: 3.5 }
const EMPTY = { room: ROOM, racks: [], units: [] } as unknown as SceneLayout
// Where "+ Row" puts the default template (10 racks of 0.6 × 1.2 m) in this room (src/scene/edit/freeSpot.test.ts):
// row A's origin (4.8, 1.2) facing +y, so rack A-k stands centred at x = 4.8 + 0.6 k − 0.3, y = 1.8.
const rackA = (k: number, xM = 4.8 + 0.6 * k - 0.3): FloorBox => ({
  xM,
  yM: 1.8,
  widthM: 0.6,
  depthM: 1.2,
  heightM: 2,
  facing: '+y',
})
const TILE_M = 0.6
const CATALOGUE = 'hp-proliant-ml110-g5-1x-xeon-3075' // a SPECpower curve the new hall does not use yet

/** The hall summary's name and counts ("Edited hall\n20 racks · 1 cooling units · 16 × 12 m"), not its live weather. */
const summary = async () => (await text(page, 'hall-summary')).split('\n').slice(0, 2).join('\n')
const untilSummary = (part: string) => waitUntil(summary, (s) => s.includes(part), 20_000)
const title = (id: 'undo' | 'redo') => page.getByTestId(id).getAttribute('title')
/** Waits until the history's last step is `label` (a commit is recorded after its hall is shown). */
const untilTitle = (label: string) =>
  waitUntil(
    () => title('undo'),
    (t) => t === label,
    20_000,
  )
const position = async () => {
  const cell = page.getByTestId('edit-position')
  return { x: Number(await cell.getAttribute('data-x')), y: Number(await cell.getAttribute('data-y')) }
}
const shot = (name: string) => page.screenshot({ path: `${shots}edit-${name}.png` })

async function click(box: FloorBox) {
  const at = await lidOnPage(page, EMPTY, box)
  await page.mouse.click(at.x, at.y)
}

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
}, 60_000)

afterAll(async () => {
  await session?.close()
})

describe('Editing the hall in 3D', () => {
  it('builds a hall from empty: two rows and a cooling unit', { timeout: 120_000 }, async () => {
    await page.getByTestId('hall-menu').click()
    await page.getByTestId('hall-new').click()
    await page.getByTestId('new-hall-name').fill('Edited hall')
    await page.getByTestId('new-hall-create').click()
    expect(await untilSummary('0 racks · 0 cooling units · 16 × 12 m')).toContain('0 racks')

    await page.getByTestId('edit-toggle').click()
    await page.getByTestId('add-row').click()
    expect(await untilSummary('10 racks')).toContain('10 racks · 0 cooling units')
    await page.getByTestId('add-row').click()
    expect(await untilSummary('20 racks')).toContain('20 racks · 0 cooling units')
    await page.getByTestId('add-unit').click()
    expect(await untilSummary('1 cooling units')).toContain('20 racks · 1 cooling units')
    await untilTitle('Undo add unit crah-1')
    await expectHallDrawn(page)
    await shot('1-built')
  })

  it(
    'drags rack A-10 three tiles east: the Inspector says 3 × 0.6 m further',
    { timeout: 120_000 },
    async () => {
      await click(rackA(10))
      await waitUntil(
        () => text(page, 'inspector-title'),
        (t) => t === 'Rack A-10',
        10_000,
      )
      const before = await position()
      // The layout sums the row's origin and half a depth: 1.2 + 0.6 is 1.7999999999999998 in doubles.
      expect(before.x).toBeCloseTo(10.5, 9)
      expect(before.y).toBeCloseTo(1.8, 9)
      const from = await lidOnPage(page, EMPTY, rackA(10))
      const to = await lidOnPage(page, EMPTY, rackA(10, 10.5 + 3 * TILE_M))
      await drag(page, from, to, { steps: 10, pauseMs: 80, hold: true })
      expect(await text(page, 'edit-hint')).toMatch(/Release to place/)
      await shot('2-dragging')
      await page.mouse.up()
      // The preview already shows the rack there; the commit is when the history has the step.
      await untilTitle('Undo move rack A-10')
      const after = await position()
      expect(after.x - before.x).toBeCloseTo(3 * TILE_M, 9)
      expect(after.y).toBeCloseTo(before.y, 9)
      expect(await text(page, 'inspector-title')).toBe('Rack A-10')
    },
  )

  it(
    'refuses a drop onto the neighbouring rack, naming why, and keeps the rack where it was',
    { timeout: 120_000 },
    async () => {
      const from = await lidOnPage(page, EMPTY, rackA(10, 12.3))
      const onto = await lidOnPage(page, EMPTY, rackA(9))
      await drag(page, from, onto, { steps: 10, pauseMs: 80, hold: true })
      expect(await text(page, 'edit-hint')).toMatch(/^Not here: .*A-10/)
      await shot('3-refused')
      await page.mouse.up()
      const banner = await bannerText(page)
      expect(banner).toMatch(/A-10/)
      expect(banner).toMatch(/overlap/i)
      // The last preview (A-10 back at 10.5 m on the way) stays on screen until the committed hall has reloaded.
      const back = await waitUntil(position, (p) => Math.abs(p.x - 12.3) < 1e-9, 60_000)
      expect(back.x).toBeCloseTo(12.3, 9)
      await page.getByTestId('error').getByRole('button').click()
    },
  )

  it('turns the rack a quarter with R and removes it with Delete', { timeout: 60_000 }, async () => {
    await page.keyboard.press('r')
    await untilTitle('Undo turn rack A-10 to face +x')
    expect(await text(page, 'edit-facing')).toBe('east (+x)')
    await page.keyboard.press('Delete')
    await untilTitle('Undo remove rack A-10')
    expect(await summary()).toContain('19 racks')
    await shot('4-removed')
  })

  it(
    'undoes three steps and redoes two, the hall and the buttons saying so',
    { timeout: 120_000 },
    async () => {
      await page.getByTestId('undo').click()
      await untilTitle('Undo turn rack A-10 to face +x')
      expect(await summary()).toContain('20 racks')
      expect(await title('redo')).toBe('Redo remove rack A-10')
      await page.getByTestId('undo').click()
      await untilTitle('Undo move rack A-10')
      await page.getByTestId('undo').click()
      await untilTitle('Undo add unit crah-1')
      expect(await title('redo')).toBe('Redo move rack A-10')
      await page.getByTestId('redo').click()
      await untilTitle('Undo move rack A-10')
      await page.keyboard.press('Control+Shift+Z')
      await untilTitle('Undo turn rack A-10 to face +x')
      expect(await title('redo')).toBe('Redo remove rack A-10')
      expect(await summary()).toContain('20 racks · 1 cooling units')
      await shot('5-undo-redo')
    },
  )

  it("sets the cooling unit's setpoint and the containment", { timeout: 60_000 }, async () => {
    // crah-1 against the west wall, 2.5 × 0.9 m blowing east, centre (0.45, 1.25).
    await click({ xM: 0.45, yM: 1.25, widthM: 2.5, depthM: 0.9, heightM: 1.95, facing: '+x' })
    await waitUntil(
      () => text(page, 'inspector-title'),
      (t) => t === 'CRAH crah-1',
      10_000,
    )
    const field = page.getByTestId('setpoint-input')
    expect(await field.inputValue()).toBe('20')
    await field.fill('18')
    await field.press('Enter')
    await untilTitle('Undo set crah-1 setpoint to 18 °C')
    await page.getByTestId('containment').selectOption('cold')
    await untilTitle('Undo set cold-aisle containment')
    await shot('6-setpoint')
  })

  it(
    "adds a rack at row B's end and two servers through the rack's elevation",
    { timeout: 90_000 },
    async () => {
      // Row B: origin (4.8, 3.6) facing −y, so B-01 stands centred at (5.1, 4.2).
      await click({ ...rackA(1), yM: 4.2, facing: '-y' })
      await waitUntil(
        () => text(page, 'inspector-title'),
        (t) => t === 'Rack B-01',
        10_000,
      )
      await page.getByTestId('add-rack').click()
      await untilTitle('Undo add rack to row B')
      expect(await summary()).toContain('21 racks')
      expect(await text(page, 'inspector-title')).toBe('Rack B-01')
      await page.getByTestId('inspector-elevation').click()
      await page.getByTestId('elevation-free-U1').click()
      await page.getByTestId('elevation-model').selectOption(`catalogue:${CATALOGUE}`)
      await page.getByTestId('elevation-count').fill('2')
      await page.getByTestId('elevation-add').click()
      await waitUntil(
        () => page.getByTestId('inspector').innerText(),
        (t) => t.includes('2 servers'),
        20_000,
      )
      await shot('7-elevation')
      await page.getByTestId('elevation-close').click()
    },
  )

  it(
    'drags the cooling unit two tiles north and, with Shift, row B one tile north',
    { timeout: 90_000 },
    async () => {
      const unit: FloorBox = { xM: 0.45, yM: 1.25, widthM: 2.5, depthM: 0.9, heightM: 1.95, facing: '+x' }
      await click(unit)
      await waitUntil(
        () => text(page, 'inspector-title'),
        (t) => t === 'CRAH crah-1',
        10_000,
      )
      const from = await lidOnPage(page, EMPTY, unit)
      await drag(page, from, await lidOnPage(page, EMPTY, { ...unit, yM: unit.yM + 2 * TILE_M }))
      await untilTitle('Undo move unit crah-1')
      expect((await position()).y).toBeCloseTo(1.25 + 2 * TILE_M, 9)
      // Turned to face −y against the west wall, the 2.5 m wide unit would stand 0.8 m into the wall: refused.
      await page.getByTestId('rotate').click()
      const banner = await bannerText(page)
      expect(banner).toMatch(/crah-1/)
      expect(banner).toMatch(/room/i)
      expect(await text(page, 'edit-facing')).toBe('east (+x)')
      await shot('8-unit-refused')
      await page.getByTestId('error').getByRole('button').click()

      // B-05 of row B (origin (4.8, 3.6), facing −y) stands at (7.5, 4.2); Shift picks its whole row.
      const b05 = { ...rackA(5), yM: 4.2, facing: '-y' } as const
      await page.keyboard.down('Shift')
      await drag(
        page,
        await lidOnPage(page, EMPTY, b05),
        await lidOnPage(page, EMPTY, { ...b05, yM: 4.2 + TILE_M }),
        {
          hold: true,
        },
      )
      await shot('8-row-drag')
      await page.mouse.up()
      await page.keyboard.up('Shift')
      await untilTitle('Undo move row B')
      expect(await text(page, 'inspector-title')).toBe('Rack B-05')
      expect((await position()).y).toBeCloseTo(4.2 + TILE_M, 9)
    },
  )

  it('reloads to the same hall (autosaved)', { timeout: 60_000 }, async () => {
    await waitUntil(
      () => text(page, 'save-state'),
      (s) => s === 'saved',
      20_000,
    )
    const before = await summary()
    await page.reload()
    await waitUntil(
      () => text(page, 'hall-name').catch(() => ''),
      (n) => n === 'Edited hall',
      30_000,
    )
    expect(await untilSummary('21 racks')).toBe(before)
    expect(await page.getByTestId('containment').count()).toBe(0) // editing starts off
    await page.getByTestId('edit-toggle').click()
    expect(await page.getByTestId('containment').inputValue()).toBe('cold')
    await expectHallDrawn(page)
    await shot('9-reloaded')
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
