// The Inspector and Power panels against the command line: crah-failure's own 14:00 failures, crah-3 failed
// from the Inspector, then the same run on `npm run sim -- … --json` to the same simulated second.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitUntil } from './page.ts'
import { layoutOf, rackTopOnCanvas } from './project.ts'
import { canvasOf, openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page
const root = fileURLToPath(new URL('..', import.meta.url))
const until = <T>(probe: () => Promise<T>, accept: (v: T) => boolean) => waitUntil(probe, accept, 20_000)
const attr = async (testId: string, name: string) => (await page.getByTestId(testId).getAttribute(name)) ?? ''
const valueOf = async (testId: string) => Number(await attr(testId, 'data-value'))
/** Plays or pauses the run, whatever it was doing. */
async function setRunning(on: boolean): Promise<void> {
  const pressed = async () => (await attr('play', 'aria-pressed')) === 'true'
  if ((await pressed()) !== on) await page.getByTestId('play').click()
  await until(pressed, (v) => v === on)
}

/** "2026-01-05 15:12 UTC" → 15 * 60 + 12. */
const clockMinutes = async () => {
  const m = /(\d\d):(\d\d) UTC/.exec(await text(page, 'sim-clock'))
  return m ? Number(m[1]) * 60 + Number(m[2]) : -1
}

// What `npm run sim` reports for the same run (only the fields compared).
interface CliReport {
  plant: {
    pue: { itEquipmentInput: number; upsOutput: number }
    partialPue: { cooling: number; electrical: number }
    chilledWaterFlowLs: number
  }
  humidity: { inletRhPct: { now: { min: number; max: number } } }
  thermal: {
    zones: {
      failures: {
        atS: number
        command: { unitId?: string }
        racks: { rackId: string; timeToLimitS: Record<string, number | null> }[]
      }[]
    }
  }
}

let failedAtS = NaN
let endS = NaN
let cli: CliReport

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('Inspector and Power panels', { timeout: 240_000 }, () => {
  it('loads crah-failure and runs past its 14:00 failures (crah-2 down, crah-1 back at 14:20)', async () => {
    await page.getByTestId('scenario').selectOption('crah-failure')
    await until(
      () => text(page, 'hall-summary'),
      (v) => v.includes('two CRAHs fail'),
    )
    await page.getByTestId('speed').selectOption('21600')
    await setRunning(true)
    await until(clockMinutes, (m) => m >= 15 * 60)
    await setRunning(false)
  })

  it('a what-if failing crah-3 counts the cooling and climate conditions it raises, not only power ones', async () => {
    await page.getByTestId('tab-whatif').click()
    await page.getByTestId('fork-change').selectOption('fail:unit:crah-3')
    await page.getByTestId('fork-add').click()
    await page.getByTestId('fork-horizon').selectOption('6 h')
    await page.getByTestId('fork-run').click()
    await page.getByTestId('fork-table').waitFor({ timeout: 120_000 })
    const n = async (id: string) => Number(await attr(id, 'data-value'))
    const [baseCooling, forkCooling] = [await n('fork-cooling-baseline'), await n('fork-cooling-fork')]
    const [baseClimate, forkClimate] = [await n('fork-climate-baseline'), await n('fork-climate-fork')]
    console.log(
      'conditions raised, baseline / fork: cooling',
      baseCooling,
      forkCooling,
      'climate',
      baseClimate,
      forkClimate,
    )
    // One 80 kW unit left for ~115 kW: over capacity at once, and inlets past 32 °C (A1's allowable maximum).
    expect(forkCooling).toBeGreaterThanOrEqual(1)
    expect(forkClimate).toBeGreaterThan(baseClimate)
    expect(await text(page, 'fork-cooling-fork')).toBe(String(forkCooling))
    await page.getByTestId('fork-table').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}fork-conditions.png` })
  })

  it('fails crah-3 from the Inspector', async () => {
    await page.getByTestId('tab-inspect').click()
    await page.getByTestId('unit-crah-3').click()
    await page.getByTestId('unit-toggle').click()
    expect(
      await until(
        () => text(page, 'inspector-unit-state'),
        (v) => v === 'failed',
      ),
    ).toBe('failed')
    await until(
      () => text(page, 'ttl-failure-title'),
      (v) => v.includes('crah-3'),
    )
    failedAtS = Number(await attr('ttl-failure-title', 'data-at-s'))
    expect(failedAtS).toBeGreaterThan(15 * 3600)
  })

  it('shows a running CRAH’s air side: return above supply, coil-leaving + fan rise = supply', async () => {
    await page.getByTestId('unit-crah-1').click() // restored at 14:20, the one unit left
    await until(
      () => text(page, 'inspector-title'),
      (v) => v === 'CRAH crah-1',
    )
    const num = async (id: string) => Number(await text(page, id))
    const [ret, coil, supply, rise] = await Promise.all(
      ['inspector-return', 'inspector-coil-leaving', 'inspector-supply', 'inspector-fan-rise'].map(num),
    )
    console.log(`crah-1: return ${ret}, coil-leaving ${coil}, supply ${supply} °C, fan rise ${rise} K`)
    expect(ret).toBeGreaterThan(supply)
    expect(rise).toBeGreaterThan(0)
    expect(Math.abs(coil + rise - supply)).toBeLessThanOrEqual(0.1) // each shown to 0.1 / 0.01
    expect(await text(page, 'inspector-load')).toMatch(/^\d+\.\d of 80 kW \(\d+ %\)$/)
    expect(Number(await text(page, 'inspector-supply-dew-point'))).toBeGreaterThan(-20)
    await page.screenshot({ path: `${shots}inspector-unit.png` })
  })

  it('runs on and matches `npm run sim --json` at the same second: both PUEs, pPUEs, chilled-water flow', async () => {
    await page.getByTestId('speed').selectOption('60')
    await setRunning(true)
    await settle(2000)
    await setRunning(false)
    await page.getByTestId('tab-power').click()
    // The frame after the pause is the last one: read the time once it stops changing.
    endS = await until(
      async () => {
        const before = await valueOf('pue-span')
        await settle(300)
        return before === (await valueOf('pue-span')) ? before : NaN
      },
      (v) => v > failedAtS,
    )
    const json = execFileSync(
      'npx',
      [
        'tsx',
        'cli/sim.ts',
        'scenarios/crah-failure.json',
        '--fail',
        `crah-3@${failedAtS}`,
        '--horizon',
        String(endS),
        '--json',
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
    )
    cli = JSON.parse(json) as CliReport
    const pairs: [string, number][] = [
      ['pue-server-input', cli.plant.pue.itEquipmentInput],
      ['pue-ups-output', cli.plant.pue.upsOutput],
      ['ppue-cooling', cli.plant.partialPue.cooling],
      ['ppue-electrical', cli.plant.partialPue.electrical],
      ['plant-chw-flow', cli.plant.chilledWaterFlowLs],
    ]
    for (const [id, expected] of pairs) {
      const shown = await valueOf(id)
      console.log(`${id}: browser ${shown}, command line ${expected}`)
      expect(shown).toBeCloseTo(expected, 9)
      expect(await text(page, id)).toBe(expected.toFixed(id === 'plant-chw-flow' ? 2 : 3))
    }
    expect(cli.plant.pue.upsOutput).toBeLessThan(cli.plant.pue.itEquipmentInput)
    // Two of three units down with ~115 kW of heat: both cooling conditions listed, not only counted.
    expect(await text(page, 'cooling-state')).toBe('over capacity')
    const listed = await until(
      () => text(page, 'conditions-cooling'),
      (v) => v.includes('over capacity'),
    )
    expect(listed).toContain('redundancy lost')
    expect(Number(await text(page, 'cooling-conditions'))).toBe(2)
    expect(await text(page, 'tab-power')).toMatch(/Power\s*\d+/)
    await page.screenshot({ path: `${shots}power-panel.png` })
    await page
      .getByTestId('power-panel')
      .evaluate((el) => el.closest('.side, aside, [class*=side]')?.scrollBy(0, 2000))
    await page.screenshot({ path: `${shots}power-panel-lower.png` })
  })

  it('shows the hottest rack’s own time to 32 °C after the crah-3 failure, its RH and dew point', async () => {
    const failure = cli.thermal.zones.failures.find((f) => f.command.unitId === 'crah-3')!
    expect(failure.atS).toBe(failedAtS)
    const first = failure.racks[0] // soonest first
    const to32S = first.timeToLimitS['32']
    console.log(`rack ${first.rackId}: 32 °C ${to32S} s after crah-3 failed`)
    expect(to32S).not.toBeNull()
    await page.getByTestId('tab-inspect').click()
    const layout = layoutOf('crah-failure')
    const box = (await canvasOf(page).boundingBox())!
    const at = rackTopOnCanvas(
      layout,
      layout.racks.findIndex((r) => r.id === first.rackId),
      box.width,
      box.height,
    )
    await page.mouse.click(box.x + at.x, box.y + at.y)
    await until(
      () => text(page, 'inspector-title'),
      (v) => v === `Rack ${first.rackId}`,
    )
    expect(Number(await attr('inspector-ttl-32', 'data-seconds'))).toBeCloseTo(to32S!, 6)
    expect(await text(page, 'inspector-ttl-32')).toMatch(/^(in \d|already above)/)
    const rh = Number(await text(page, 'inspector-rh'))
    const { min, max } = cli.humidity.inletRhPct.now
    expect(rh).toBeGreaterThanOrEqual(Math.floor(min))
    expect(rh).toBeLessThanOrEqual(Math.ceil(max))
    expect(Number(await text(page, 'inspector-dew-point'))).toBeGreaterThan(-20)
    expect(await text(page, 'inspector-envelope')).toMatch(/recommended|allowable/)
    await page.screenshot({ path: `${shots}inspector-rack.png` })
    await page.setViewportSize({ width: 1920, height: 1080 })
    await settle(500)
    await page.screenshot({ path: `${shots}inspector-rack-1080.png` })
    await page.getByTestId('tab-power').click()
    await page.screenshot({ path: `${shots}power-panel-1080.png` })
    await page.setViewportSize({ width: 1280, height: 720 })
  })

  it('with one air zone per unit, a rack names its zone, and the Power tab lists the failure’s conditions', async () => {
    await page.getByTestId('scenario').selectOption('crah-failure-zones')
    await until(
      () => text(page, 'hall-summary'),
      (v) => v.includes('one air zone per unit'),
    )
    // 1 h/s to 13:30, then 10 min/s, so the pause lands inside the 20 minutes both units are down.
    await page.getByTestId('speed').selectOption('3600')
    await setRunning(true)
    await waitUntil(clockMinutes, (m) => m >= 13 * 60 + 30, 60_000)
    await page.getByTestId('speed').selectOption('600')
    await until(clockMinutes, (m) => m >= 14 * 60 + 5)
    await setRunning(false)
    expect(await clockMinutes()).toBeLessThan(14 * 60 + 20) // crah-1 is back at 14:20
    await page.getByTestId('tab-power').click()
    await until(
      () => text(page, 'cooling-state'),
      (v) => v === 'over capacity',
    )
    await page.getByTestId('conditions-cooling').waitFor()
    await page.screenshot({ path: `${shots}power-panel-zones.png` })
    await page.getByTestId('tab-inspect').click()
    const layout = layoutOf('crah-failure-zones')
    const box = (await canvasOf(page).boundingBox())!
    const at = rackTopOnCanvas(layout, 0, box.width, box.height)
    await page.mouse.click(box.x + at.x, box.y + at.y)
    await until(
      () => text(page, 'inspector-title'),
      (v) => v === `Rack ${layout.racks[0].id}`,
    )
    const zoneText = await until(
      () => page.getByTestId('inspect-panel').innerText(),
      (v) => /Zone of crah-\d/.test(v),
    )
    expect(zoneText).toMatch(/\d+ % of its exhaust/)
    expect(Number(await text(page, 'inspector-zone'))).toBeGreaterThan(15)
    expect(await text(page, 'inspector-ttl-title')).toMatch(/After crah-2 failed/)
    await page.screenshot({ path: `${shots}inspector-rack-zones.png` })
  })

  it('logged no console errors and no page errors', () => {
    expect(session.errors).toEqual([])
  })
})
