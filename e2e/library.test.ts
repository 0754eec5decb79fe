// The scenario library in Chromium: open a file by the picker and by drop, autosave across a reload, export the
// exact bytes and open them again, a share link into a fresh browser profile, a malformed file and a damaged link.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseScenarioText } from '../sim/index.ts'
import type { ScenarioInput } from '../sim/index.ts'
import { hallJson } from '../src/state/hall.ts'
import { bannerText, dropFile } from './hallFiles.ts'
import { waitUntil } from './page.ts'
import { expectHallDrawn, openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const scenario = (name: string) =>
  JSON.parse(readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8')) as ScenarioInput
const fileOf = (name: string, body: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(body),
})

/** Waits for the hall name and save state to read as given (autosave writes 750 ms after a change). */
/**
 * The same run, six hours of it: a what-if from t = 0 failing crah-1, its baseline being the run itself. Every
 * cell of its table (peak inlet, times to 27/32/35 °C, energies, PUE…) as the data-value the page holds.
 */
async function sixHoursOf(p: Page): Promise<string[]> {
  await p.getByTestId('tab-whatif').click()
  await p.getByTestId('fork-change').selectOption('fail:unit:crah-1')
  await p.getByTestId('fork-add').click()
  await p.getByTestId('fork-horizon').selectOption('6 h')
  await p.getByTestId('fork-run').click()
  await p.locator('.fork-result:not(.stale) [data-testid="fork-table"]').waitFor({ timeout: 120_000 })
  return p
    .getByTestId('fork-table')
    .locator('[data-value]')
    .evaluateAll((cells) =>
      cells.map((c) => `${c.getAttribute('data-testid')}=${c.getAttribute('data-value')}`),
    )
}

async function expectHall(p: Page, name: string, state?: string) {
  const shown = await waitUntil(
    async () => `${await text(p, 'hall-name')} | ${await text(p, 'save-state')}`,
    (v) => v.startsWith(`${name} |`) && (state === undefined || v.endsWith(`| ${state}`)),
    20_000,
  )
  // A hall that did not open says why in the banner: show it in the failure.
  const banner = (await bannerText(p, 0)) || 'no error banner'
  expect(shown.split(' | ')[0], banner).toBe(name)
  if (state !== undefined) expect(shown.split(' | ')[1]).toBe(state)
}

/** The halls the picker lists as kept in this browser, newest first. */
const listed = (p: Page) =>
  p.getByTestId('scenario').locator('optgroup').nth(1).locator('option').allTextContents()

/** "24 racks · 3 cooling units · 16 × 12 m" → 24. */
const rackCount = async (p: Page) => Number(/(\d+) racks/.exec(await text(p, 'hall-summary'))?.[1])
const kpis = async (p: Page) =>
  Promise.all(['kpi-it', 'kpi-pue', 'kpi-max-inlet', 'kpi-facility'].map((id) => text(p, id)))

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Scenario library', () => {
  it('shows the shipped hall by name, and a menu of what can be done with it', async () => {
    await expectHall(page, 'Default hall', 'shipped')
    await page.getByTestId('hall-menu').click()
    await page.getByTestId('hall-menu-panel').waitFor()
    await page.screenshot({ path: `${shots}library-menu.png` })
    // Delete is for halls kept in the browser; a shipped one is not.
    expect(await page.getByTestId('hall-delete').isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
    await page.getByTestId('hall-menu').click()
  })

  it('opens a scenario file from the picker and keeps it', async () => {
    const doc = { ...scenario('crah-failure'), name: 'Picked hall' }
    await page.getByTestId('open-file-input').setInputFiles(fileOf('picked.json', hallJson(doc)))
    await expectHall(page, 'Picked hall', 'saved')
    expect(await rackCount(page)).toBe(24)
  })

  it('opens a scenario file dropped on the hall, by its content', async () => {
    // Named .txt on purpose: the content, not the name, says it is a scenario.
    const doc = { ...scenario('large-hall'), name: 'Dropped hall' }
    await dropFile(page, 'dropped.txt', JSON.stringify(doc))
    await expectHall(page, 'Dropped hall', 'saved')
    expect(await rackCount(page)).toBe(
      doc.rows.reduce((n, r) => n + r.racks.reduce((m, g) => m + (g.count ?? 1), 0), 0),
    )
    expect(
      await waitUntil(
        () => listed(page),
        (names) => names.length === 2,
      ),
    ).toEqual(['Dropped hall', 'Picked hall'])
  })

  it('reopens the same hall after a reload (autosaved)', async () => {
    await page.reload()
    await expectHall(page, 'Dropped hall', 'saved')
    await expectHallDrawn(page)
  })

  it('exports the bytes npm run sim reads, and opens the export again', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('hall-menu')
        .click()
        .then(() => page.getByTestId('hall-export').click()),
    ])
    expect(download.suggestedFilename()).toBe('Dropped hall.json')
    const path = await download.path()
    const bytes = readFileSync(path, 'utf8')
    const doc = { ...scenario('large-hall'), name: 'Dropped hall' }
    expect(bytes).toBe(hallJson(doc))
    expect(parseScenarioText(bytes, 'export.json').name).toBe('Dropped hall')
    await page.getByTestId('open-file-input').setInputFiles(path)
    // Opened again, it is a hall of its own: two entries of that name.
    expect(
      await waitUntil(
        () => listed(page),
        (names) => names.length === 3,
      ),
    ).toEqual(['Dropped hall', 'Dropped hall', 'Picked hall'])
    await expectHall(page, 'Dropped hall', 'saved')
  })

  it('keeps the current hall when a malformed file is opened, naming file and path', async () => {
    const doc = scenario('default')
    doc.rows[0].racks[0].powerBudgetKw = -5
    await page.getByTestId('open-file-input').setInputFiles(fileOf('broken.json', hallJson(doc)))
    const error = await bannerText(page)
    expect(error).toContain('broken.json: $.rows[0].racks[0].powerBudgetKw')
    await expectHall(page, 'Dropped hall', 'saved')
    await page.getByTestId('error').getByRole('button').click()
  })

  it('shares the hall by link: a fresh browser profile opens the same hall and the same run', async () => {
    await page.getByTestId('scenario').selectOption('default')
    await expectHall(page, 'Default hall', 'shipped')
    await page.getByTestId('hall-menu').click()
    await page.getByTestId('hall-share').click()
    const link = await page.getByTestId('share-url').inputValue()
    const length = await text(page, 'share-length')
    console.log(`default.json share link: ${link.length} characters; dialog says "${length}"`)
    expect(length).toContain(`${link.length.toLocaleString('en')} characters`)
    expect(link.length).toBeLessThan(2000)
    await page.screenshot({ path: `${shots}library-share.png` })
    await page.keyboard.press('Escape')
    const before = await kpis(page)
    const run = await sixHoursOf(page)
    expect(run.length).toBeGreaterThan(10)
    console.log(`six hours, crah-1 failed at t = 0: ${run.slice(0, 4).join(', ')} …`)

    const other = await page
      .context()
      .browser()!
      .newPage({ viewport: { width: 1280, height: 720 } })
    try {
      await other.goto(link)
      await expectHall(other, 'Default hall', 'unsaved')
      expect(await rackCount(other)).toBe(await rackCount(page))
      // The same document gives the same seed and the same run: the same numbers at t = 0.
      const after = await waitUntil(
        () => kpis(other),
        (v) => v[0] !== '—',
      )
      expect(after).toEqual(before)
      expect(await sixHoursOf(other)).toEqual(run)
      // Saved, it is the receiver's own hall: the link leaves the address bar (a reload opens the saved hall).
      await other.getByTestId('hall-menu').click()
      await other.getByTestId('hall-save').click()
      await expectHall(other, 'Default hall', 'saved')
      expect(other.url()).not.toContain('#s=')
    } finally {
      await other.close()
    }
  }, 300_000) // two six-hour what-ifs and two page loads on a loaded 2-core box

  it('opens the default hall when a link is damaged, saying so', async () => {
    const other = await page.context().browser()!.newPage()
    try {
      await other.goto(`${new URL(page.url()).origin}/#s=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA`)
      const error = await bannerText(other)
      expect(error).toMatch(/^share link is damaged: the data does not inflate/)
      await expectHall(other, 'Default hall', 'shipped')
    } finally {
      await other.close()
    }
  })

  it('makes a new, empty hall from the dialog', async () => {
    await page.getByTestId('hall-menu').click()
    await page.getByTestId('hall-new').click()
    await page.getByTestId('new-hall-name').fill('Hall C')
    await page.getByTestId('new-hall-widthM').fill('20')
    await page.getByTestId('new-hall-depthM').fill('14')
    await page.getByTestId('new-hall-model').selectOption({ index: 5 })
    await page.screenshot({ path: `${shots}library-new-hall.png` })
    await page.getByTestId('new-hall-create').click()
    await expectHall(page, 'Hall C', 'saved')
    expect(await text(page, 'hall-summary')).toContain('0 racks · 0 cooling units · 20 × 14 m')
    await page.screenshot({ path: `${shots}library-empty-hall.png` })
  })

  it('renames (undoably), duplicates and deletes the hall', async () => {
    const menu = async (action: string) => {
      await page.getByTestId('hall-menu').click()
      await page.getByTestId(action).click()
    }
    await menu('hall-rename')
    await page.getByTestId('rename-input').fill('Hall C, north')
    await page.getByTestId('rename-ok').click()
    await expectHall(page, 'Hall C, north', 'saved')
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/^Undo rename/i)
    await page.getByTestId('undo').click()
    await expectHall(page, 'Hall C', 'saved')
    await page.getByTestId('redo').click()
    await expectHall(page, 'Hall C, north', 'saved')

    await menu('hall-duplicate')
    await expectHall(page, 'Hall C, north (copy)', 'saved')
    expect(
      (
        await waitUntil(
          () => listed(page),
          (names) => names.length === 5,
        )
      )[0],
    ).toBe('Hall C, north (copy)')

    await menu('hall-delete')
    await page.getByTestId('hall-delete-confirm').click()
    await expectHall(page, 'Default hall', 'shipped')
    expect(
      await waitUntil(
        () => listed(page),
        (names) => names.length === 4,
      ),
    ).toEqual(['Hall C, north', 'Dropped hall', 'Dropped hall', 'Picked hall'])
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
