import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../sim/index.ts'
import type { TraceInput } from '../sim/index.ts'
import { growthFitOf, traceLengthS } from './growthFit.ts'

// default.json starts on Monday 2026-01-05, so ISO weeks begin at multiples of 7 days from its start.
const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'), 'default.json')
const DAY_S = 86_400

/** One series driving every server, hourly, rising linearly from 20 % to 80 % over `days`. */
function rising(days: number): TraceInput {
  const n = days * 24
  const timesS = Float64Array.from({ length: n }, (_, i) => i * 3600)
  const utilization = Float64Array.from({ length: n }, (_, i) => 0.2 + (0.6 * i) / (n - 1))
  return {
    utilization: { series: [{ id: 'all', startS: 0, stepS: 3600, timesS, utilization }], loop: false },
  }
}

describe('growthFitOf', () => {
  it('fits 42 days as six weekly peaks without a season, and says a seasonal fit needs 104', async () => {
    const trace = rising(42)
    expect(traceLengthS(trace)).toBe(42 * DAY_S) // last sample at 1007 h, held for its 1 h step
    const result = await growthFitOf(scenario, trace, 24, 3600)
    // 42 days from a Monday: six whole ISO weeks
    expect(result.peaks.week.length).toBe(6)
    expect(result.peaks.month.length).toBe(2) // January and February 2026
    expect(result.seasonalNeeds).toEqual({ month: 24, week: 104 })
    expect(result.kind).toBe('week')
    expect(result.fit?.seasonal).toBe(false)
    expect(result.note).toMatch(/6 weekly peaks, a seasonal fit needs 104/)
    // Rising load: each weekly peak above the one before, and the forecast table 25 months long (0…24).
    const kw = result.peaks.week.map((p) => p.peakKw)
    kw.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(kw[i]))
    expect(result.fit?.demand.meanKw).toHaveLength(25)
    expect(result.fit?.fitted).toHaveLength(6)
  }, 60_000)

  it('says a one-day trace is too short to fit, with the counts', async () => {
    const result = await growthFitOf(scenario, rising(1), 24, 3600)
    expect(result.kind).toBeNull()
    expect(result.fit).toBeNull()
    expect(result.note).toBe(
      'The trace gives 1 weekly and 1 monthly peaks; any fit needs at least 5 and a seasonal one 104 weekly or 24 monthly: too short to fit.',
    )
  })

  it('refuses without a trace', async () => {
    await expect(growthFitOf(scenario, {}, 24)).rejects.toThrow(/no recorded trace is replaying/)
  })
})
