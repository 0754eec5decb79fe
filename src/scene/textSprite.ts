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

/**
 * A sprite `heightM` tall showing `text` on a dark rounded plate with a `border` edge. Drawn over the scene
 * (no depth test) so a label is never hidden inside a rack; dispose() frees its texture and material.
 */
export function textSprite(text: string, heightM: number, border: string): Sprite {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas context for a label')
  const font = `600 ${FONT_PX}px system-ui, sans-serif`
  ctx.font = font
  canvas.width = Math.ceil(ctx.measureText(text).width + 2 * PAD_PX)
  canvas.height = FONT_PX + 2 * PAD_PX
  ctx.font = font // resizing the canvas reset it
  ctx.fillStyle = 'rgba(11, 15, 23, 0.82)'
  ctx.strokeStyle = border
  ctx.lineWidth = 4
  ctx.beginPath()
  ctx.roundRect(2, 2, canvas.width - 4, canvas.height - 4, 12)
  ctx.fill()
  ctx.stroke()
  ctx.fillStyle = '#e8eefc'
  ctx.textBaseline = 'middle'
  ctx.fillText(text, PAD_PX, canvas.height / 2 + 2)
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
