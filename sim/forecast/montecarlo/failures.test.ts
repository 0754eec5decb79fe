import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../../index.ts'
import { readFileSync } from 'node:fs'
import { reliabilitySchema } from '../../scenario/reliabilitySchema.ts'
import { assetTimeline, failingAssetsOf, failureTimeline, reliabilityOf } from './failures.ts'
import type { FailingAsset } from './failures.ts'

const crah: FailingAsset = { id: 'crah-1', kind: 'coolingUnit' }
const reliability = reliabilitySchema.parse({ coolingUnit: { mtbfH: 1000, mttrH: 24, repairLogSd: 1 } })

describe('failure timelines', () => {
  // A horizon of 50 MTBF: the first failure falls beyond it with probability e^-50.
  it('first up times have mean MTBF within 4 standard errors: n = 4000, SD = MTBF = 1000 h, SE = 15.8 h', () => {
    const n = 4000
    let sum = 0
    for (let r = 0; r < n; r++)
      sum += assetTimeline(crah, reliability, { scenarioSeed: 1, replicaIndex: r, horizonH: 50_000 })[0].failH
    expect(Math.abs(sum / n - 1000)).toBeLessThan((4 * 1000) / Math.sqrt(n))
  })

  it('repairs have mean MTTR within 4 SE: σ = 1 → SD = 24·√(e − 1) = 31.5 h, n = 4000, SE = 0.50 h', () => {
    const n = 4000
    let sum = 0
    for (let r = 0; r < n; r++) {
      const [w] = assetTimeline(crah, reliability, { scenarioSeed: 2, replicaIndex: r, horizonH: 50_000 })
      sum += w.restoreH - w.failH
    }
    expect(Math.abs(sum / n - 24)).toBeLessThan((4 * 24 * Math.sqrt(Math.E - 1)) / Math.sqrt(n))
  })

  it('counts failures as a Poisson process when repairs are short: 10,000 h at MTBF 1000 h → mean 10', () => {
    // Repairs of 0.01 h take 10 × 0.01 / 10,000 = 1e-5 of the time: the count is Poisson(10) to that
    // precision, SD √10, so the mean of n = 2000 replicas lies within 4·√(10/2000) = 0.28 of 10.
    const fast = reliabilitySchema.parse({ coolingUnit: { mtbfH: 1000, mttrH: 0.01, repairLogSd: 0 } })
    const n = 2000
    let count = 0
    for (let r = 0; r < n; r++)
      count += assetTimeline(crah, fast, { scenarioSeed: 3, replicaIndex: r, horizonH: 10_000 }).length
    expect(Math.abs(count / n - 10)).toBeLessThan(4 * Math.sqrt(10 / n))
  })

  it('leaves every other asset unchanged when an asset is added (streams keyed by asset id)', () => {
    const options = { scenarioSeed: 9, replicaIndex: 5, horizonH: 200_000 }
    const two: FailingAsset[] = [crah, { id: 'ups-a/module-1', kind: 'upsModule' }]
    const three: FailingAsset[] = [...two, { id: 'crah-4', kind: 'coolingUnit' }]
    const before = failureTimeline(two, reliability, options)
    const after = failureTimeline(three, reliability, options).filter((w) => w.assetId !== 'crah-4')
    expect(before.length).toBeGreaterThan(0)
    expect(after).toEqual(before)
  })

  it('sorts windows by time, each repair after its failure, none starting past the horizon', () => {
    const assets: FailingAsset[] = ['a', 'b', 'c'].map((id) => ({ id, kind: 'coolingUnit' }))
    const windows = failureTimeline(assets, reliability, {
      scenarioSeed: 4,
      replicaIndex: 0,
      horizonH: 20_000,
    })
    windows.forEach((w, i) => {
      expect(w.restoreH).toBeGreaterThan(w.failH)
      expect(w.failH).toBeLessThan(20_000)
      if (i > 0) expect(w.failH).toBeGreaterThanOrEqual(windows[i - 1].failH)
    })
  })

  it("lists the default hall's assets and fills the sourced defaults", () => {
    const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'), 'default.json')
    const kinds = failingAssetsOf(scenario).map((a) => a.kind)
    expect(kinds.filter((k) => k === 'coolingUnit')).toHaveLength(scenario.coolingUnits.length)
    expect(kinds.filter((k) => k === 'chiller')).toHaveLength(1)
    const defaults = reliabilityOf(scenario)
    expect(defaults.upsModule).toMatchObject({ mtbfH: 125_000, mttrH: 26, tag: 'S' })
    expect(defaults.coolingUnit.source).toMatch(/not checked/)
  })

  it('reads a scenario override, keeps the other defaults, and names a bad figure by JSON path', () => {
    const json = JSON.parse(readFileSync('scenarios/default.json', 'utf8'))
    json.reliability = { coolingUnit: { mtbfH: 20_000, mttrH: 48 } }
    const scenario = parseScenarioText(JSON.stringify(json), 'mine.json')
    expect(reliabilityOf(scenario).coolingUnit).toMatchObject({ mtbfH: 20_000, mttrH: 48, repairLogSd: 1 })
    expect(reliabilityOf(scenario).pdu.mtbfH).toBe(438_600)
    json.reliability = { coolingUnit: { mtbfH: 0 } }
    expect(() => parseScenarioText(JSON.stringify(json), 'mine.json')).toThrow(
      'mine.json: $.reliability.coolingUnit.mtbfH: must be at least 1',
    )
    // One chiller with no standby unless said; as many spares as chillers leaves none to run.
    expect(reliabilityOf(scenario)).toMatchObject({ chillers: 1, chillerSpares: 0 })
    json.reliability = { chillers: 2, chillerSpares: 2 }
    expect(() => parseScenarioText(JSON.stringify(json), 'mine.json')).toThrow(
      'mine.json: $.reliability.chillerSpares: must be fewer than chillers',
    )
  })

  it('refuses a non-finite horizon', () => {
    expect(() =>
      failureTimeline([crah], reliability, { scenarioSeed: 0, replicaIndex: 0, horizonH: Infinity }),
    ).toThrow(/horizonH/)
  })
})
