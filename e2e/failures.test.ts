// Failure what-ifs in the browser: total cooling loss with its time to the inlet limits, a PDU and a scheduled UPS failure.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { numberOf, waitUntil } from './page.ts'
import { expectHallDrawn, openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page

/** The seconds a time-to-limit cell holds (NaN when it says "not within 24 h" or shows a dash). */
async function secondsIn(testId: string): Promise<number> {
  const raw = await page.getByTestId(testId).getAttribute('data-seconds')
  return raw ? Number(raw) : Number.NaN
}

const until = <T>(probe: () => Promise<T>, accept: (v: T) => boolean) => waitUntil(probe, accept, 10_000)

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Failure what-ifs', () => {
  it('fails all three CRAHs: the hall heats, with finite rising times to 27, 32 and 35 °C', async () => {
    const units = () => text(page, 'kpi-units')
    expect(await units()).toBe('3 / 3')
    const before = await numberOf(page, 'kpi-max-inlet')
    // Two through the inspector, the last through the what-if panel: both paths end in the same command.
    for (const [id, after] of [
      ['crah-1', '2 / 3'],
      ['crah-2', '1 / 3'],
    ]) {
      await page.getByTestId(`unit-${id}`).click()
      await page.getByTestId('unit-toggle').click()
      expect(await until(units, (v) => v === after)).toBe(after)
    }
    await page.getByTestId('tab-whatif').click()
    await page.getByTestId('whatif-target').selectOption('unit:crah-3')
    await page.getByTestId('whatif-fail-now').click()
    expect(await until(units, (v) => v === '0 / 3')).toBe('0 / 3')
    // No unit runs, so any heat is over capacity; the Power tab says so (its pane need not be open).
    const cooling = () => text(page, 'cooling-state')
    expect(await until(cooling, (v) => v === 'over capacity')).toBe('over capacity')
    expect(await text(page, 'ttl-failure-title')).toContain('crah-3 failed')

    const [t27, t32, t35] = await Promise.all(['27', '32', '35'].map((c) => secondsIn(`ttl-failure-${c}`)))
    console.log('time to 27 / 32 / 35 °C after losing all cooling, s:', t27, t32, t35)
    for (const t of [t27, t32, t35]) expect(Number.isFinite(t)).toBe(true)
    expect(t27).toBeGreaterThanOrEqual(0)
    expect(t32).toBeGreaterThan(t27)
    expect(t35).toBeGreaterThan(t32)
    expect(await text(page, 'ttl-failure-35')).toMatch(/^in \d/)
    // The live projection from now exists too (it may already say "already above").
    expect(
      await until(
        () => text(page, 'ttl-now-35'),
        (v) => v !== '—',
      ),
    ).not.toBe('—')

    // A minute of simulated time per second shows the transient rather than its end.
    await page.getByTestId('speed').selectOption('60')
    await page.getByTestId('colour-bands').click()
    // Losing the units already lifts the inlets at once (no supply air); playing must lift them further.
    const atFailure = await numberOf(page, 'kpi-max-inlet')
    await page.getByTestId('play').click()
    const hotter = await until(
      () => numberOf(page, 'kpi-max-inlet'),
      (v) => v > atFailure + 3,
    )
    await settle(1000)
    await page.getByTestId('play').click()
    console.log(`max inlet °C: ${before} before, ${atFailure} at the failure, ${hotter} while the hall heats`)
    expect(hotter).toBeGreaterThan(before)
    expect(hotter).toBeGreaterThan(atFailure)
    await expectHallDrawn(page)
    await page.screenshot({ path: `${shots}cooling-failure.png` })

    await page.getByTestId('restore-all').click()
    expect(await until(units, (v) => v === '3 / 3')).toBe('3 / 3')
    expect(await text(page, 'down-none')).toContain('Nothing failed')
  })

  it('fails a PDU: power conditions appear, and clear on restore', async () => {
    await page.getByTestId('tab-power').click()
    const conditions = () => numberOf(page, 'power-conditions')
    expect(await conditions()).toBe(0)
    await page.getByTestId('power-toggle-pdu-a1').click()
    expect(await until(conditions, (v) => v > 0)).toBeGreaterThan(0)
    expect(await text(page, 'power-state-pdu-a1')).toBe('failed')
    expect(await text(page, 'tab-power')).toMatch(/Power\s*\d+/)
    await page.screenshot({ path: `${shots}pdu-failure.png` })
    await page.getByTestId('power-toggle-pdu-a1').click()
    expect(await until(conditions, (v) => v === 0)).toBe(0)
  })

  it('schedules a UPS failure ten minutes ahead and records it when it fires', async () => {
    await page.getByTestId('tab-whatif').click()
    await page.getByTestId('whatif-target').selectOption('ups:ups-b')
    await page.getByTestId('whatif-delay').fill('10')
    await page.getByTestId('whatif-delay-unit').selectOption('min')
    await page.getByTestId('whatif-schedule').click()
    expect(
      await until(
        () => text(page, 'scheduled-list'),
        (v) => v.includes('ups-b'),
      ),
    ).toContain('ups-b')
    await page.getByTestId('speed').selectOption('600')
    await page.getByTestId('play').click()
    const title = await until(
      () => text(page, 'ttl-failure-title'),
      (v) => v.includes('ups-b'),
    )
    await page.getByTestId('play').click()
    expect(title).toContain('ups-b failed')
    expect(await numberOf(page, 'power-conditions')).toBeGreaterThan(0)
    expect(await page.getByTestId('scheduled-list').count()).toBe(0)
    expect(await text(page, 'restore-ups-b')).toBe('Restore')
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
