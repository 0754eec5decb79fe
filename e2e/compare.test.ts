// Compare two runs in the browser: default.json against crah-failure.json (crah-1 and crah-2 fail at 14:00,
// crah-1 is back at 14:20) over 24 h from t = 0, computed in the compare worker while the live run plays.
// The table equals the same comparison in Node, the map is warm at the largest difference, Swap flips the
// sign, Escape closes, focus stays in the dialog, and Show in 3D colours the racks.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseScenarioText } from '../sim/index.ts'
import { largestDelta, matchRacks, sidesOf } from '../src/state/compareResult.ts'
import { createCompareApi } from '../workers/compareApi.ts'
import type { CompareRunSpec } from '../workers/compareApi.ts'
import { layoutOf, rackTopOnCanvas } from './project.ts'
import { pixelsAt } from './scenePixels.ts'
import { canvasOf, openLiveApp, shots } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

const fromZero = (name: string): CompareRunSpec => {
  const json = readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8')
  const scenario = parseScenarioText(json, `scenarios/${name}.json`)
  return {
    label: name,
    inputs: { scenario, trace: {}, commandLog: [], pending: [], nowS: 0 },
    hypothetical: [],
  }
}

const cell = async (row: string, side: 'a' | 'b' | 'delta') =>
  Number(await page.getByTestId(`compare-${row}-${side}`).getAttribute('data-value'))

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Compare two runs', () => {
  it('default vs crah-failure over 24 h: B peaks hotter by what Node computes, the map is warm', async () => {
    await page.getByTestId('play').click()
    await page.getByTestId('compare-open').click()
    const dialog = page.getByTestId('compare-dialog')
    await dialog.waitFor()
    await page.getByTestId('compare-source-a').selectOption('scenario:default')
    await page.getByTestId('compare-source-b').selectOption('scenario:crah-failure')
    await page.getByTestId('compare-horizon').selectOption('24 h')
    // Watch for the progress bar from before the click: the run may take only a few seconds.
    const sawProgress = page.evaluate(async () => {
      for (let waited = 0; waited < 60_000; waited += 20) {
        if (document.querySelector('[data-testid="compare-progress"]')) return true
        if (document.querySelector('[data-testid="compare-table"]')) return false
        await new Promise((r) => setTimeout(r, 20))
      }
      return false
    })
    await page.getByTestId('compare-run').click()
    expect(await sawProgress).toBe(true)
    await page.getByTestId('compare-table').waitFor({ timeout: 60_000 })

    const node = createCompareApi().run(fromZero('default'), fromZero('crah-failure'), 86_400, 600)
    const [peakA, peakB, peakDelta] = [
      await cell('peak', 'a'),
      await cell('peak', 'b'),
      await cell('peak', 'delta'),
    ]
    console.log(`peak inlet over 24 h: default ${peakA} °C, crah-failure ${peakB} °C, Δ ${peakDelta} K`)
    // Two of three CRAHs down for 20 min near the day's peak load: 8–15 K hotter, by hand from the unit test.
    expect(peakDelta).toBeGreaterThan(8)
    // Chromium's and Node's V8 may differ in the last bit of some Math functions: 1e-12 relative.
    expect(Math.abs(peakA - node.a.summary.peakInletC) / peakA).toBeLessThan(1e-12)
    expect(Math.abs(peakB - node.b.summary.peakInletC) / peakB).toBeLessThan(1e-12)
    expect(await cell('above27', 'a')).toBe(node.a.summary.aboveRecommendedS)
    expect(await cell('above27', 'b')).toBe(node.b.summary.aboveRecommendedS)
    expect(await cell('above27', 'delta')).toBeGreaterThan(0)

    // The map opens at the largest difference (14:20, both CRAHs still down): every rack warmer, red.
    const racks = page.getByTestId('compare-map-rack')
    expect(await racks.count()).toBe(24)
    const deltas = await racks.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-delta'))))
    const fills = await racks.evaluateAll((els) => els.map((el) => el.getAttribute('fill') ?? ''))
    console.log('map Δ K:', deltas.map((d) => d.toFixed(2)).join(' '))
    expect(Math.min(...deltas)).toBeGreaterThan(5)
    // Past +5 K the diverging scale's warm end, #b2182b.
    expect(new Set(fills)).toEqual(new Set(['#b2182b']))
    await page.screenshot({ path: `${shots}compare.png` })

    // Late in the day crah-1 is back and two units cool the hall: the map turns near white (Δ below 0.5 K).
    const time = page.getByTestId('compare-map-time')
    await time.fill(String(node.a.series.timeS.length - 1))
    const late = await racks.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-delta'))))
    expect(Math.max(...late.map(Math.abs))).toBeLessThan(0.5)
    // Back to the largest difference, where Show in 3D will colour the hall (Node finds it at 14:20).
    const sides = sidesOf(node, false)
    const largest = largestDelta(sides, matchRacks(sides.ref.racks, sides.other.racks))
    expect(node.a.series.timeS[largest.k]).toBe(14 * 3600 + 1200)
    await time.fill(String(largest.k))
    expect(await page.getByTestId('compare-map-at').textContent()).toBe('+14 h 20 min')
  }, 120_000)

  it('swaps A and B: the Δ changes sign', async () => {
    const before = await cell('peak', 'delta')
    await page.getByTestId('compare-flip').click()
    expect(await cell('peak', 'delta')).toBe(-before)
    expect(await page.getByTestId('compare-label-a').textContent()).toMatch(/Crah failure/)
    await page.getByTestId('compare-flip').click()
  })

  it('keeps focus inside the dialog and closes on Escape', async () => {
    for (let k = 0; k < 40; k++) await page.keyboard.press('Tab')
    const inside = await page.evaluate(
      () =>
        document.querySelector('[data-testid="compare-dialog"]')?.contains(document.activeElement) ?? false,
    )
    expect(inside).toBe(true)
    await page.keyboard.press('Escape')
    await page.getByTestId('compare-dialog').waitFor({ state: 'detached' })
    // Reopened, the comparison is still there.
    await page.getByTestId('compare-open').click()
    await page.getByTestId('compare-table').waitFor()
  })

  it('the hall on screen from now against it + two CRAHs failed as a what-if: B hotter', async () => {
    const dialog = page.getByTestId('compare-dialog')
    await page.getByTestId('compare-source-a').selectOption('now')
    await page.getByTestId('compare-source-b').selectOption('fork')
    for (const unit of ['crah-1', 'crah-2']) {
      await dialog.getByTestId('fork-change').selectOption(`fail:unit:${unit}`)
      await dialog.getByTestId('fork-add').click()
    }
    await page.getByTestId('compare-horizon').selectOption('1 h')
    await page.getByTestId('compare-run').click()
    await page.getByTestId('compare-label-b').filter({ hasText: 'Fail crah-2' }).waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('compare-label-a').textContent()).toBe('Hall on screen, from now')
    expect(await cell('peak', 'delta')).toBeGreaterThan(1)
    await page.screenshot({ path: `${shots}compare-whatif.png` })
  }, 120_000)

  it('halls with no rack in common still compare hall-wide; Cancel stops a long run', async () => {
    await page.getByTestId('compare-source-b').selectOption('scenario:large-hall')
    await page.getByTestId('compare-horizon').selectOption('1 h')
    await page.getByTestId('compare-run').click()
    await page.getByTestId('compare-racks-differ').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('compare-racks-differ').textContent()).toMatch(
      /no rack id is in both halls/,
    )
    expect(await cell('it', 'b')).toBeGreaterThan(await cell('it', 'a')) // 440 racks against 24
    expect(await page.getByTestId('compare-show-3d').isDisabled()).toBe(true)

    // 7 days of both from t = 0: cancelled once under way, the bar goes, no error, the last result stays.
    await page.getByTestId('compare-source-b').selectOption('scenario:crah-failure')
    await page.getByTestId('compare-horizon').selectOption('7 d')
    await page.getByTestId('compare-run').click()
    const bar = page.getByTestId('compare-progress')
    await bar.waitFor()
    await page.getByTestId('compare-cancel').click()
    await bar.waitFor({ state: 'detached' })
    expect(await page.getByTestId('compare-error').count()).toBe(0)
    expect(await page.getByTestId('compare-racks-differ').count()).toBe(1)

    // Back to the day of the first test, for Show in 3D.
    await page.getByTestId('compare-horizon').selectOption('24 h')
    await page.getByTestId('compare-run').click()
    await page.getByTestId('compare-map').waitFor({ timeout: 60_000 })
  }, 120_000)

  it('Show in 3D colours the racks of the hall on screen red (B warmer)', async () => {
    await page.getByTestId('compare-show-3d').click()
    await page.getByTestId('compare-dialog').waitFor({ state: 'detached' })
    const canvas = canvasOf(page)
    const box = await canvas.boundingBox()
    if (!box) throw new Error('the canvas has no box')
    const layout = layoutOf('default')
    const ids = ['A-01', 'A-06', 'B-06', 'B-12']
    const points = ids.map((id) =>
      rackTopOnCanvas(
        layout,
        layout.racks.findIndex((r) => r.id === id),
        box.width,
        box.height,
      ),
    )
    await page.waitForTimeout(500) // the next frame drawn
    const colours = await pixelsAt(page, canvas, points)
    console.log('rack lids in compare mode:', colours.map((c) => c.map(Math.round).join(',')).join(' | '))
    for (const [r, g, b] of colours) {
      expect(r).toBeGreaterThan(1.5 * b)
      expect(r).toBeGreaterThan(1.5 * g)
    }
    await page.screenshot({ path: `${shots}compare-3d.png` })
    expect(session.errors).toEqual([])
  })
})
