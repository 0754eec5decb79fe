// Forecast results in the 3D hall (Chromium): growth.json forecast in the Forecast tab, its planned racks drawn
// as ghosts where rackPlanOf puts them, the stranded colour mode painting every rack in the hue of the resource
// the summary says binds it, a recommendation applied, re-run and marked (or "no recommendations" said), and
// growth fitted from a replayed trace: refused with the counts for the shipped one-day cut, drawn for six weeks.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rackPlanOf } from '../sim/forecast/plan/index.ts'
import { parseScenarioText } from '../sim/index.ts'
import type { FloorBox } from '../sim/index.ts'
import { STRANDED_KEYS } from '../src/scene/stranded.ts'
import { boxTopOnCanvas, layoutOf } from './project.ts'
import { hueDeg, hueDistance, pixelsAt } from './scenePixels.ts'
import { waitUntil } from './page.ts'
import { canvasOf, openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page
const layout = layoutOf('growth')
const plan = rackPlanOf(parseScenarioText(readFileSync('scenarios/growth.json', 'utf8'), 'growth.json'))
const status = () => page.getByTestId('forecast-status').getAttribute('data-status')

async function canvasSize() {
  const box = await canvasOf(page).boundingBox()
  if (!box) throw new Error('no canvas on the page')
  return box
}

/** Colours at the lid centres of `boxes` on the canvas as it is now. */
async function lids(boxes: readonly FloorBox[]) {
  const { width, height } = await canvasSize()
  return pixelsAt(
    page,
    canvasOf(page),
    boxes.map((b) => boxTopOnCanvas(layout, b, width, height)),
  )
}

/** Picks PlanetLab files in the Workload tab and waits until they replay. */
async function loadTrace(paths: string[]): Promise<void> {
  await page.getByTestId('tab-workload').click()
  if ((await page.getByTestId('trace-clear').count()) > 0) {
    await page.getByTestId('trace-clear').click()
    await page.getByTestId('trace-none').waitFor()
  }
  await page.getByTestId('trace-format').selectOption('planetlab')
  await page.getByTestId('trace-input').setInputFiles(paths)
  await waitUntil(
    () => text(page, 'trace-status').catch(() => ''),
    (v) => v.startsWith('Replaying'),
    30_000,
  )
}

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
  await page.getByTestId('scenario').selectOption('growth')
  await waitUntil(
    () => text(page, 'hall-summary'),
    (v) => v.includes('growing'),
  )
})

afterAll(async () => {
  await session?.close()
})

describe('forecast results in the hall', { timeout: 240_000 }, () => {
  it('offers the stranded colours only once a forecast of this hall exists', async () => {
    expect(await page.getByTestId('colour-stranded').isDisabled()).toBe(true)
    expect(await page.getByTestId('colour-stranded').getAttribute('title')).toContain('Needs a forecast')
  })

  it("draws growth.json's planned racks as ghosts while the Forecast tab is open", async () => {
    const c03 = plan.planned.find((r) => r.id === 'C-03')!
    const a14 = plan.planned.find((r) => r.id === 'A-14')!
    const before = await lids([c03, a14])
    await page.getByTestId('tab-forecast').click()
    await expect.poll(() => page.getByTestId('legend-ghosts').innerText()).toContain('Planned rack')
    // The ghost's outline and translucent fill brighten the dark floor where the rack will stand.
    const after = await waitUntil(
      () => lids([c03, a14]),
      (px) => px.every((p, i) => p[0] + p[1] + p[2] > before[i][0] + before[i][1] + before[i][2] + 30),
      10_000,
    )
    console.log('floor before / ghost after, at C-03 and A-14:', before, after)
    after.forEach((p, i) => expect(p[2]).toBeGreaterThan(before[i][2] + 15))
    await canvasOf(page).screenshot({ path: `${shots}forecast-ghosts.png` })
  })

  it('runs a small forecast and paints racks by the resource the summary says binds them', async () => {
    await page.getByTestId('forecast-months').fill('12')
    await page.getByTestId('forecast-replicas').fill('4')
    await page.getByTestId('forecast-run').click()
    expect(await waitUntil(status, (s) => s !== 'running', 120_000)).toBe('done')
    const before = await lids(layout.racks)
    await page.getByTestId('colour-stranded').click()
    await expect.poll(() => page.getByTestId('legend-stranded').count()).toBe(1)
    // The legend counts racks per binding resource from the summary; every rack is listed under one.
    const counts = await Promise.all(
      STRANDED_KEYS.map(async (k) =>
        Number(await page.getByTestId(`stranded-${k.resource}`).getAttribute('data-racks')),
      ),
    )
    console.log(
      'racks per binding resource:',
      STRANDED_KEYS.map((k, i) => `${k.resource} ${counts[i]}`),
    )
    expect(counts.reduce((a, b) => a + b, 0)).toBe(layout.racks.length)
    const after = await waitUntil(
      () => lids(layout.racks),
      (px) => px.some((p, i) => hueDistance(hueDeg(p), hueDeg(before[i])) > 20),
      10_000,
    )
    // Lighting scales a lid's colour but keeps its hue: classify each lid by the nearest key hue, and the racks
    // per binding resource come out as the summary's counts.
    const keyHues = STRANDED_KEYS.map((k) => hueDeg([(k.hex >> 16) & 255, (k.hex >> 8) & 255, k.hex & 255]))
    const nearest = after.map((p) => {
      const d = keyHues.map((k) => hueDistance(hueDeg(p), k))
      return d.indexOf(Math.min(...d))
    })
    console.log(
      'lid hues:',
      after.map((p) => Math.round(hueDeg(p))),
      'keys:',
      keyHues.map(Math.round),
    )
    // A leaving rack's lid carries the vermillion cross: its colour is not the rack's alone, so it is left out.
    const leaving = new Set(plan.leaving.map((r) => r.id))
    const judged = layout.racks.map((r, i) => (leaving.has(r.id) ? -1 : nearest[i]))
    const observed = STRANDED_KEYS.map((_, k) => judged.filter((n) => n === k).length)
    expect(observed.reduce((a, b) => a + b, 0)).toBe(layout.racks.length - leaving.size)
    observed.forEach((n, k) => expect(n).toBeLessThanOrEqual(counts[k]))
    await page.getByTestId('viewport').screenshot({ path: `${shots}forecast-stranded.png` })
    await page.getByTestId('legend').screenshot({ path: `${shots}forecast-stranded-legend.png` })
    await page.screenshot({ path: `${shots}forecast-stranded-page.png` })
  })

  it('applies a recommendation, re-runs and marks it; or says there are none', async () => {
    const list = page.getByTestId('recommendations')
    await list.scrollIntoViewIfNeeded()
    const offered = await page.getByTestId('apply-recommendation').count()
    await page.getByTestId('forecast-panel').screenshot({ path: `${shots}forecast-recommendations.png` })
    if (offered === 0) {
      expect(await text(page, 'no-recommendations')).toBe('No recommendations for this forecast.')
      console.log('skipped: apply — this forecast has no recommendations (ADVICE fills them)')
      return
    }
    // A new cooling unit shows as a ghost where the recommendation puts it: apply one when offered.
    const unitAdvice = page.locator('li[data-key^="addCoolingUnit "]')
    const addsUnit = (await unitAdvice.count()) > 0
    const pick = addsUnit ? unitAdvice.first() : page.locator('li.recommendation').first()
    await pick.getByTestId('apply-recommendation').click()
    expect(await waitUntil(status, (s) => s !== 'running', 120_000)).toBe('done')
    await expect.poll(() => page.getByTestId('applied-mark').count()).toBe(1)
    expect(await text(page, 'forecast-of')).toContain('with 1 applied recommendation')
    await page.getByTestId('applied-recommendations').locator('summary').click()
    const json = JSON.parse(await text(page, 'applied-json')) as Record<string, { date: string }[]>
    expect(Object.keys(json).every((k) => ['deployments', 'decommissions', 'refreshes'].includes(k))).toBe(
      true,
    )
    await page.getByTestId('forecast-panel').screenshot({ path: `${shots}forecast-applied.png` })
    // Points up the new unit's centre line (0.4 to 1.9 m, inside its 1.95 m translucent ghost) lighten where no
    // existing unit stands in front; reverting takes the ghost away (same tab, so the same canvas and camera).
    const unit = addsUnit
      ? (json.deployments as unknown as { unit?: { xM: number; yM: number } }[]).find((d) => d.unit)?.unit
      : undefined
    const { width, height } = await canvasSize()
    const at = (unit ? [0.4, 0.8, 1.2, 1.6, 1.9] : []).map((heightM) =>
      boxTopOnCanvas(
        layout,
        { xM: unit!.xM, yM: unit!.yM, widthM: 0.5, depthM: 0.5, heightM, facing: '+x' },
        width,
        height,
      ),
    )
    const inView = at.filter((p) => p.x > 2 && p.x < width - 2 && p.y > 2 && p.y < height - 2)
    const shown = await pixelsAt(page, canvasOf(page), inView)
    if (unit) await page.getByTestId('viewport').screenshot({ path: `${shots}forecast-applied-ghost.png` })
    await page.getByTestId('revert-recommendation').click()
    expect(await waitUntil(status, (s) => s !== 'running', 120_000)).toBe('done')
    if (unit) {
      const hidden = await pixelsAt(page, canvasOf(page), inView)
      const lighter = shown.map((p, i) => p[0] + p[1] + p[2] - (hidden[i][0] + hidden[i][1] + hidden[i][2]))
      console.log(`cooling unit ghost at (${unit.xM}, ${unit.yM}) m: brighter by`, lighter.map(Math.round))
      expect(Math.max(...lighter)).toBeGreaterThan(30)
    }
    expect(await page.getByTestId('applied-mark').count()).toBe(0)
  })

  it('says the shipped PlanetLab cut is too short to fit growth, with the counts', async () => {
    const dir = 'test-fixtures/planetlab'
    await loadTrace(readdirSync(dir).map((f) => join(dir, f)))
    await page.getByTestId('tab-forecast').click()
    await page.getByTestId('fit-growth').click()
    const note = await waitUntil(
      () => text(page, 'growth-fit-note').catch(() => ''),
      (v) => v !== '',
      30_000,
    )
    expect(note).toBe(
      'The trace gives 1 weekly and 1 monthly peaks; any fit needs at least 5 and a seasonal one 104 weekly or 24 monthly: too short to fit.',
    )
    expect(await page.getByTestId('growth-fit-chart').count()).toBe(0)
  })

  it('fits six weeks of rising load, draws it and uses it as the growth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plenum-fit-'))
    try {
      // Three VMs, 42 days of five-minute samples rising from 20 to 80 %.
      const n = 42 * 288
      const body = Array.from({ length: n }, (_, k) => `${Math.round(20 + (60 * k) / (n - 1))}\n`).join('')
      const files = [1, 2, 3].map((vm) => join(dir, `rising-${vm}`))
      for (const f of files) writeFileSync(f, body)
      await loadTrace(files)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    await page.getByTestId('tab-forecast').click()
    await page.getByTestId('fit-growth').click()
    await page.getByTestId('growth-fit-chart').waitFor({ timeout: 60_000 })
    expect(await text(page, 'growth-fit-note')).toMatch(
      /^ETS\(A,\w+,N\) chosen by AICc \(no seasonal term: 6 weekly peaks, a seasonal fit needs 104\)\.$/,
    )
    await page.getByTestId('growth-fit').screenshot({ path: `${shots}forecast-growth-fit.png` })
    await page.getByTestId('use-fit-as-growth').click()
    expect(await page.getByTestId('forecast-growth').inputValue()).toBe('table')
    expect(await text(page, 'scenario-demand')).toContain('(replaced for this forecast)')
  })

  it('raised no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
