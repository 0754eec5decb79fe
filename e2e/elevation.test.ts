// The rack elevation as a user meets it: a rack picked in 3D, its elevation opened from the Inspector with the
// scenario's servers at their units and watts adding up to the rack's power; two catalogue servers added in free
// units, undone, a refused add, one server removed.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseScenarioText } from '../sim/index.ts'
import { specPowerEntry } from '../sim/catalog/specpower.ts'
import { numberOf, waitUntil } from './page.ts'
import { clickRack } from './project.ts'
import { openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const RACK = 'A-03'
const CATALOGUE = 'hp-proliant-ml110-g5-1x-xeon-3075' // 93.7 W idle … 135 W at full load
const servers = () => page.locator('[data-testid^="elevation-server-U"]').count()
const sumW = async () => Number(await page.getByTestId('elevation-sum-w').getAttribute('data-value'))

/** Waits until the elevation shows `count` servers, then returns that count. */
const serversBecome = (count: number) => waitUntil(servers, (n) => n === count, 20_000)

/**
 * The servers' watts against the rack's power in the Inspector (kW, two decimals): equal within its rounding
 * (5 W) and the 0.2 % the engine's held inlet allows. After an edit the elevation follows the new document at
 * once and the Inspector the restarted run's first frame a moment later: polled until both show the same hall.
 */
async function expectWattsAddUp(): Promise<number> {
  const gapW = async () => {
    const rackW = (await numberOf(page, 'inspector-power')) * 1000
    const serversW = await sumW()
    return { rackW, serversW, ok: Math.abs(serversW - rackW) <= 5 + 0.002 * serversW }
  }
  const { rackW, serversW, ok } = await waitUntil(gapW, (g) => g.ok, 10_000)
  const util = await text(page, 'inspector-util')
  console.log(
    `${await text(page, 'sim-clock')}: servers ${serversW.toFixed(1)} W, rack ${rackW} W at ${util} %`,
  )
  expect(ok).toBe(true)
  return serversW
}

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
  // The app opens paused: every number read below belongs to one frame (t = 0 of the hall as it is).
  expect(await page.getByTestId('play').getAttribute('class')).not.toContain('is-running')
})

afterAll(async () => {
  await session?.close()
})

describe('Rack elevation', () => {
  it("opens a rack picked in 3D with the scenario's servers at their units, watts adding up", async () => {
    await clickRack(page, 'default', RACK)
    await waitUntil(
      () => text(page, 'inspector-title'),
      (v) => v === `Rack ${RACK}`,
      5000,
    )
    await page.getByTestId('inspector-elevation').click()
    expect(await page.getByTestId('elevation-title').textContent()).toBe(`Rack ${RACK} elevation`)

    const hall = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'), 'default.json')
    const rack = hall.racks.find((r) => r.id === RACK)
    if (!rack) throw new Error(`default.json has no rack ${RACK}`)
    expect(await servers()).toBe(rack.servers.length)
    for (const s of rack.servers)
      await expect(page.getByTestId(`elevation-server-U${s.uPosition}`).count()).resolves.toBe(1)
    expect(await page.getByTestId('elevation-server-U16').getAttribute('data-model')).toBe('dell-r740')
    await waitUntil(sumW, (w) => w > 0, 5000)
    await expectWattsAddUp()
    await page.getByTestId('elevation').screenshot({ path: `${shots}elevation.png` })
    await page.screenshot({ path: `${shots}elevation-page.png` })
  })

  it('adds two catalogue servers from a clicked free unit; the rack power follows; undo and redo', async () => {
    const before = await servers()
    const rackBeforeW = (await numberOf(page, 'inspector-power')) * 1000
    await page.getByTestId('elevation-free-U30').click()
    await page.getByTestId('elevation-model').selectOption(`catalogue:${CATALOGUE}`)
    await page.getByTestId('elevation-count').fill('2')
    expect(await text(page, 'elevation-room')).toBe('room for 13 from U30') // U30–U42 are free
    await page.getByTestId('elevation-add').click()
    expect(await serversBecome(before + 2)).toBe(before + 2)
    expect(await page.getByTestId('elevation-server-U31').getAttribute('data-model')).toBe(CATALOGUE)
    await waitUntil(
      () => page.getByTestId('inspector').innerText(),
      (t) => t.includes(`${before + 2} servers`),
      10_000,
    )
    const curve = specPowerEntry(CATALOGUE)?.curveW ?? []
    let addedW = 0
    for (const u of [30, 31]) {
      const w = Number.parseFloat((await page.getByTestId(`elevation-power-U${u}`).textContent()) ?? '')
      expect(w).toBeGreaterThanOrEqual(curve[0])
      expect(w).toBeLessThanOrEqual(curve[10] * 1.1) // at most 10 % more for a hot inlet
      addedW += w
    }
    await expectWattsAddUp()
    // The engine's rack power rose by the two servers' watts (each rounded to 1 W, the rack to 10 W).
    const rackAfterW = (await numberOf(page, 'inspector-power')) * 1000
    console.log(`rack ${rackBeforeW} W → ${rackAfterW} W; the two added servers ${addedW} W`)
    expect(Math.abs(rackAfterW - rackBeforeW - addedW)).toBeLessThanOrEqual(12)
    await page.getByTestId('elevation').screenshot({ path: `${shots}elevation-added.png` })

    await page.getByTestId('undo').click()
    expect(await serversBecome(before)).toBe(before)
    expect(await page.getByTestId('elevation-server-U30').count()).toBe(0)
    await expectWattsAddUp()
    // Redo brings them back, and undo takes them out again: the elevation follows the history both ways.
    await page.getByTestId('redo').click()
    expect(await serversBecome(before + 2)).toBe(before + 2)
    await page.getByTestId('undo').click()
    expect(await serversBecome(before)).toBe(before)
  })

  it('refuses servers over a taken unit, naming it, and changes nothing', async () => {
    const before = await servers()
    await page.getByTestId('elevation-model').selectOption('hall:dell-r740')
    await page.getByTestId('elevation-from-u').fill('20')
    await page.getByTestId('elevation-count').fill('1')
    await page.getByTestId('elevation-add').click()
    expect(await text(page, 'elevation-problem')).toBe('U20 is taken by Dell PowerEdge R740 at U20')
    expect(await servers()).toBe(before)
  })

  it('removes a server with its × button', async () => {
    const before = await servers()
    await page.getByTestId('elevation-remove-U2').click()
    expect(await serversBecome(before - 1)).toBe(before - 1)
    expect(await page.getByTestId('elevation-server-U2').count()).toBe(0)
    expect(await page.getByTestId('elevation-free-U2').count()).toBe(1)
    await expectWattsAddUp()
    expect(session.errors).toEqual([])
  })
})
