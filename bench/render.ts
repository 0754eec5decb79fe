// `npm run bench -- render`: the large hall playing at the fastest speed in headless Chromium against a bare
// three.js page drawing the same boxes, measured in the same run. docs/performance.md explains every column.
// Needs the production build (dist/): built here when missing, otherwise used as it is (and said when stale).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import { parseScenarioText, createSimulation, sceneLayout } from '../sim/index.ts'
import { rackTransforms, unitTransforms } from '../src/scene/layout.ts'
import { BACKGROUND_HEX } from '../src/scene/palette.ts'
import { launchChromium, startPreview } from '../e2e/browser.ts'
import { HALL_FILE, runApp, runBare } from './renderPages.ts'
import type { PageRun, Variant } from './renderPages.ts'
import { VARIANTS } from './renderPages.ts'
import { profileMainThread } from './renderProfile.ts'
import { summarise, table } from './renderTable.ts'
import { traceLongTasks } from './renderTrace.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const bareRoot = fileURLToPath(new URL('./bare/', import.meta.url))
const bareOut = join(tmpdir(), 'plenum-bench-bare')
const SECONDS = Number(process.env.RENDER_SECONDS ?? 10)
// Another checkout's root with its own dist/ (an older commit, say): played too, in the same run, for before/after.
const BASELINE = process.env.RENDER_BASELINE
// The app's own root to play (default this checkout): a copy with its own dist/ is safe from a rebuild mid-run.
const APP_ROOT = process.env.RENDER_APP ?? root
const WARM_S = 3
// The app played again with parts switched off, one run each (`+` joins several): renderPages.ts's VARIANTS.
const RUNS_OFF = (process.env.RENDER_VARIANTS ?? '')
  .split(',')
  .filter(Boolean)
  .map((v) => v.split('+') as Variant[])
for (const off of RUNS_OFF.flat())
  if (!VARIANTS.includes(off)) throw new Error(`RENDER_VARIANTS: ${off} is not one of ${VARIANTS.join(', ')}`)

async function ensureAppBuild(): Promise<string> {
  const index = join(APP_ROOT, 'dist', 'index.html')
  if (!existsSync(index)) {
    await build({ root: APP_ROOT, logLevel: 'warn' })
    return 'dist/ built now'
  }
  return `dist/ built ${statSync(index).mtime.toISOString()} (run \`npx vite build\` first to measure newer code)`
}

/** The boxes the app draws for the large hall: racks and cooling units, as [x, y, z, yaw, sx, sy, sz]. */
function hallBoxes() {
  const sim = createSimulation(parseScenarioText(readFileSync(HALL_FILE, 'utf8'), HALL_FILE))
  const layout = sceneLayout(sim.scenario, sim.layout)
  const all = [...rackTransforms(layout, 0.05), ...unitTransforms(layout, 0.02)]
  return {
    racks: layout.racks.length,
    room: layout.room,
    boxes: all.map((t) => [t.x, t.y, t.z, t.yawRad, t.sx, t.sy, t.sz]),
  }
}

export async function renderReport(): Promise<string[]> {
  const buildNote = await ensureAppBuild()
  await build({
    root: bareRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true },
  })
  const hall = hallBoxes()
  const app = await startPreview(APP_ROOT)
  const bare = await preview({
    root: bareRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: bareOut },
    preview: { host: '127.0.0.1', port: 0, open: false },
  })
  const browser = await launchChromium()
  try {
    const a = await runApp(browser, app.url, hall.racks, SECONDS, WARM_S)
    const profile = process.env.RENDER_PROFILE ? await profileMainThread(a.page, SECONDS) : []
    const trace = process.env.RENDER_TRACE ? await traceLongTasks(browser, a.page, SECONDS) : []
    await a.page.close()
    if (!a.camera || !a.box) throw new Error('the app canvas has no data-camera or no size')
    const scene = {
      widthPx: Math.round(a.box.width),
      heightPx: Math.round(a.box.height),
      camera: a.camera.split(',').map(Number),
      boxes: hall.boxes,
      room: hall.room,
      background: BACKGROUND_HEX,
    }
    const bareUrl = bare.resolvedUrls?.local[0]
    if (!bareUrl) throw new Error('vite preview of bench/bare did not report a URL')
    const b: PageRun = await runBare(browser, bareUrl, scene, hall.racks, SECONDS, WARM_S)
    const before = BASELINE ? await runBaseline(browser, BASELINE, hall.racks) : null
    const variants: string[] = []
    for (const off of RUNS_OFF) {
      try {
        const v = await runApp(browser, app.url, hall.racks, SECONDS, WARM_S, off)
        await v.page.close()
        variants.push(variantLine(off.join('+'), summarise(v.run), summarise(b)))
      } catch (e) {
        variants.push(`  ${off.join('+')}: failed: ${String(e).split('\n')[0]}`)
      }
    }
    return [
      '== render',
      `large hall (${hall.racks} racks, ${hall.boxes.length} boxes) at the fastest speed vs bench/bare, ` +
        `${scene.widthPx}×${scene.heightPx} canvas, ${SECONDS} s after ${WARM_S} s of warm-up; ${buildNote}`,
      '',
      ...table(summarise(a.run), summarise(b), before && summarise(before)),
      ...(BASELINE ? [`before = the app built in ${BASELINE}`] : []),
      ...(variants.length
        ? ['', 'the app with parts off (same run; ratio to the bare page):', ...variants]
        : []),
      ...(profile.length ? ['', ...profile] : []),
      ...(trace.length ? ['', ...trace] : []),
      '',
    ]
  } finally {
    await browser.close()
    await app.close()
    await bare.close()
  }
}

async function runBaseline(browser: Awaited<ReturnType<typeof launchChromium>>, dir: string, racks: number) {
  const server = await startPreview(dir)
  try {
    const run = await runApp(browser, server.url, racks, SECONDS, WARM_S)
    await run.page.close()
    return run.run
  } finally {
    await server.close()
  }
}

function variantLine(
  name: string,
  s: ReturnType<typeof summarise>,
  bare: ReturnType<typeof summarise>,
): string {
  return (
    `  ${name.padEnd(28)} ${s.frameMs.toFixed(1).padStart(7)} ms/frame  ×${(s.frameMs / bare.frameMs).toFixed(2)}` +
    `  drew ${(s.drawnShare * 100).toFixed(0)} %  calls ${s.medianCalls}` +
    `  long tasks ${s.longTasks}, longest ${s.longestTaskMs.toFixed(0)} ms` +
    `  ${s.simHoursPerS === null ? '' : `${s.simHoursPerS.toFixed(2)} sim h/s`}`
  )
}
