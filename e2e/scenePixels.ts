// Reading the hall's canvas at given points (project.ts says where a box's lid shows): colour and hue there.
import type { Locator, Page } from 'playwright-core'

/** Mean [r, g, b] (0–255) of the 3 × 3 device pixels around each CSS point of a screenshot of `target`. */
export async function pixelsAt(
  page: Page,
  target: Locator,
  points: readonly { x: number; y: number }[],
): Promise<[number, number, number][]> {
  const box = await target.boundingBox()
  const png = await target.screenshot()
  return page.evaluate(
    async ({ b64, pts, cssWidth }) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' })
      const bitmap = await createImageBitmap(blob)
      const scale = bitmap.width / cssWidth
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')
      if (!ctx) throw new Error('no 2D context')
      ctx.drawImage(bitmap, 0, 0)
      return pts.map(({ x, y }) => {
        const { data } = ctx.getImageData(Math.round(x * scale) - 1, Math.round(y * scale) - 1, 3, 3)
        const sum = [0, 0, 0]
        for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += data[i + c]
        return sum.map((s) => s / 9) as [number, number, number]
      })
    },
    { b64: png.toString('base64'), pts: [...points], cssWidth: box?.width ?? 1 },
  )
}

/** Hue of an sRGB colour, degrees 0–360 (0 for a grey). */
export function hueDeg([r, g, b]: readonly number[]): number {
  const max = Math.max(r, g, b)
  const d = max - Math.min(r, g, b)
  if (d === 0) return 0
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return (h * 60 + 360) % 360
}

/** The smaller angle between two hues, degrees. */
export const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b))
