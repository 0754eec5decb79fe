// In-page measurements for the e2e test: WebGL renderer, pixel statistics of a screenshot, KPI numbers.
import type { Locator, Page } from 'playwright-core'

/** The UNMASKED_RENDERER_WEBGL string of the app's own canvas context. */
export function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.querySelector('canvas')?.getContext('webgl2')
    if (!gl) return 'no WebGL2 context'
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
  })
}

export interface PixelStats {
  width: number
  height: number
  /** Share of pixels that differ from the background colour. */
  nonBackground: number
  /** Distinct colours after quantising to 5 bits per channel. */
  distinct: number
}

/** Screenshots `target` and decodes the PNG inside the page (createImageBitmap), so no PNG package is needed. */
export async function pixelStats(page: Page, target: Locator, backgroundHex: string): Promise<PixelStats> {
  const png = await target.screenshot()
  return page.evaluate(
    async ({ b64, bg }) => {
      // Decoded by hand, not fetched from a data: URL: the app's connect-src policy does not allow data:.
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' })
      const bitmap = await createImageBitmap(blob)
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')
      if (!ctx) throw new Error('no 2D context')
      ctx.drawImage(bitmap, 0, 0)
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height)
      const [r0, g0, b0] = [1, 3, 5].map((k) => parseInt(bg.slice(k, k + 2), 16))
      const colours = new Set<number>()
      let differing = 0
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
        if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 12) differing++
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3))
      }
      const pixels = data.length / 4
      return {
        width: bitmap.width,
        height: bitmap.height,
        nonBackground: differing / pixels,
        distinct: colours.size,
      }
    },
    { b64: png.toString('base64'), bg: backgroundHex },
  )
}

/** The number shown in a data-testid element ("71.2", "1.70"); NaN when it shows a dash. */
export async function numberOf(page: Page, testId: string): Promise<number> {
  return Number.parseFloat(await page.getByTestId(testId).innerText())
}

/** Polls `probe` until `accept` holds or `timeoutMs` passes; returns the last value either way. */
export async function waitUntil<T>(probe: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs
  let value = await probe()
  while (!accept(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250))
    value = await probe()
  }
  return value
}

/** "2026-01-05 14:30 UTC" → Unix milliseconds. */
export function parseClock(text: string): number {
  return Date.parse(text.replace(' UTC', 'Z').replace(' ', 'T'))
}
