// The report builders: horizon wording, NaN handling, and no host-dependent values in the JSON.
import { expect, it } from 'vitest'
import { formatHorizon, formatSpan, jsonReport, jsonText, summaryText } from './report.ts'
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
  detail: {
    thermal: {
      ashraeClass: 'A1',
      secondsAboveRecommended: 5400,
      secondsAboveAllowable: 0,
      failures: [
        {
          atS: 3600,
          command: { type: 'failCoolingUnit', unitId: 'crah-1' },
          timeToLimitS: { 27: 47, 32: 790 },
        },
        { atS: 3600, command: { type: 'failPowerAsset', assetId: 'pdu-a1' }, timeToLimitS: { 27: null } },
      ],
    },
    cooling: {
      economiser: { source: 'file', fullH: 20, partialH: 3.5, mechanicalH: 0.5 },
      redundancy: {
        design: 'N+1',
        spareUnits: 1,
        runningUnits: 2,
        heatLoadKw: 100.04,
        runningCapacityKw: 160,
        designCapacityKw: 80,
        state: 'redundancy lost',
        eventCount: 1,
        secondsRedundancyLost: 1800,
        secondsOverCapacity: 0,
      },
    },
    power: {
      upsLossKwh: 1.25,
      pduLossKwh: 0.5,
      partialPue: null,
      eventCount: 4,
      redundancy: 'lost',
      overSubscribedRacks: ['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06'],
    },
    workload: { kind: 'constant', meanUtilization: 0.5, p95Utilization: 0.75, jobs: null },
  },
} as unknown as RunOutcome

it('words horizons in days, hours or seconds', () => {
  expect(formatHorizon(604_800)).toBe('7 d (168 h)')
  expect(formatHorizon(129_600)).toBe('1.5 d (36 h)')
  expect(formatHorizon(5400)).toBe('1.5 h')
  expect(formatHorizon(90)).toBe('90 s')
})

it('words times to limits in seconds, minutes or hours', () => {
  expect(formatSpan(47.1)).toBe('47.1 s')
  expect(formatSpan(789.5)).toBe('13.16 min')
  expect(formatSpan(9000)).toBe('2.5 h')
})

it('builds the JSON report from the run alone; an undefined PUE becomes null', () => {
  const report = jsonReport(run)
  expect(report).toMatchObject({ scenario: 'Empty hall', seed: 9, horizonS: 7200, racks: 2, servers: 0 })
  expect(report.startDate).toBe('1970-01-01T00:00:00.000Z')
  expect(JSON.parse(jsonText(report)).kpis.pue).toBeNull()
  expect(report.power).toBe(run.detail.power)
})

it('adds hours above limits, each failure, losses, power events and economiser hours to the summary', () => {
  const text = summaryText(jsonReport(run), 0.1)
  expect(text).toMatch(/\n {2}above 27 °C +1\.50 h\n {2}above A1 allowable +0\.00 h\n/)
  expect(text).toMatch(/\n {2}crah-1 fails at 1 h +27 °C in 47 s, 32 °C in 13\.17 min\n/)
  expect(text).toMatch(/\n {2}pdu-a1 fails at 1 h +no limit within a day\n/)
  expect(text).toMatch(/\n {2}UPS \/ PDU losses +1\.3 kWh \/ 0\.5 kWh\n {2}partial PUE +n\/a\n/)
  expect(text).toMatch(/\n {2}power events +4 \(redundancy lost\)\n/)
  expect(text).toMatch(/\n {2}over-subscribed racks +A-01, A-02, A-03, A-04, A-05, … \(6 in all\)\n/)
  expect(text).toMatch(
    /\n {2}cooling N\+1 +redundancy lost; heat 100\.0 kW, 80 kW left with 1 unit out, 160 kW running\n/,
  )
  expect(text).toMatch(/\n {2}cooling events +1 \(redundancy lost 0\.50 h, over capacity 0\.00 h\)\n/)
  expect(text).toMatch(/\n {2}economiser \(file\) +full 20 h, partial 3\.5 h, mechanical 0\.5 h\n/)
})

it('prints n/a for an undefined PUE and the wall time last', () => {
  const text = summaryText(jsonReport(run), 0.1234)
  expect(text).toMatch(/\n {2}PUE +n\/a\n/)
  expect(text).toMatch(/\n {2}horizon +2 h from 1970-01-01T00:00:00.000Z\n/)
  expect(text.endsWith('\nwall time 0.12 s\n')).toBe(true)
})

it('adds the trace after the workload, in the JSON and as a summary row with its repairs', () => {
  const warnings = { outOfOrder: 2, duplicates: 0 }
  const trace = { format: 'bitbrains', path: 'rnd vms', series: 50, warnings }
  const report = jsonReport({ ...run, trace })
  expect(Object.keys(report).slice(-2)).toEqual(['workload', 'trace'])
  expect(summaryText(report, 0)).toMatch(
    /\n {2}trace +bitbrains, 50 series from rnd vms; 2 out of order\n {2}utilisation /,
  )
  const swf = {
    format: 'swf',
    path: 'a.swf',
    jobs: 9,
    warnings: { outOfOrder: 0, duplicates: 1, skipped: 3 },
  }
  expect(summaryText(jsonReport({ ...run, trace: swf }), 0)).toContain(
    'swf, 9 jobs from a.swf; 1 duplicate ids, 3 skipped\n',
  )
  expect(jsonReport(run)).not.toHaveProperty('trace')
})
