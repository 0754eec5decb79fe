// A what-if forked from now in the browser: two CRAHs fail in a second worker while the live run plays on,
// and the table holds exactly what the same forecast computes in Node from the same inputs.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseScenarioText } from '../sim/index.ts'
import type { ForkInputs, TimedCommand } from '../sim/index.ts'
import { createForecastApi } from '../workers/forecastApi.ts'
import type { ForecastSummary } from '../workers/forecastApi.ts'
import { parseClock, waitUntil } from './page.ts'
import { expectHallDrawn, openLiveApp, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const HORIZON_S = 6 * 3600
const SAMPLE_S = 120 // what the panel asks for with a 6 h horizon
const clockMs = async () => parseClock(await text(page, 'sim-clock'))

/** The table's cells by row id, as the summary fields they show ('' in a cell: null). */
const ROWS: Record<string, (s: ForecastSummary) => number | null> = {
  peak: (s) => s.peakInletC,
  to27: (s) => s.reachedS[0],
  to32: (s) => s.reachedS[1],
  to35: (s) => s.reachedS[2],
  above27: (s) => s.aboveRecommendedS,
  aboveAllowable: (s) => s.aboveAllowableS,
  pue: (s) => s.pue,
  it: (s) => s.itEnergyKwh,
  facility: (s) => s.facilityEnergyKwh,
  trips: (s) => s.serverTrips,
  power: (s) => s.powerConditionsRaised,
}

const FLOATS = new Set(['peak', 'pue', 'it', 'facility'])

async function cell(row: string, run: 'baseline' | 'fork'): Promise<number | null> {
  const raw = await page.getByTestId(`fork-${row}-${run}`).getAttribute('data-value')
  return raw === '' || raw === null ? null : Number(raw)
}

/**
 * Watches the page every 50 ms until the computing notice has come and a fresh (not stale) result shows:
 * the clock while the notice is up, and whether it said an older request was replaced.
 */
function watchComputing(): Promise<{ clocks: string[]; superseded: boolean }> {
  return page.evaluate(async () => {
    const clocks: string[] = []
    let superseded = false
    const q = (selector: string) => document.querySelector(selector)
    for (let waited = 0; waited < 60_000; waited += 50) {
      if (q('[data-testid="fork-computing"]')) {
        clocks.push(q('[data-testid="sim-clock"]')?.textContent ?? '')
        superseded ||= q('[data-testid="fork-superseded"]') !== null
      } else if (clocks.length > 0 && q('.fork-result:not(.stale)')) break
      await new Promise((r) => setTimeout(r, 50))
    }
    return { clocks, superseded }
  })
}

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('What-if from now', () => {
  it('fails two CRAHs in a fork: hotter than the baseline, equal to Node, the live clock running on', async () => {
    // Play to late morning, when the load climbs to its afternoon peak, then on at 10 min/s.
    await page.getByTestId('speed').selectOption('21600')
    await page.getByTestId('play').click()
    const start = Date.parse('2026-01-05T00:00:00Z')
    await waitUntil(clockMs, (ms) => ms >= start + 11 * 3600_000, 20_000)
    await page.getByTestId('speed').selectOption('600')

    await page.getByTestId('tab-whatif').click()
    for (const unit of ['crah-1', 'crah-2']) {
      await page.getByTestId('fork-change').selectOption(`fail:unit:${unit}`)
      await page.getByTestId('fork-add').click()
    }
    expect(await text(page, 'fork-changes')).toMatch(/Fail crah-1[\s\S]*now[\s\S]*Fail crah-2[\s\S]*now/)
    await page.getByTestId('fork-horizon').selectOption('6 h')
    const watching = watchComputing()
    await page.getByTestId('fork-run').click()
    const { clocks } = await watching
    await page.getByTestId('fork-table').waitFor()
    console.log(
      'live clock while the fork computed:',
      clocks[0],
      '…',
      clocks[clocks.length - 1],
      `(${clocks.length} readings)`,
    )
    expect(clocks.length).toBeGreaterThan(0)
    expect(new Set(clocks).size).toBeGreaterThan(1) // the live run advanced while the fork was computed

    const result = page.getByTestId('fork-result')
    const fromS = Number(await result.getAttribute('data-from-s'))
    expect(Number(await result.getAttribute('data-to-s'))).toBe(fromS + HORIZON_S)
    expect(fromS).toBeGreaterThan(11 * 3600)
    // The fork's "now" is named on the simulated clock: the same minute as fromS after the scenario start.
    expect(parseClock(await text(page, 'fork-from'))).toBe(start + Math.floor(fromS / 60) * 60_000)
    // The live clock is already past the fork's now.
    expect(await clockMs()).toBeGreaterThan(start + fromS * 1000)

    const [peakBase, peakFork] = [await cell('peak', 'baseline'), await cell('peak', 'fork')]
    console.log(`peak inlet °C over 6 h: baseline ${peakBase}, two CRAHs failed ${peakFork}`)
    expect(peakFork as number).toBeGreaterThan((peakBase as number) + 5)
    expect(await cell('to32', 'baseline')).toBeNull()
    expect(await cell('to32', 'fork')).toBeGreaterThan(0)

    // The same forecast in Node: the live run applied no command, so its inputs are the scenario and now.
    const json = readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8')
    const scenario = parseScenarioText(json, 'scenarios/default.json')
    const inputs: ForkInputs = { scenario, trace: {}, commandLog: [], pending: [], live: [], nowS: fromS }
    const fails = ['crah-1', 'crah-2'].map((unitId): TimedCommand => ({
      atS: fromS,
      command: { type: 'failCoolingUnit', unitId },
    }))
    const node = createForecastApi().run(inputs, fails, HORIZON_S, SAMPLE_S)
    // Counts and times (whole physics steps) must match exactly. Energies, PUE and the peak are compared to
    // 1e-12: the page's V8 (Chromium 156) and Node 20's differ in the last bit of some Math functions, so the
    // same code gives results one or two ulp apart across the two engines (within one engine they are identical).
    for (const [row, value] of Object.entries(ROWS)) {
      for (const run of ['baseline', 'fork'] as const) {
        const [shown, computed] = [await cell(row, run), value(node[run].summary)]
        if (FLOATS.has(row) && shown !== null && computed !== null)
          expect.soft(Math.abs(shown - computed) / Math.abs(computed), `${row}, ${run}`).toBeLessThan(1e-12)
        else expect.soft(shown, `${row}, ${run}`).toBe(computed)
      }
    }

    await page.getByTestId('play').click() // pause for a steady picture
    // The result from its heading (the fork's now) down to the chart, as a user reads it.
    await result.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await expectHallDrawn(page)
    await page.screenshot({ path: `${shots}fork.png` })
  })

  it('replaces a request still computing with a newer one, whose answer is the one shown', async () => {
    const result = page.getByTestId('fork-result')
    const before = Number(await result.getAttribute('data-from-s'))
    await page.getByTestId('play').click()
    const watching = watchComputing()
    // A 7-day fork (seconds of work), then at once a 24-hour one: the first is still computing.
    await page.getByTestId('fork-horizon').selectOption('7 d')
    await page.getByTestId('fork-run').click()
    await page.getByTestId('fork-horizon').selectOption('24 h')
    await page.getByTestId('fork-run').click()
    const { clocks, superseded } = await watching
    await page.getByTestId('play').click()
    console.log(`second request replaced the first: ${superseded}; ${clocks.length} readings while computing`)
    expect(superseded).toBe(true)
    const after = Number(await result.getAttribute('data-from-s'))
    expect(after).toBeGreaterThan(before)
    expect(Number(await result.getAttribute('data-to-s'))).toBe(after + 86_400)
    expect(await page.getByTestId('fork-computing').count()).toBe(0)
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
