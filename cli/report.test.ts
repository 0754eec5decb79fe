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
      // The fan-heat validation hall (docs/physics.md#fan-heat-and-the-air-side-first-law).
      airSide: {
        units: [
          {
            id: 'crah-1',
            fanPosition: 'drawThrough',
            supplySensor: 'afterFan',
            fanHeatKw: 5,
            fanRiseK: 0.828,
            coilLoadKw: 9.5,
            netRemovalKw: 4.5,
            returnC: 18.75,
            coilLeavingC: 17.17,
            supplyC: 18,
          },
        ],
        fanHeatKw: 5,
        coilLoadKw: 9.5,
        netRemovalKw: 4.5,
        heatInKw: 9.5,
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
    humidity: {
      outdoorAirIn: true,
      supplyDewPointC: { now: { min: 5, max: 5.04 }, run: { min: 4.5, max: 9.81 } },
      inletRhPct: { now: { min: 30.2, max: 41.6 }, run: null },
      racksByClass: { A1: 1, H1: 1 },
      racksByState: { recommended: 1, allowable: 0, outside: 1 },
      eventCount: 3,
      changeEvents: 1,
      secondsHumidityOutside: 900,
    },
    // 100 kW of chilled water at 6 K: 3.99 L/s; PUE 138/100 and 138/(100 + 2) (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories).
    plant: {
      chilledWaterFlowLs: 3.99,
      condenserWaterFlowLs: 5.13,
      chilledWaterLoadKw: 100,
      chilledWaterPumpKw: 1.14,
      condenserWaterPumpKw: 1.54,
      towerFanKw: 1.6,
      upsRoomHeatKw: 6,
      upsRoomCoolingKw: 2,
      upsRoomCooling: { kind: 'dx', cop: 3 },
      pue: { itEquipmentInput: 1.38, upsOutput: 138 / 102 },
      partialPue: { cooling: 1.3, electrical: 1.07 },
      energyBook: {
        chilledWaterPumpKwh: 2.28,
        condenserWaterPumpKwh: 3.08,
        towerFanKwh: 3.2,
        upsRoomCoolingKwh: 4,
      },
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
  expect(text).toMatch(
    /\n {2}supply dew point +5\.0–5\.0 °C now, 4\.5–9\.8 °C over the run, outdoor air in\n/,
  )
  expect(text).toMatch(/\n {2}inlet RH +30–42 % now, n\/a over the run\n/)
  expect(text).toMatch(/\n {2}ASHRAE class state +1 A1, 1 H1: 1 recommended, 0 allowable, 1 outside\n/)
  expect(text).toMatch(
    /\n {2}inlet conditions +3 events, 1 temperature-change onsets, humidity outside 0\.25 h\n/,
  )
  expect(text).toMatch(/\n {2}UPS \/ PDU losses +1\.3 kWh \/ 0\.5 kWh\n {2}partial PUE +n\/a\n/)
  expect(text).toMatch(/\n {2}power events +4 \(redundancy lost\)\n/)
  expect(text).toMatch(/\n {2}over-subscribed racks +A-01, A-02, A-03, A-04, A-05, … \(6 in all\)\n/)
  expect(text).toMatch(
    /\n {2}cooling N\+1 +redundancy lost; heat 100\.0 kW, 80 kW left with 1 unit out, 160 kW running\n/,
  )
  expect(text).toMatch(/\n {2}cooling events +1 \(redundancy lost 0\.50 h, over capacity 0\.00 h\)\n/)
  expect(text).toMatch(/\n {2}economiser \(file\) +full 20 h, partial 3\.5 h, mechanical 0\.5 h\n/)
  expect(text).toMatch(
    /\n {2}air side +coil 9\.5 kW = net 4\.5 \+ fans 5\.0 kW; supply 18\.0–18\.0 °C, coil-leaving 17\.2–17\.2 °C \(fan rise 0\.83–0\.83 K\)\n/,
  )
})

it('adds PUE at both IT meters, the pPUEs, water flows, pumps, tower and UPS-room cooling to the summary', () => {
  const text = summaryText(jsonReport(run), 0.1)
  expect(text).toMatch(
    /\n {2}PUE by IT meter +1\.380 at IT input \(cat\. 3\), 1\.353 at UPS output \(cat\. 1\)\n/,
  )
  expect(text).toMatch(/\n {2}pPUE cooling \/ power +1\.300 \/ 1\.070\n/)
  expect(text).toMatch(/\n {2}chilled water +3\.99 L\/s for 100\.0 kW, pump 1\.14 kW\n/)
  expect(text).toMatch(/\n {2}condenser \/ tower +5\.13 L\/s, pump 1\.54 kW, tower fans 1\.60 kW\n/)
  expect(text).toMatch(/\n {2}UPS-room cooling +2\.00 kW for 6\.00 kW of UPS losses \(DX, COP 3\)\n/)
  expect(text).toMatch(/\n {2}pumps \/ tower \/ UPS room +5\.4 kWh \/ 3\.2 kWh \/ 4\.0 kWh\n/)
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
