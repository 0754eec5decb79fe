// Halls with nothing in some part (a new hall starts empty: docs/hall.md#empty-halls) run a day
// through the CLI's code path: parse, simulate, the JSON report and its text, with no NaN anywhere.
import { describe, expect, it } from 'vitest'
import { createSimulation, parseScenario } from '../sim/index.ts'
import type { ScenarioInput } from '../sim/index.ts'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { jsonText, simReport, summaryText, type JsonReport } from './report.ts'

/** Runs `doc` for a day as `npm run sim` does and returns its JSON report and summary text. */
function runDay(doc: ScenarioInput): { report: JsonReport; text: string } {
  const scenario = { ...parseScenario(doc, 'hall.json'), horizonS: 86_400 }
  const sim = createSimulation(scenario)
  sim.runUntil(scenario.horizonS)
  const report = simReport(scenario, sim)
  // What `npm run sim --json` prints: JSON writes a NaN PUE (0/0) or −∞ inlet (no racks) as null.
  return { report: JSON.parse(jsonText(report)) as JsonReport, text: summaryText(report, 0) }
}

/** Every number in the report is finite (a quantity with nothing to measure is null, not NaN or Infinity). */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`]
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`))
  return []
}

// tinyHall: one row of 2 racks × 10 servers (100 W idle, 300 W max, 50 % busy: 200 W each), one 18 °C CRAH,
// a 100 kW UPS, no lighting, no recirculation.
describe('an empty or partly empty hall runs a day', { timeout: 60_000 }, () => {
  it('with no rows, units or server models: no IT power, PUE and inlets null', () => {
    const { report, text } = runDay(
      tinyHall({}, (s) => Object.assign(s, { rows: [], coolingUnits: [], serverModels: [] })),
    )
    expect([report.racks, report.servers, report.coolingUnits]).toEqual([0, 0, 0])
    expect(report.kpis).toMatchObject({ itEnergyKwh: 0, peakItKw: 0, pue: null, maxInletC: null })
    expect(nonFinite(report)).toEqual([])
    expect(text).not.toMatch(/NaN|Infinity/)
    // Its class line names that there is nothing to classify (it printed an empty label before the colon).
    expect(text).toMatch(/\n {2}ASHRAE class state +no racks: 0 recommended, 0 allowable, 0 outside\n/)
  })

  it.each(['single', 'perUnit'] as const)(
    'with racks and no cooling units (%s air zones): the inlets rise past the 45 °C trip and the servers shut down',
    (airZones) => {
      // With no unit there is no zone of influence: 'perUnit' runs as the one well-mixed room.
      const { report } = runDay(
        tinyHall({}, (s) => {
          s.coolingUnits = []
          s.room.airZones = airZones
        }),
      )
      // 4 kW of servers into an uncooled room: every rack trips at its 45 °C inlet (room.serverTripInletC).
      expect(report.kpis.maxInletC).toBeGreaterThanOrEqual(45)
      expect(new Set(report.thermal.serverTrips.map((t) => t.rackId))).toEqual(new Set(['A-01', 'A-02']))
      expect(report.kpis.itEnergyKwh).toBeLessThan(4 * 24)
      expect(nonFinite(report)).toEqual([])
    },
  )

  it('with racks and no servers: no IT power, PUE null, inlets at the 18 °C supply', () => {
    const { report } = runDay(
      tinyHall({}, (s) => {
        s.rows[0].racks[0].servers = []
        s.serverModels = []
      }),
    )
    expect(report.servers).toBe(0)
    expect(report.kpis).toMatchObject({ itEnergyKwh: 0, pue: null, maxInletC: 18 })
    expect(nonFinite(report)).toEqual([])
  })
})
