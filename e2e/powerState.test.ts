// Both PDUs of the default hall fail: IT drops to 0 kW, every rack goes dark with a no-power mark, a failed unit
// gets its X, the tooltip says why, the Power tab's one-line diagram and condition list show it with numbers;
// Restore all brings the hall back and the time-to-limit table stops describing the old failure.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { numberOf, waitUntil } from './page.ts'
import { layoutOf, rackTopOnCanvas } from './project.ts'
import { pixelsAt } from './scenePixels.ts'
import { canvasOf, expectHallDrawn, openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page
const layout = layoutOf('default') // 24 racks in rows A and B, every one corded to pdu-a1 and pdu-b1
const RACK = layout.racks.findIndex((r) => r.id === 'A-06')
const until = <T>(probe: () => Promise<T>, accept: (v: T) => boolean) => waitUntil(probe, accept, 15_000)
const marks = () => canvasOf(page).getAttribute('data-state-marks')

/** The darkest of three points on rack A-06's lid (centre and ±0.35 m along its depth: clear of its label). */
async function lidDarkest(): Promise<number> {
  const canvas = canvasOf(page)
  const box = await canvas.boundingBox()
  if (!box) throw new Error('the canvas has no box')
  const rack = layout.racks[RACK]
  const points = [-0.35, 0, 0.35].map((dyM) => {
    const shifted = {
      ...layout,
      racks: layout.racks.map((r, i) => (i === RACK ? { ...r, yM: r.yM + dyM } : r)),
    }
    return rackTopOnCanvas(shifted, RACK, box.width, box.height)
  })
  const rgb = await pixelsAt(page, canvas, points)
  console.log(`rack ${rack.id} lid RGB:`, rgb.map((c) => c.map(Math.round).join(',')).join(' | '))
  return Math.min(...rgb.map(([r, g, b]) => Math.max(r, g, b)))
}

async function failNow(target: string) {
  await page.getByTestId('whatif-target').selectOption(target)
  await page.getByTestId('whatif-fail-now').click()
}

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('power state in 3D and in the Power tab', () => {
  it('both PDUs fail: IT 0 kW, racks dark and marked, a failed unit crossed, the tooltip says why', async () => {
    await expectHallDrawn(page)
    const litBefore = await lidDarkest()
    expect(litBefore).toBeGreaterThan(90) // a green inlet colour, lit
    expect(await numberOf(page, 'kpi-it')).toBeGreaterThan(50)
    expect(await marks()).toBe('tripped:0 unpowered:0 unitFailed:0')

    await page.getByTestId('tab-whatif').click()
    await failNow('pdu:pdu-a1')
    await failNow('pdu:pdu-b1')
    await failNow('unit:crah-1')
    expect(
      await until(
        () => numberOf(page, 'kpi-it'),
        (v) => v === 0,
      ),
    ).toBe(0)
    expect(await until(marks, (v) => v === 'tripped:0 unpowered:24 unitFailed:1')).toBe(
      'tripped:0 unpowered:24 unitFailed:1',
    )
    const darkAfter = await until(lidDarkest, (v) => v < 40)
    console.log(`rack A-06 lid brightest channel: ${litBefore} lit, ${darkAfter} without power`)
    expect(darkAfter).toBeLessThan(40)

    const canvas = await canvasOf(page).boundingBox()
    const at = rackTopOnCanvas(layout, RACK, canvas!.width, canvas!.height)
    await page.mouse.move(canvas!.x + at.x, canvas!.y + at.y)
    const tip = await until(
      () => text(page, 'hall-tooltip'),
      (v) => v.includes('A-06'),
    )
    expect(tip).toContain('No power: pdu-a1 and pdu-b1 failed')
    await page.screenshot({ path: `${shots}power-state-hall.png` })
    await page.mouse.move(canvas!.x + 5, canvas!.y + 5)
  })

  it('the Power tab lists the conditions with their values and draws the one-line diagram', async () => {
    await page.getByTestId('tab-power').click()
    // One 'no supply' condition per rack, each with the demand it cannot get and since when.
    const list = await until(
      () => text(page, 'conditions-power'),
      (v) => v.includes('A-06'),
    )
    console.log('power conditions listed:\n' + list)
    expect(list).toMatch(/A-06 no supply\s+\d+\.\d kW unserved · since Jan 5 00:00/)
    await page.getByTestId('conditions-power-more').locator('summary').click()
    expect(await text(page, 'conditions-power-more')).toMatch(/B-12 no supply\s+\d+\.\d kW unserved/)
    expect(await page.getByTestId('oneline-pdu-pdu-a1').getAttribute('data-state')).toBe('failed')
    expect(await page.getByTestId('oneline-pdu-pdu-b1').getAttribute('data-state')).toBe('failed')
    expect(await page.getByTestId('oneline-ups-ups-a').getAttribute('data-state')).toBe('up')
    expect(
      await until(
        () => page.getByTestId('oneline-row-A').getAttribute('data-off'),
        (v) => v === '12',
      ),
    ).toBe('12')
    expect(await page.getByTestId('oneline-row-B').getAttribute('data-off')).toBe('12')
    expect(await page.getByTestId('oneline-utility').innerHTML()).toContain('kW')
    await page.getByTestId('oneline').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}power-state-oneline.png` })
  })

  it('Restore all: racks lit again, no marks, and the time-to-limit table no longer shows the old failure', async () => {
    await page.getByTestId('tab-whatif').click()
    expect(await text(page, 'ttl-failure-title')).toContain('crah-1 failed')
    await page.getByTestId('restore-all').click()
    expect(
      await until(
        () => text(page, 'down-none'),
        (v) => v.includes('Nothing failed'),
      ),
    ).toContain('Nothing failed')
    expect(
      await until(
        () => numberOf(page, 'kpi-it'),
        (v) => v > 50,
      ),
    ).toBeGreaterThan(50)
    expect(await until(marks, (v) => v === 'tripped:0 unpowered:0 unitFailed:0')).toBe(
      'tripped:0 unpowered:0 unitFailed:0',
    )
    expect(
      await until(
        () => text(page, 'ttl-failure-title'),
        (v) => v.includes('Nothing down'),
      ),
    ).toContain('Nothing down now')
    for (const c of ['27', '32', '35']) expect(await text(page, `ttl-failure-${c}`)).toBe('—')
    expect(await until(lidDarkest, (v) => v > 90)).toBeGreaterThan(90)
    await settle(300)
    await page.screenshot({ path: `${shots}power-state-restored.png` })
    await page.getByTestId('colour-more').selectOption('power')
    expect(await page.getByTestId('legend-power').isVisible()).toBe(true)
    await settle(300)
    await page.screenshot({ path: `${shots}power-state-mode-power.png` })
    await page.getByTestId('colour-more').selectOption('headroom')
    expect(await page.getByTestId('legend-headroom').isVisible()).toBe(true)
    // Compare waits for a comparison: its option is disabled and says why.
    expect(await page.getByTestId('colour-compare').isDisabled()).toBe(true)
    expect(await page.getByTestId('colour-compare').getAttribute('title')).toContain('Needs a comparison')
    await settle(300)
    await page.screenshot({ path: `${shots}power-state-mode-headroom.png` })
  })

  it('large hall: both PDUs of a feed fail, its 44 racks go dark and marked, the diagram scrolls and stays readable', async () => {
    await page.getByTestId('colour-gradient').click()
    await page.getByTestId('scenario').selectOption('large-hall')
    expect(
      await until(
        () => text(page, 'kpi-units'),
        (v) => v.endsWith('/ 18'),
      ),
    ).toMatch(/\/ 18$/)
    await page.getByTestId('tab-whatif').click()
    await failNow('pdu:pdu-W1W2-a')
    await failNow('pdu:pdu-W1W2-b')
    const want = 'tripped:0 unpowered:44 unitFailed:0'
    expect(await until(marks, (v) => v === want)).toBe(want)
    await page.getByTestId('tab-power').click()
    for (const row of ['W1', 'W2'])
      expect(
        await until(
          () => page.getByTestId(`oneline-row-${row}`).getAttribute('data-off'),
          (v) => v === '22',
        ),
      ).toBe('22')
    expect(await page.getByTestId('oneline-row-W3').getAttribute('data-off')).toBe('0')
    // 440 racks in 20 row strips: the diagram is taller than its card, which scrolls.
    const scroll = await page.locator('.oneline-scroll').evaluate((e) => [e.scrollHeight, e.clientHeight])
    console.log('one-line diagram, large hall: scroll height / visible px', scroll)
    expect(scroll[0]).toBeGreaterThan(scroll[1])
    await page.getByTestId('oneline').scrollIntoViewIfNeeded()
    await settle(600)
    await page.screenshot({ path: `${shots}power-state-large-hall.png` })
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
