// How long the twin takes to answer a drag: a rack of a shipped hall dragged with a real mouse, the editor's own
// measure (pointer move → re-solved hall on screen) read from the edit bar and logged for docs/hall.md.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drag, lidOnPage } from './editDrag.ts'
import { layoutOf } from './project.ts'
import { openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'
import { waitUntil } from './page.ts'

let session: Session
let page: Page

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
}, 60_000)

afterAll(async () => {
  await session?.close()
})

const bar = (name: string) => page.getByTestId('edit-bar').getAttribute(name)

async function measure(name: string, rackIndex: number) {
  const layout = layoutOf(name)
  const rack = layout.racks[rackIndex]
  const from = await lidOnPage(page, layout, rack)
  // Along the row's outside: 4 tiles south of the rack (the default hall's row A has the wall 3.3 m south).
  const to = await lidOnPage(page, layout, { ...rack, yM: rack.yM - 4 * 0.6 })
  const samples: number[] = []
  const cell = () => page.getByTestId('edit-position')
  const placed = async () => [
    Number(await cell().getAttribute('data-x')),
    Number(await cell().getAttribute('data-y')),
  ]
  for (let k = 0; k < 4; k++) {
    // Pressed where the rack stands: the last Esc's reload of the committed hall must have landed.
    await page.mouse.click(from.x, from.y)
    // Both coordinates: the drag runs south, so x alone also matched while the last preview (the rack 4 tiles
    // south) was still the hall on screen, and the press then started on a layout about to be replaced.
    const [x, y] = await waitUntil(
      placed,
      ([px, py]) => Math.abs(px - rack.xM) < 1e-6 && Math.abs(py - rack.yM) < 1e-6,
      60_000,
    )
    expect(x).toBeCloseTo(rack.xM, 6)
    expect(y).toBeCloseTo(rack.yM, 6)
    const before = Number(await bar('data-previews'))
    // Esc puts the rack back, so every drag starts on it again.
    await drag(page, from, to, { steps: 6, pauseMs: 80, hold: true })
    const after = await waitUntil(
      async () => Number(await bar('data-previews')),
      (n) => n > before,
      60_000,
    )
    expect(after).toBeGreaterThan(before)
    samples.push(Number(await bar('data-preview-ms')))
    await page.screenshot({ path: `${shots}edit-latency-${name}-${k}.png` })
    await page.keyboard.press('Escape')
    await page.mouse.up()
  }
  console.log(`preview latency ${name}: ${samples.join(', ')} ms (pointer move → re-solved hall on screen)`)
  return samples
}

describe('Live re-solve while dragging', () => {
  it('answers a drag in the default hall and the large hall', { timeout: 240_000 }, async () => {
    await page.getByTestId('edit-toggle').click()
    expect(await text(page, 'edit-hint')).toMatch(/Drag a rack/)
    const small = await measure('default', 11)
    expect(small.every((ms) => ms > 0)).toBe(true)
    await page.getByTestId('scenario').selectOption('large-hall')
    await waitUntil(
      () => text(page, 'hall-summary'),
      (t) => t.includes('440 racks'),
      30_000,
    )
    await settle(1000)
    const large = await measure('large-hall', 0)
    expect(large.every((ms) => ms > 0)).toBe(true)
    expect(session.errors).toEqual([])
  })
})
