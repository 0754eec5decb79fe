// The Forecast tab in Chromium: scenarios/growth.json forecast on the page's worker pool and exported as JSON,
// byte for byte what `npm run sim -- forecast … --json` prints for the same inputs (sim/ takes exp, log, pow,
// sin, cos from sim/math/portable.ts: the same bits in every engine), byte-identical with 2 and 1 workers; a long
// run cancelled (the previous result kept); a worker's error shown; the tab bar fits at 1280×720.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffDocs } from './forecastJsonDiff.ts'
import { waitUntil } from './page.ts'
import { openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page
const root = fileURLToPath(new URL('..', import.meta.url))
const MONTHS = 12
const REPLICAS = 8

// The command line's answer for the same inputs, computed beside the browser's.
const cli = promisify(execFile)(
  'npx',
  [
    'tsx',
    'cli/sim.ts',
    'forecast',
    'scenarios/growth.json',
    '--months',
    `${MONTHS}`,
    '--replicas',
    `${REPLICAS}`,
    '--json',
  ],
  { cwd: root, maxBuffer: 64 << 20 },
).then((r) => r.stdout)

const status = () => page.getByTestId('forecast-status').getAttribute('data-status')
const progress = async () => Number(await page.getByTestId('forecast-progress').getAttribute('data-done'))

async function fill(testId: string, value: string): Promise<void> {
  await page.getByTestId(testId).fill(value)
}

/** Runs the forecast with the fields as set and waits until it ends (a minute at most). */
async function runToEnd(): Promise<string | null> {
  await page.getByTestId('forecast-run').click()
  // Replicas take seconds here; the advice's verification re-runs up to a minute on a loaded 2-core machine.
  return waitUntil(status, (s) => s !== 'running', 150_000)
}

async function exportedJson(): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('forecast-export-json').click(),
  ])
  return readFileSync((await download.path())!, 'utf8')
}

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Forecast tab', { timeout: 300_000 }, () => {
  it('the six tabs fit the 320 px side panel at 1280×720, labels whole even with "99+" badges', async () => {
    // The widest marks the bar can carry, added to the DOM for this measurement and removed after it.
    await page.evaluate(() => {
      for (const [id, tone] of [
        ['tab-whatif', 'danger'],
        ['tab-power', 'warn'],
      ]) {
        const badge = document.createElement('span')
        badge.className = `badge ${tone} probe`
        badge.textContent = '99+'
        document.querySelector(`[data-testid=${id}]`)!.append(badge)
      }
      const dot = document.createElement('span')
      dot.className = 'tab-dot probe'
      document.querySelector('[data-testid=tab-workload]')!.append(dot)
    })
    // Per tab: how far its label or badge reaches past the tab's box, and whether the badge covers the label.
    const overflows = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role=tab]')].map((tab) => {
        const box = tab.getBoundingClientRect()
        const range = document.createRange()
        range.selectNodeContents(tab.firstChild!)
        const label = range.getBoundingClientRect()
        const badge = tab.querySelector('.badge')?.getBoundingClientRect()
        const parts = badge ? [label, badge] : [label]
        const spill = Math.max(0, ...parts.flatMap((r) => [r.right - box.right, box.left - r.left]))
        const covers =
          !!badge &&
          badge.left < label.right &&
          badge.right > label.left &&
          badge.top < label.bottom &&
          badge.bottom > label.top
        return { label: tab.innerText, spill, covers }
      }),
    )
    await page.locator('nav.tabs').screenshot({ path: `${shots}forecast-tabs.png` })
    await page.evaluate(() => document.querySelectorAll('.probe').forEach((e) => e.remove()))
    expect(overflows.map((o) => o.label.replace(/\s+/g, ' ').trim())).toEqual([
      'Inspect',
      'Failures 99+',
      'Power 99+',
      'Load',
      'Forecast',
      'Events',
    ])
    expect(overflows.filter((o) => o.spill > 0.5 || o.covers)).toEqual([])
  })

  it('bad options are named under their field and block the run', async () => {
    await page.getByTestId('scenario').selectOption('growth')
    await waitUntil(
      () => text(page, 'hall-summary'),
      (v) => v.includes('growing'),
    )
    await page.getByTestId('tab-forecast').click()
    await expect
      .poll(() => text(page, 'scenario-demand'), { timeout: 10_000 })
      .toContain('compound +2.5 %/month, σ 1 %/month')
    await fill('forecast-months', '0')
    await expect
      .poll(() => page.getByTestId('forecast-controls').innerText(), { timeout: 10_000 })
      .toContain('Horizon: a whole number of months from 1 to 120')
    expect(await page.getByTestId('forecast-run').isDisabled()).toBe(true)
  })

  it('growth.json on 2 workers: progress to 8 of 8, exported JSON the CLI’s document, byte for byte', async () => {
    await fill('forecast-months', `${MONTHS}`)
    await fill('forecast-replicas', `${REPLICAS}`)
    await fill('forecast-workers', '2')
    expect(await runToEnd()).toBe('done')
    expect(await progress()).toBe(REPLICAS)
    const browser = await exportedJson()
    const node = await cli
    // Chromium 156's Math.exp/log/pow/sin/cos round differently from Node 20's in the last bit; sim/ does not call
    // them (sim/math/portable.ts), so the documents are the same bytes. On a miss, say how many numbers differ.
    const diff = diffDocs(JSON.parse(browser), JSON.parse(node))
    console.log(`browser vs CLI: ${diff.differing} of ${diff.numbers} numbers differ`)
    expect(diff.differing, `max relative difference ${diff.maxRelative}`).toBe(0)
    expect(browser === node).toBe(true)
    const { forecast } = JSON.parse(node)
    console.log(
      `forecast: ${forecast.resources.length} lines, first ${forecast.breaksFirst[0]?.id}, ${browser.length} B`,
    )
    // What the tab shows is that document: the first line of the table is the CLI's first resource.
    const firstRow = page.getByTestId('breaks-first').locator('tbody tr').first()
    expect(await firstRow.getAttribute('data-id')).toBe(forecast.resources[0].id)
    // CSV: a header and a row per resource line, in the document's order.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('forecast-export-csv').click(),
    ])
    const rows = readFileSync((await csv.path())!, 'utf8')
      .trimEnd()
      .split('\n')
    expect(rows).toHaveLength(forecast.resources.length + 1)
    expect(rows[1].startsWith(`${forecast.resources[0].id},`)).toBe(true)
    await page.screenshot({ path: `${shots}forecast-tab.png` })
    await page.getByTestId('fan-legend').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}forecast-fans.png` })
  })

  it('the same replicas on 1 worker export the same bytes (advice off: it runs on one worker either way)', async () => {
    const { forecast } = JSON.parse(await exportedJson())
    expect(forecast.recommendations.length).toBeGreaterThan(0)
    // Advice off: recommendations null (not computed), as the CLI's --no-advice.
    const twoWorkers = JSON.stringify({ forecast: { ...forecast, recommendations: null } }, null, 2) + '\n'
    await fill('forecast-workers', '1')
    await page.getByTestId('forecast-advice').uncheck()
    expect(await runToEnd()).toBe('done')
    expect((await exportedJson()) === twoWorkers).toBe(true)
    expect(await text(page, 'no-recommendations')).toBe('Provisioning advice was off for this forecast.')
  })

  it('Cancel stops a long run: cancelled, the bar stops, the previous result stays', async () => {
    await fill('forecast-months', '24')
    await fill('forecast-replicas', '64')
    await fill('forecast-workers', '2')
    await page.getByTestId('forecast-run').click()
    expect(await waitUntil(progress, (d) => d > 0, 60_000)).toBeGreaterThan(0)
    await page.getByTestId('forecast-cancel').click()
    expect(await status()).toBe('cancelled')
    const stoppedAt = await progress()
    expect(stoppedAt).toBeLessThan(64)
    await new Promise((r) => setTimeout(r, 2000))
    expect(await progress()).toBe(stoppedAt)
    expect(await text(page, 'forecast-of')).toContain(`${REPLICAS} replicas × ${MONTHS} months`)
    expect(await page.getByTestId('breaks-first').count()).toBe(1)
    await page.getByTestId('forecast-panel').evaluate((el) => (el.scrollTop = 0))
    await page.screenshot({ path: `${shots}forecast-cancelled.png` })
  })

  it('a scenario the worker refuses ends in an error naming file and path, not a hang', async () => {
    await page.getByTestId('scenario').selectOption('default')
    await fill('forecast-months', '3')
    await fill('forecast-replicas', '2')
    expect(await runToEnd()).toBe('error')
    expect(await text(page, 'forecast-error')).toContain('default.json: $.growth: missing')
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
