// The page's cards over the hall's canvas (edit bar, legend, north arrow, view buttons, elevation panel, banners) as
// rectangles on the canvas: a row sign under one cannot be read, so the declutter treats them as taken.
// docs/hall.md#reading-the-hall-labels-tooltips-views
import type { ScreenRect } from './declutter.ts'

// The hover card follows the pointer (signs would blink as it moves) and the drop overlay lasts a drag.
const TRANSIENT = '.hall-tooltip, .drop-overlay'

/** Rectangles, CSS px from the canvas's top-left, of every visible card beside the canvas in its `.viewport`. */
export function overlayRects(canvas: HTMLCanvasElement): ScreenRect[] {
  const host = canvas.closest('.viewport')
  if (!host) return []
  const c = canvas.getBoundingClientRect()
  const out: ScreenRect[] = []
  for (const el of Array.from(host.children)) {
    if (el.contains(canvas) || el.matches(TRANSIENT)) continue
    const r = el.getBoundingClientRect()
    if (r.width > 0 && r.height > 0)
      out.push({ x0: r.left - c.left, y0: r.top - c.top, x1: r.right - c.left, y1: r.bottom - c.top })
  }
  return out
}
