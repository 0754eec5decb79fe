// In-page instruments for the render bench, installed before any page script runs (page.addInitScript), the same
// on the app and on the bare page: WebGL draw calls counted by wrapping the context's draw methods (so no test hook
// in the app is needed), one animation-frame tick per browser frame, and long tasks from PerformanceObserver.
import type { Page } from 'playwright-core'

/** What one measured window showed; times in ms. */
export interface ProbeWindow {
  durationMs: number
  /** Browser frames (rAF ticks) in the window, and those in which anything was drawn. */
  ticks: number
  renderedFrames: number
  /** Draw calls in each rendered frame. */
  callsPerFrame: number[]
  /** Wall time between consecutive rendered frames. */
  renderGapsMs: number[]
  longTasksMs: number[]
}

interface Probe {
  start(): void
  stop(): ProbeWindow
  /** performance.now() (ms since navigation) of the first draw of at least `minInstances` instances. */
  firstFrameMs: number | null
}

/** Runs inside the page (serialised by Playwright): it must not close over anything in this module. */
function install(minInstances: number) {
  const w = window as unknown as { __probe: Probe; __skipPlain?: boolean }
  let calls = 0
  let firstFrameMs: number | null = null
  const counting = (proto: object, name: string, instancesArg: number) => {
    const p = proto as Record<string, (...args: unknown[]) => unknown>
    const original = p[name]
    if (!original) return
    p[name] = function (this: unknown, ...args: unknown[]) {
      calls++
      if (w.__skipPlain && instancesArg < 0) return undefined
      if (firstFrameMs === null && instancesArg >= 0 && (args[instancesArg] as number) >= minInstances)
        firstFrameMs = performance.now()
      return original.apply(this, args)
    }
  }
  for (const ctx of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    counting(ctx, 'drawArrays', -1)
    counting(ctx, 'drawElements', -1)
  }
  counting(WebGL2RenderingContext.prototype, 'drawArraysInstanced', 3)
  counting(WebGL2RenderingContext.prototype, 'drawElementsInstanced', 4)

  let measuring = false
  let t0 = 0
  let lastRenderMs = 0
  let ticks = 0
  let callsPerFrame: number[] = []
  let renderGapsMs: number[] = []
  let longTasksMs: number[] = []
  // Registered first, so in each browser frame this runs before the page's own rAF callbacks: the calls counted
  // since the previous tick are the previous frame's.
  const tick = (nowMs: number) => {
    if (measuring) {
      ticks++
      if (calls > 0) {
        callsPerFrame.push(calls)
        if (lastRenderMs > 0) renderGapsMs.push(nowMs - lastRenderMs)
        lastRenderMs = nowMs
      }
    }
    calls = 0
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
  new PerformanceObserver((list) => {
    if (measuring) for (const e of list.getEntries()) longTasksMs.push(e.duration)
  }).observe({ type: 'longtask', buffered: false })

  w.__probe = {
    get firstFrameMs() {
      return firstFrameMs
    },
    start() {
      measuring = true
      t0 = performance.now()
      lastRenderMs = 0
      ticks = 0
      callsPerFrame = []
      renderGapsMs = []
      longTasksMs = []
    },
    stop() {
      measuring = false
      const durationMs = performance.now() - t0
      return {
        durationMs,
        ticks,
        renderedFrames: callsPerFrame.length,
        callsPerFrame,
        renderGapsMs,
        longTasksMs,
      }
    },
  }
}

/** Installs the probe on every document `page` loads; `minInstances` marks the first frame that shows the hall. */
export async function installProbe(page: Page, minInstances: number): Promise<void> {
  // tsx (esbuild, keepNames) wraps named functions in __name(…) calls that exist only in Node: define it in the page.
  const content = `var __name = (f) => f;\n(${install.toString()})(${JSON.stringify(minInstances)})`
  await page.addInitScript({ content })
}

export const startProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.start())
export const stopProbe = (page: Page): Promise<ProbeWindow> =>
  page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.stop())
export const firstFrameOf = (page: Page): Promise<number | null> =>
  page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.firstFrameMs)

/** From now on the page's non-instanced draw calls are counted but not made (the `instanced-only` variant). */
export const skipPlainDraws = (page: Page) =>
  page.evaluate(() => {
    ;(window as unknown as { __skipPlain: boolean }).__skipPlain = true
  })
