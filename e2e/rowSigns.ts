// The row signs shown on the hall's canvas, as RowLabels.tsx writes them in data-row-signs ("Row A:x0,y0,x1,y1;…",
// CSS px from the canvas's top-left), and the checks that no two of them overlap and none is under a card.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { overlaps } from '../src/scene/labels/declutter.ts'
import type { ScreenRect } from '../src/scene/labels/declutter.ts'
import { canvasOf } from './session.ts'

export interface ShownSign extends ScreenRect {
  text: string
}

/** The signs on screen now. */
export async function shownSigns(page: Page): Promise<ShownSign[]> {
  const raw = (await canvasOf(page).getAttribute('data-row-signs')) ?? ''
  return raw
    .split(';')
    .filter((s) => s !== '')
    .map((s) => {
      const at = s.lastIndexOf(':')
      const [x0, y0, x1, y1] = s
        .slice(at + 1)
        .split(',')
        .map(Number)
      return { text: s.slice(0, at), x0, y0, x1, y1 }
    })
}

/** Asserts that no two signs shown share a pixel, and returns them (logged, for the report). */
export async function expectSignsApart(page: Page, what: string): Promise<ShownSign[]> {
  const signs = await shownSigns(page)
  console.log(`${what}: ${signs.length} row signs shown: ${signs.map((s) => s.text).join(', ')}`)
  for (const [i, a] of signs.entries())
    for (const b of signs.slice(i + 1)) expect(overlaps(a, b), `${a.text} over ${b.text}`).toBe(false)
  return signs
}

/** Asserts that no sign shown meets the page's cards over the hall: the edit bar, the legend, the view buttons. */
export async function expectSignsClearOfCards(page: Page, signs: readonly ShownSign[]): Promise<void> {
  const canvas = await canvasOf(page).boundingBox()
  if (!canvas) throw new Error('no canvas on the page')
  for (const card of ['[data-testid="edit-bar"]', '.legend', '.view-presets']) {
    const b = await page.locator(card).boundingBox()
    if (!b) throw new Error(`no ${card} on the page`)
    const r = {
      x0: b.x - canvas.x,
      y0: b.y - canvas.y,
      x1: b.x + b.width - canvas.x,
      y1: b.y + b.height - canvas.y,
    }
    for (const s of signs) expect(overlaps(s, r), `${s.text} under ${card}`).toBe(false)
  }
}
