// The compare worker's api: a hall against itself differs by nothing; the default hall against crah-failure.json
// over the day is hotter by the amount the two runs' own peaks say, in the racks by the failed units.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSimulation, parseScenarioText } from '../sim/index.ts'
import type { Scenario } from '../sim/index.ts'
import { createCompareApi } from './compareApi.ts'
import type { CompareRunSpec } from './compareApi.ts'
import { walkForecast } from './forecastApi.ts'

const read = (name: string) =>
  parseScenarioText(
    readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8'),
    `${name}.json`,
  )
const fromZero = (scenario: Scenario, label: string): CompareRunSpec => ({
  label,
  inputs: { scenario, trace: {}, commandLog: [], pending: [], nowS: 0 },
  hypothetical: [],
})
const H = 3600

describe('createCompareApi().run', () => {
  it('compares a hall with itself to zero everywhere, with progress rising to 1', () => {
    const hall = read('default')
    const progress: number[] = []
    const c = createCompareApi().run(fromZero(hall, 'A'), fromZero(hall, 'B'), 2 * H, 120, (f) =>
      progress.push(f),
    )
    // 2 h every 120 s: 61 samples, 24 racks each.
    expect(c.a.series.timeS.length).toBe(61)
    expect(c.a.rackInletC.length).toBe(61 * 24)
    expect(c.b.rackInletC).toEqual(c.a.rackInletC)
    expect(c.b.summary).toEqual(c.a.summary)
    expect(progress.at(-1)).toBe(1)
    expect(progress.every((f, k) => k === 0 || f > progress[k - 1])).toBe(true)
    expect(c.a.energyCost).toBeNull()
  })

  it('walks a run exactly as the engine runs it alone, and crah-failure peaks hotter than default', () => {
    const [base, failed] = [read('default'), read('crah-failure')]
    const c = createCompareApi().run(fromZero(base, 'default'), fromZero(failed, 'crah-failure'), 16 * H, 600)
    const alone = walkForecast(createSimulation(failed), 16 * H, 600)
    expect(c.b.summary.peakInletC).toBe(alone.summary.peakInletC)
    // crah-1 and crah-2 fail at 14:00: the failure run's hottest inlet is well above the default's.
    expect(c.b.summary.peakInletC - c.a.summary.peakInletC).toBeGreaterThan(3)
    // The last sample's per-rack inlets are the walk's own hottest inlet at the horizon.
    const last = c.b.series.timeS.length - 1
    const rackCount = c.b.racks.length
    const lastRow = c.b.rackInletC.subarray(last * rackCount, (last + 1) * rackCount)
    expect(Math.max(...lastRow)).toBeCloseTo(c.b.series.maxInletC[last], 4)
    expect(c.b.racks.map((r) => r.id)).toEqual(c.a.racks.map((r) => r.id))
  }, 60_000)

  it('prices facility energy by the scenario tariff, and names the run a bad request came from', () => {
    const hall = read('default')
    const priced = {
      ...hall,
      growth: {
        ...hall.growth,
        tariff: { currency: 'EUR', pricePerKwh: 0.25, carbonGPerKwh: 0, carbonSource: '' },
      },
    } as Scenario
    const c = createCompareApi().run(fromZero(hall, 'A'), fromZero(priced, 'B'), H, 60)
    // One flat price: the cost is exactly the price times the facility energy.
    expect(c.b.energyCost).toBeCloseTo(0.25 * c.b.summary.facilityEnergyKwh, 6)
    expect(c.b.currency).toBe('EUR')
    const late = fromZero(hall, 'late')
    expect(() =>
      createCompareApi().run(fromZero(hall, 'A'), { ...late, inputs: { ...late.inputs, nowS: -1 } }, H, 60),
    ).toThrow(/^run B \(late\): forecast: inputs.nowS must be a time ≥ 0 s, got -1$/)
  })
})
