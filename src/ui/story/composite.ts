// One frame of the exported video: the hall's WebGL canvas with the story's headline figures across the top and
// the caption at the bottom, drawn with the 2D canvas API (the DOM overlay is not in a canvas stream).
// docs/story.md#export-webm
import type { Headline } from '../../state/storyHeadline.ts'

/** What the overlay shows now; the overlay writes it, the recorder draws it. */
export const storyText: { caption: string | null; headline: Headline | null; ended: boolean } = {
  caption: null,
  headline: null,
  ended: false,
}

const FONT = 'Inter, system-ui, sans-serif'

/** Draws `gl` scaled to fill `ctx`'s canvas, then the headline band, the caption and (at the end) "The end". */
export function drawStoryFrame(ctx: CanvasRenderingContext2D, gl: HTMLCanvasElement, progress: number): void {
  const { width: w, height: h } = ctx.canvas
  ctx.drawImage(gl, 0, 0, w, h)
  // Sizes scale with the frame's height so a 720p and a 1080p export read alike.
  const u = h / 720
  const { headline, caption } = storyText
  if (headline) {
    ctx.fillStyle = 'rgba(8, 12, 20, 0.78)'
    ctx.fillRect(0, 0, w, 112 * u)
    const figures = [headline.capacity, headline.runsOut, headline.energy, headline.pue]
    figures.forEach((f, i) => {
      const x = (w / figures.length) * (i + 0.5)
      ctx.textAlign = 'center'
      ctx.fillStyle = '#ffffff'
      ctx.font = `700 ${40 * u}px ${FONT}`
      ctx.fillText(f.value, x, 54 * u, w / figures.length - 16 * u)
      ctx.fillStyle = '#a9b4c8'
      ctx.font = `400 ${16 * u}px ${FONT}`
      ctx.fillText(f.note, x, 86 * u, w / figures.length - 16 * u)
    })
  }
  if (caption) {
    ctx.font = `600 ${30 * u}px ${FONT}`
    const textW = Math.min(ctx.measureText(caption).width, w - 96 * u)
    ctx.fillStyle = 'rgba(8, 12, 20, 0.82)'
    ctx.fillRect((w - textW) / 2 - 24 * u, h - 128 * u, textW + 48 * u, 60 * u)
    ctx.fillStyle = '#ffffff'
    ctx.textAlign = 'center'
    ctx.fillText(caption, w / 2, h - 88 * u, w - 96 * u)
  }
  // The story's progress as a thin bar along the bottom edge.
  ctx.fillStyle = '#3b82f6'
  ctx.fillRect(0, h - 6 * u, w * Math.min(Math.max(progress, 0), 1), 6 * u)
}
