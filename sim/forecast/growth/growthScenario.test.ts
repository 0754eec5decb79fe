// scenarios/growth.json: its inventory as of later dates, the grown hall run by the engine, and its tariff applied
// to the energy that run measured.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { createSimulation } from '../../simulation.ts'
import { scenarioAt } from './scenarioAt.ts'
import { energyByHourOf, peaksOf } from './series.ts'
import { costOf } from './tariff.ts'

const text = readFileSync(join(import.meta.dirname, '../../../scenarios/growth.json'), 'utf8')
const scenario = parseScenarioText(text, 'growth.json')

/** IT power at every physics tick of the first `hours` hours. */
function itSeries(s: Scenario, hours: number) {
  const sim = createSimulation(s)
  const timesS: number[] = []
  const powerW: number[] = []
  for (let t = 0; t < hours * 3600; t += s.stepS) {
    sim.runUntil(t)
    timesS.push(t)
    powerW.push(sim.world.totals.itW)
  }
  sim.runUntil(hours * 3600)
  return { series: { startEpochS: s.startEpochS, timesS, powerW }, itEnergyJ: sim.world.totals.itEnergyJ }
}

describe('scenarios/growth.json', () => {
  it('holds the default hall today and 31 racks by the end of 2027', () => {
    expect(scenario.racks).toHaveLength(24)
    const later = scenarioAt(scenario, '2027-12-31')
    // 24 + 2 at the end of row A + 6 in row C − B-01.
    expect(later.racks).toHaveLength(31)
    const byId = new Map(later.racks.map((r) => [r.id, r]))
    expect(byId.get('A-01')?.servers).toHaveLength(16 + 8)
    expect(byId.get('A-14')?.rowEnd).toBe(true)
    expect(byId.get('B-01')).toBeUndefined()
    expect(byId.get('B-12')?.servers).toHaveLength(12) // its four R740s decommissioned
    const r640 = later.serverModels.findIndex((m) => m.id === 'dell-r640')
    expect(byId.get('B-03')?.servers.every((s) => s.modelIndex === r640)).toBe(true)
    expect(byId.get('C-06')?.servers).toHaveLength(20)
  })

  it(
    'runs grown, draws more IT power, and its tariff prices the energy the run measured',
    { timeout: 60_000 },
    () => {
      const today = itSeries(scenario, 1)
      const grown = itSeries(scenarioAt(scenario, '2027-12-31'), 6)
      expect(grown.series.powerW[0]).toBeGreaterThan(today.series.powerW[0] * 1.2)
      // Power held from tick to tick, integrated per hour: the engine's own IT energy within 0.5 %.
      const energy = energyByHourOf(grown.series, 6 * 3600)
      const kwh = Array.from(energy.kwh).reduce((a, b) => a + b, 0)
      expect(energy.kwh).toHaveLength(6)
      expect(kwh / (grown.itEnergyJ / 3.6e6)).toBeCloseTo(1, 2)
      // 00:00–06:00 UTC on 5 January 2026 are all night hours at 0.14 EUR/kWh, at 380 gCO2e/kWh.
      const [january] = costOf(energy, scenario.growth!.tariff!)
      expect(january.month).toBe('2026-01')
      expect(january.cost).toBeCloseTo(0.14 * kwh, 9)
      expect(january.emissionsKgCo2e).toBeCloseTo(0.38 * kwh, 9)
      const [peak] = peaksOf(grown.series, 'week')
      expect(peak.peakKw).toBe(Math.max(...grown.series.powerW) / 1000)
    },
  )
})
