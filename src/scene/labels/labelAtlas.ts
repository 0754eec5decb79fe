// The label atlas: every rack and unit name drawn once on one canvas (white text with a dark outline, readable on
// any inlet colour), so all labels are one texture and one draw call. Canvas 2D, not troika: see docs/hall.md.
import { packShelves } from './atlasPacking.ts'
import type { AtlasCell } from './atlasPacking.ts'

const FONT_PX = 36
const PAD_PX = 6
/** A cell's height, px: the font and its padding. */
export const CELL_PX = FONT_PX + 2 * PAD_PX
const ATLAS_WIDTH_PX = 2048
const FONT = `600 ${FONT_PX}px system-ui, sans-serif`

export interface LabelAtlas {
  canvas: HTMLCanvasElement
  /** One cell per text, in order; its aspect (w ÷ h) sizes the label in the scene. */
  cells: AtlasCell[]
}

/** Draws `texts` into a new atlas; the time it took is a User Timing measure, "plenum:label-atlas". */
export function drawAtlas(texts: readonly string[]): LabelAtlas {
  const startMs = performance.now()
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas context for the hall labels')
  ctx.font = FONT
  const widths = texts.map((t) => ctx.measureText(t).width + 2 * PAD_PX)
  const { cells, heightPx } = packShelves(widths, CELL_PX, ATLAS_WIDTH_PX)
  canvas.width = ATLAS_WIDTH_PX
  canvas.height = Math.max(heightPx, 1)
  ctx.font = FONT // resizing the canvas reset it
  ctx.textBaseline = 'middle'
  ctx.lineJoin = 'round'
  ctx.lineWidth = 7
  ctx.strokeStyle = 'rgba(8, 11, 18, 0.9)'
  ctx.fillStyle = '#f4f7ff'
  texts.forEach((text, i) => {
    const c = cells[i]
    const [x, y] = [c.x + PAD_PX, c.y + c.h / 2 + 1]
    ctx.strokeText(text, x, y, c.w - 2 * PAD_PX)
    ctx.fillText(text, x, y, c.w - 2 * PAD_PX)
  })
  performance.measure('plenum:label-atlas', {
    start: startMs,
    detail: { labels: texts.length, widthPx: canvas.width, heightPx: canvas.height },
  })
  return { canvas, cells }
}
