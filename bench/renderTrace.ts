// What the app's long tasks are made of: a Chromium trace (devtools.timeline categories, as the DevTools Performance
// panel records) during playback, each main-thread task over 50 ms broken into self time by trace event name.
// `RENDER_TRACE=1 npm run bench -- render` prints it; docs/performance.md#long-tasks quotes it.
import type { Browser, Page } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: Record<string, unknown> }
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'toplevel',
  'gpu',
]

/** Traces `page` for `seconds`; returns one line per main-thread task over `minMs`, with what took its time. */
export async function traceLongTasks(browser: Browser, page: Page, seconds: number, minMs = 50) {
  await browser.startTracing(page, { categories: CATEGORIES })
  await new Promise((r) => setTimeout(r, seconds * 1000))
  const buffer = await browser.stopTracing()
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }
  return longTasks(traceEvents, minMs)
}

/** An event's label: its name, with the DOM event type, the function or the GC kind when the trace gives one. */
function label(e: TraceEvent): string {
  const d = e.args?.data ?? {}
  const extra = (d.type ?? d.functionName ?? '') as string
  const url = typeof d.url === 'string' ? (d.url.split('/').pop() ?? '') : ''
  return [e.name, extra, url && !extra ? url : ''].filter(Boolean).join(' ')
}

export function longTasks(events: TraceEvent[], minMs: number): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) return ['trace: no CrRendererMain thread']
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! >= minMs * 1000)
  const lines = [`main-thread tasks over ${minMs} ms in the trace: ${tasks.length}`]
  for (const task of tasks) {
    const end = task.ts + task.dur!
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end)
    // Self time: each event's duration less its direct children's (events nest on one thread).
    const self = new Map<string, number>()
    const stack: { e: TraceEvent; childUs: number }[] = []
    const close = (upToTs: number) => {
      while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= upToTs) {
        const top = stack.pop()!
        const key = label(top.e)
        self.set(key, (self.get(key) ?? 0) + top.e.dur! - top.childUs)
        if (stack.length) stack[stack.length - 1].childUs += top.e.dur!
      }
    }
    let childOfTask = 0
    for (const e of inside) {
      close(e.ts)
      if (!stack.length) childOfTask += e.dur!
      stack.push({ e, childUs: 0 })
    }
    close(Infinity)
    self.set('(task itself)', task.dur! - childOfTask)
    const top = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`)
    lines.push(`  ${(task.dur! / 1000).toFixed(0).padStart(4)} ms: ${top.join(', ')}`)
  }
  return lines
}
