// The render bench's numbers from two probe windows, and the side-by-side table with the targets.
import type { PageRun } from './renderPages.ts'

export interface RenderSummary {
  /** Wall time per rendered frame over the window (ms): what a viewer sees as the frame rate. */
  frameMs: number
  fps: number
  p95GapMs: number
  /** Share of browser frames that drew anything. */
  drawnShare: number
  maxCalls: number
  medianCalls: number
  longestTaskMs: number
  longTasks: number
  firstFrameMs: number | null
  scripts: PageRun['scripts']
  simHoursPerS: number | null
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

export function summarise({ window: w, firstFrameMs, scripts, simHoursPerS }: PageRun): RenderSummary {
  const frameMs = w.renderedFrames > 0 ? w.durationMs / w.renderedFrames : Infinity
  return {
    frameMs,
    fps: 1000 / frameMs,
    p95GapMs: quantile(w.renderGapsMs, 0.95),
    drawnShare: w.ticks > 0 ? w.renderedFrames / w.ticks : 0,
    maxCalls: w.callsPerFrame.length ? Math.max(...w.callsPerFrame) : 0,
    medianCalls: quantile(w.callsPerFrame, 0.5),
    longestTaskMs: w.longTasksMs.length ? Math.max(...w.longTasksMs) : 0,
    longTasks: w.longTasksMs.length,
    firstFrameMs,
    scripts,
    simHoursPerS,
  }
}

// Targets of issue 12 ("Performance"): docs/performance.md#targets.
const MAX_RATIO = 1.3
const MAX_CALLS = 20
const MAX_TASK_MS = 50

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`

/** The table; with `before` (the app at an older commit, same run) a third column and its ratio. */
export function table(
  app: RenderSummary,
  bare: RenderSummary,
  before: RenderSummary | null = null,
): string[] {
  const rows: [string, (s: RenderSummary) => string][] = [
    ['ms per rendered frame', (s) => s.frameMs.toFixed(1)],
    ['simulated h per wall s', (s) => (s.simHoursPerS === null ? '—' : s.simHoursPerS.toFixed(2))],
    ['rendered frames/s', (s) => s.fps.toFixed(1)],
    ['p95 gap between frames, ms', (s) => s.p95GapMs.toFixed(1)],
    ['browser frames that drew', (s) => `${(s.drawnShare * 100).toFixed(0)} %`],
    ['draw calls/frame (median, max)', (s) => `${s.medianCalls}, ${s.maxCalls}`],
    ['long tasks (count, longest ms)', (s) => `${s.longTasks}, ${s.longestTaskMs.toFixed(0)}`],
    ['first frame of the hall, ms', (s) => (s.firstFrameMs === null ? '—' : s.firstFrameMs.toFixed(0))],
    ['JS at start (files, gzipped)', (s) => `${s.scripts.count}, ${kb(s.scripts.gzipBytes)}`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  const ratio = app.frameMs / bare.frameMs
  const cols = before ? [app, bare, before] : [app, bare]
  const names = ['app', 'bare', 'before']
  return [
    [''.padEnd(width), ...cols.map((_, i) => names[i].padStart(14))].join('  '),
    ...rows.map(([label, f]) => [label.padEnd(width), ...cols.map((c) => f(c).padStart(14))].join('  ')),
    '',
    ...(before
      ? [
          `before: frame time app/bare = ${(before.frameMs / bare.frameMs).toFixed(2)}, draw calls ${before.maxCalls}`,
        ]
      : []),
    `frame time app/bare = ${ratio.toFixed(2)}   target ≤ ${MAX_RATIO}   ${verdict(ratio <= MAX_RATIO)}`,
    `draw calls (max)    = ${app.maxCalls}   target ≤ ${MAX_CALLS}   ${verdict(app.maxCalls <= MAX_CALLS)}`,
    `longest task        = ${app.longestTaskMs.toFixed(0)} ms   target ≤ ${MAX_TASK_MS} ms   ${verdict(app.longestTaskMs <= MAX_TASK_MS)}`,
  ]
}
