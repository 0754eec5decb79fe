// The report builders: horizon wording, NaN handling, and no host-dependent values in the JSON.
import { expect, it } from 'vitest'
import { formatHorizon, jsonReport, jsonText, summaryText } from './report.ts'
import type { RunOutcome } from './report.ts'

const run = {
  scenario: {
    name: 'Empty hall',
    seed: 9,
    horizonS: 7200,
    startEpochS: 0,
    racks: [{}, {}],
    coolingUnits: [{}],
  },
  kpis: {
    itEnergyKwh: 0,
    facilityEnergyKwh: 2.5,
    coolingEnergyKwh: 1.5,
    pue: NaN,
    peakItKw: 0,
    maxInletC: 18,
  },
  eventsProcessed: 12,
  serverCount: 0,
} as unknown as RunOutcome

it('words horizons in days, hours or seconds', () => {
  expect(formatHorizon(604_800)).toBe('7 d (168 h)')
  expect(formatHorizon(129_600)).toBe('1.5 d (36 h)')
  expect(formatHorizon(5400)).toBe('1.5 h')
  expect(formatHorizon(90)).toBe('90 s')
})

it('builds the JSON report from the run alone; an undefined PUE becomes null', () => {
  const report = jsonReport(run)
  expect(report).toMatchObject({ scenario: 'Empty hall', seed: 9, horizonS: 7200, racks: 2, servers: 0 })
  expect(report.startDate).toBe('1970-01-01T00:00:00.000Z')
  expect(JSON.parse(jsonText(report)).kpis.pue).toBeNull()
})

it('prints n/a for an undefined PUE and the wall time last', () => {
  const text = summaryText(jsonReport(run), 0.1234)
  expect(text).toMatch(/\n {2}PUE +n\/a\n/)
  expect(text).toMatch(/\n {2}horizon +2 h from 1970-01-01T00:00:00.000Z\n/)
  expect(text.endsWith('\nwall time 0.12 s\n')).toBe(true)
})
