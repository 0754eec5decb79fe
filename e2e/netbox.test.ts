// NetBox import in Chromium: the demo export dropped on the hall opens the import dialog with the counts this test
// computes from the file, one mapping changed, Import opens the hall and it plays; Cancel and a malformed export
// keep the hall on screen.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bannerText, dropFile } from './hallFiles.ts'
import { parseClock, waitUntil } from './page.ts'
import { canvasOf, openLiveApp, settle, shots, text } from './session.ts'
import { expectSignsApart } from './rowSigns.ts'
import type { Session } from './session.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../test-fixtures/netbox/${name}`, import.meta.url), 'utf8')
const DEMO_NAME = 'netbox-demo-v3.6-dcim.json'
const demoText = fixture(DEMO_NAME)

// Counts from the raw dumpdata: racks holding a device, devices at a position in a rack whose type has a
// maximum_draw on some device's power port, feeds to racks holding a device; and the racked C9200-48P switches.
type Row = { model: string; pk: number; fields: Record<string, unknown> }
const raw = JSON.parse(demoText) as Row[]
const of = (model: string) => raw.filter((r) => r.model === model)
const devices = of('dcim.device')
const powered = new Set(
  of('dcim.powerport')
    .filter((p) => Number(p.fields.maximum_draw) > 0)
    .map((p) => p.fields.device),
)
const typesWithPower = new Set(devices.filter((d) => powered.has(d.pk)).map((d) => d.fields.device_type))
const racked = (d: Row) => d.fields.rack !== null && d.fields.position !== null
const placed = devices.filter((d) => racked(d) && typesWithPower.has(d.fields.device_type)).length
const racksWithDevices = new Set<unknown>(devices.map((d) => d.fields.rack).filter((r) => r !== null))
const feeds = of('dcim.powerfeed').filter((f) => racksWithDevices.has(f.fields.rack)).length
const c9200 = of('dcim.devicetype').find((t) => t.fields.slug === 'c9200-48p')?.pk
const switches = devices.filter((d) => racked(d) && d.fields.device_type === c9200).length

let session: Session
let page: Page

/** "24 racks · 2 cooling units · 11.4 × 14.4 m" → 24. */
const hallRacks = async () => Number(/(\d+) racks/.exec(await text(page, 'hall-summary'))?.[1])
const hallName = () => page.getByTestId('hall-summary').locator('.hall-name').innerText()

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('NetBox import', { timeout: 120_000 }, () => {
  it('opens the dialog on a dropped dumpdata export, with the counts of the file', async () => {
    expect([racksWithDevices.size, placed, feeds, switches]).toEqual([24, 16, 14, 13])
    await dropFile(page, DEMO_NAME, demoText)
    await page.getByTestId('netbox-dialog').waitFor({ timeout: 20_000 })
    expect(await text(page, 'netbox-racks')).toBe(String(racksWithDevices.size))
    expect(await text(page, 'netbox-devices')).toBe(String(placed))
    expect(await text(page, 'netbox-feeds')).toBe(String(feeds))
    // 13 routers at 150 W and 3 switches at 650 W.
    expect(await text(page, 'netbox-kw')).toBe('3.9')
    await page.getByTestId('netbox-skipped').locator('summary').click()
    await page.screenshot({ path: `${shots}netbox-dialog.png` })
  })

  it('maps a type without power data to a W figure: its switches are placed', async () => {
    await page.getByTestId('netbox-map-c9200-48p').selectOption('watts')
    await page.getByTestId('netbox-max-c9200-48p').fill('240')
    const shown = await waitUntil(
      async () => `${await text(page, 'netbox-devices')} ${await text(page, 'netbox-kw')}`,
      (v) => v === `${placed + switches} 7.0`,
      5_000,
    )
    // 3.9 kW + 13 × 240 W = 7.02 kW; idle follows max at the catalogue's median share: 240 × 0.2447 = 58.7 W.
    expect(shown).toBe(`${placed + switches} 7.0`)
    expect(await page.getByTestId('netbox-idle-c9200-48p').inputValue()).toBe('59')
    await page.screenshot({ path: `${shots}netbox-dialog-mapped.png` })
  })

  it('imports: the hall shows the racks, and plays', async () => {
    await page.getByTestId('netbox-import').click()
    await page.getByTestId('netbox-dialog').waitFor({ state: 'detached', timeout: 30_000 })
    expect(await waitUntil(hallName, (n) => n.includes('NetBox'), 20_000)).toBe(`NetBox: ${DEMO_NAME}`)
    expect(await hallRacks()).toBe(racksWithDevices.size)
    const before = parseClock(await text(page, 'sim-clock'))
    if ((await page.getByTestId('play').getAttribute('class'))?.includes('is-running') !== true)
      await page.getByTestId('play').click()
    const after = await waitUntil(
      async () => parseClock(await text(page, 'sim-clock')),
      (t) => t > before,
      20_000,
    )
    expect(after).toBeGreaterThan(before)
    await page.screenshot({ path: `${shots}netbox-hall.png` })
  })

  it('shows row signs that never overlap, in the overview and the plan', async () => {
    // 24 racks in rows by site and location: one row of six (Row-1), the rest of one rack each, named by their own
    // labels. e2e/rowSigns.test.ts tries many rows of two.
    const overview = await expectSignsApart(page, 'NetBox overview')
    expect(overview.map((s) => s.text)).toEqual(['Row-1'])
    await page.getByTestId('view-plan').click()
    await waitUntil(
      () => canvasOf(page).getAttribute('data-view'),
      (v) => v === 'plan',
      10_000,
    )
    await settle(300)
    expect((await expectSignsApart(page, 'NetBox plan')).map((s) => s.text)).toEqual(['Row-1'])
    await page.screenshot({ path: `${shots}netbox-hall-plan.png` })
    await page.getByTestId('view-reset').click()
  })

  it('Cancel keeps the hall on screen', async () => {
    await dropFile(page, 'rest-v4.json', fixture('rest-v4.json'))
    await page.getByTestId('netbox-dialog').waitFor({ timeout: 20_000 })
    expect(await text(page, 'netbox-racks')).toBe('2')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByTestId('netbox-dialog').waitFor({ state: 'detached' })
    expect(await hallName()).toBe(`NetBox: ${DEMO_NAME}`)
    expect(await hallRacks()).toBe(racksWithDevices.size)
  })

  it('a malformed export: the banner names the problem and the hall stays', async () => {
    const broken = JSON.parse(fixture('rest-v4.json'))
    broken.racks.results[0].u_height = 'abc'
    await dropFile(page, 'broken.json', JSON.stringify(broken))
    const banner = await bannerText(page)
    expect(banner).toContain('broken.json: $.racks.results[0].u_height: expected a number, got "abc"')
    expect(await page.getByTestId('netbox-dialog').count()).toBe(0)
    expect(await hallName()).toBe(`NetBox: ${DEMO_NAME}`)
    await page.screenshot({ path: `${shots}netbox-malformed.png` })
    expect(session.errors).toEqual([])
  })
})
