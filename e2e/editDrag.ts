// Dragging in the hall with a real mouse: where a box's lid shows on the canvas (framed as the app frames the
// layout it opened with) and a press, a few moves and a release through page.mouse.
import type { Page } from 'playwright-core'
import type { FloorBox, SceneLayout } from '../sim/index.ts'
import { boxTopOnCanvas } from './project.ts'
import { canvasOf } from './session.ts'

/** Page coordinates (CSS px) of `box`'s lid, the camera framed on `framed` (the layout the hall was opened with). */
export async function lidOnPage(page: Page, framed: SceneLayout, box: FloorBox) {
  const canvas = await canvasOf(page).boundingBox()
  if (!canvas) throw new Error('no canvas on the page')
  const at = boxTopOnCanvas(framed, box, canvas.width, canvas.height)
  return { x: canvas.x + at.x, y: canvas.y + at.y }
}

/** Presses on `from`, moves to `to` in `steps` pointer moves `pauseMs` apart, and releases (unless `hold`). */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  { steps = 8, pauseMs = 60, hold = false } = {},
) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  for (let k = 1; k <= steps; k++) {
    await page.mouse.move(from.x + ((to.x - from.x) * k) / steps, from.y + ((to.y - from.y) * k) / steps)
    await new Promise((r) => setTimeout(r, pauseMs))
  }
  if (!hold) await page.mouse.up()
}
