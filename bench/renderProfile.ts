// The CPU profile of the app's main thread during playback (Chromium's CDP Profiler), summed to self time per
// function: what the render bench prints with RENDER_PROFILE=1, and what docs/performance.md quotes.
import type { Page } from 'playwright-core'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  hitCount?: number
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Profiles the page's main thread for `seconds`; returns the top `top` functions by self time. */
export async function profileMainThread(page: Page, seconds: number, top = 15): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await new Promise((r) => setTimeout(r, seconds * 1000))
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  await cdp.detach()
  return selfTimes(profile, top)
}

function selfTimes(profile: Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const selfUs = new Map<string, number>()
  let totalUs = 0
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0
    const f = byId.get(id)?.callFrame
    if (!f) return
    const file = f.url.split('/').pop() ?? ''
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt)
    totalUs += dt
  })
  const rows = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)
  return [
    `main-thread self time over ${(totalUs / 1e6).toFixed(1)} s (sampled every 0.2 ms):`,
    ...rows.map(
      ([k, us]) =>
        `  ${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    ),
  ]
}
