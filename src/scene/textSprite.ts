// A text label as a three.js sprite: drawn once on a canvas, always facing the camera, sized in metres.
import { CanvasTexture, LinearFilter, Sprite, SpriteMaterial, SRGBColorSpace } from 'three'
import type { Object3D } from 'three'

const FONT_PX = 44
const PAD_PX = 14

/** Width in metres of a label `heightM` tall: the canvas's aspect, measured with the same font. */
export function labelWidthM(text: string, heightM: number): number {
  const ctx = document.createElement('canvas').getContext('2d')
  if (!ctx) return heightM * text.length * 0.6
  ctx.font = `600 ${FONT_PX}px system-ui, sans-serif`
  return (heightM * (ctx.measureText(text).width + 2 * PAD_PX)) / (FONT_PX + 2 * PAD_PX)
}

/** A text plate's height, px (its width follows the text: plateWidthPx). */
export const PLATE_HEIGHT_PX = FONT_PX + 2 * PAD_PX
const PLATE_FONT = `600 ${FONT_PX}px system-ui, sans-serif`

/** The width, px, of the plate that shows `text`. */
export function plateWidthPx(ctx: CanvasRenderingContext2D, text: string): number {
  ctx.font = PLATE_FONT
  return Math.ceil(ctx.measureText(text).width + 2 * PAD_PX)
}

/**
 * Paints `text` on a dark rounded plate with a `border` edge, `widthPx` × PLATE_HEIGHT_PX at (x, y) of `ctx`: for a
 * sprite's own canvas and for the row signs' shared atlas (labels/signAtlas.ts).
 */
export function paintPlate(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  widthPx: number,
  border: string,
) {
  ctx.font = PLATE_FONT
  ctx.fillStyle = 'rgba(11, 15, 23, 0.82)'
  ctx.strokeStyle = border
  ctx.lineWidth = 4
  ctx.beginPath()
  ctx.roundRect(x + 2, y + 2, widthPx - 4, PLATE_HEIGHT_PX - 4, 12)
  ctx.fill()
  ctx.stroke()
  ctx.fillStyle = '#e8eefc'
  ctx.textBaseline = 'middle'
  ctx.fillText(text, x + PAD_PX, y + PLATE_HEIGHT_PX / 2 + 2)
}

/**
 * A sprite `heightM` tall showing `text` on a dark rounded plate with a `border` edge. Drawn over the scene
 * (no depth test) so a label is never hidden inside a rack; dispose() frees its texture and material.
 */
export function textSprite(text: string, heightM: number, border: string): Sprite {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas context for a label')
  canvas.width = plateWidthPx(ctx, text)
  canvas.height = PLATE_HEIGHT_PX
  paintPlate(ctx, text, 0, 0, canvas.width, border)
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.minFilter = LinearFilter
  const material = new SpriteMaterial({ map: texture, depthTest: false, transparent: true })
  const sprite = new Sprite(material)
  sprite.scale.set((heightM * canvas.width) / canvas.height, heightM, 1)
  sprite.renderOrder = 10
  sprite.raycast = () => undefined
  return sprite
}

/** Adds `sprites` to `group`; the function returned takes them out again and frees their textures and materials. */
export function mountSprites(group: Object3D, sprites: Sprite[]): () => void {
  // three warns "object not an instance of THREE.Object3D" for add()/remove() with no arguments.
  if (sprites.length > 0) group.add(...sprites)
  return () => {
    if (sprites.length > 0) group.remove(...sprites)
    for (const s of sprites) {
      s.material.map?.dispose()
      s.material.dispose()
    }
  }
}
