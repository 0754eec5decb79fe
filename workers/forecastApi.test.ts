// The forecast worker's api: baseline equals the unforked run, a two-CRAH fork passes 32 °C, +20 % load is +20 % IT energy.
import { readFileSync } from 'node:fs'
import { expose, wrap } from 'comlink'
import { describe, expect, it } from 'vitest'
import {
  createSimulation,
  forkFromInputs,
  forkInputsOf,
  parseScenario,
  parseScenarioText,
} from '../sim/index.ts'
import type { Command, ForkInputs, TimedCommand } from '../sim/index.ts'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { createForecastApi, walkForecast } from './forecastApi.ts'
import type { ForecastApi } from './forecastApi.ts'
import { createSimApi } from './simApi.ts'

const defaultJson = readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8')
const hall = parseScenarioText(defaultJson, 'default.json')
const H = 3600
const fail = (unitId: string, atS = 0): TimedCommand => ({
  atS,
  command: { type: 'failCoolingUnit', unitId },
})

describe('createForecastApi().run', () => {
  it('walks the baseline exactly as the unforked run goes on, and a fork with nothing added is the baseline', () => {
    const source = createSimulation(hall)
    source.runUntil(2 * H)
    source.apply({ type: 'setSupplySetpoint', unitId: 'crah-3', supplySetpointC: 20 })
    const later = { atS: 5 * H, command: { type: 'setLoadScale', scale: 0.9 } as const }
    source.schedule(later.command, later.atS)
    source.runUntil(4 * H + 20) // between physics steps
    const inputs = forkInputsOf(source, {}, [later])
    const forecast = createForecastApi().run(structuredClone(inputs), [], 6 * H, 600)
    expect([forecast.fromS, forecast.toS]).toEqual([4 * H + 20, 10 * H + 20])

    const before = source.kpis()
    const unforked = walkForecast(source, 10 * H + 20, 600)
    const after = source.kpis()
    expect(forecast.baseline).toEqual(unforked)
    expect(forecast.fork).toEqual(forecast.baseline)
    // Independently of the walker: the energy the source itself used over the same six hours, to the bit.
    const { summary, series } = forecast.baseline
    expect(summary.itEnergyKwh).toBe(after.itEnergyKwh - before.itEnergyKwh)
    expect(summary.facilityEnergyKwh).toBe(after.facilityEnergyKwh - before.facilityEnergyKwh)
    expect(series.maxInletC[series.maxInletC.length - 1]).toBe(Math.max(...source.world.rackInletC))
    // 6 h every 10 min: 37 samples from now to the horizon.
    expect(series.timeS.length).toBe(37)
    expect([series.timeS[0], series.timeS[36]]).toEqual([4 * H + 20, 10 * H + 20])
  })

  it('fails 2 of 3 CRAHs at 14:00: the fork passes 27, 32 and 35 °C, the baseline stays below 27 °C', () => {
    const source = createSimulation(hall)
    source.runUntil(14 * H) // near the day's peak load, as in scenarios/crah-failure.json
    const { baseline, fork } = createForecastApi().run(
      forkInputsOf(source),
      [fail('crah-1'), fail('crah-2')],
      6 * H,
      300,
    )
    console.log('s to 27/32/35 °C, baseline:', baseline.summary.reachedS, 'fork:', fork.summary.reachedS)
    expect(baseline.summary.reachedS).toEqual([null, null, null])
    expect(baseline.summary.peakInletC).toBeLessThan(27)
    expect(baseline.summary.aboveRecommendedS).toBe(0)
    const [to27S, to32S, to35S] = fork.summary.reachedS as number[]
    expect(to27S).toBeGreaterThan(0)
    expect(to32S).toBeGreaterThan(to27S)
    expect(to35S).toBeGreaterThan(to32S)
    expect(to35S).toBeLessThan(6 * H)
    // Found between physics steps (60 s): the run's own inlets are below 32 °C at the step before and at or
    // above it at the step after.
    const replay = forkFromInputs(forkInputsOf(source), [fail('crah-1'), fail('crah-2')])
    const stepBeforeS = 14 * H + Math.floor(to32S / 60) * 60
    replay.runUntil(stepBeforeS)
    expect(Math.max(...replay.world.rackInletC)).toBeLessThan(32)
    replay.runUntil(stepBeforeS + 60)
    expect(Math.max(...replay.world.rackInletC)).toBeGreaterThanOrEqual(32)
    // The frozen-input projection made at the second failure is of the same order (load keeps changing).
    const projection = fork.summary.failures[1].timeToLimitS as number[]
    expect(Math.abs(to32S - projection[1])).toBeLessThan(600)
    expect(fork.summary.failures.map((f) => [f.atS, f.command])).toEqual([
      [14 * H, { type: 'failCoolingUnit', unitId: 'crah-1' }],
      [14 * H, { type: 'failCoolingUnit', unitId: 'crah-2' }],
    ])
    expect(fork.summary.peakInletC).toBeGreaterThan(35)
    expect(fork.summary.aboveAllowableS).toBeGreaterThan(0)
    expect(baseline.summary.failures).toEqual([])
    // N+1 with 80 kW units and ~115 kW of heat: the failures lose the redundancy and then the capacity (servers
    // tripping at 45 °C may clear and raise them again); the fork counts every raise its own run logged.
    // The inlets that pass 32 °C (A1's allowable maximum) raise climate conditions.
    replay.runUntil(20 * H)
    const raised = replay.world.coolingConditions.log.filter((e) => e.transition === 'raised')
    expect(raised.slice(0, 2).map((e) => [e.kind, e.atS])).toEqual([
      ['redundancyLost', 14 * H],
      ['overCapacity', 14 * H],
    ])
    expect(baseline.summary.coolingConditionsRaised).toBe(0)
    expect(fork.summary.coolingConditionsRaised).toBe(raised.length)
    expect(baseline.summary.climateConditionsRaised).toBe(0)
    expect(fork.summary.climateConditionsRaised).toBeGreaterThan(0)
  })

  it('scales the load by 1.2 in a hall whose servers draw in proportion: +20 % IT energy, by hand', () => {
    // 2 racks × 10 servers of 0–300 W at 50 %: 20 × 150 W = 3 kW, 18 kWh in 6 h; × 1.2 → 3.6 kW. The scale
    // multiplies utilisation when the workload next updates (every 300 s), so the fork draws 3 kW for the
    // first 5 min: 3 × 5/60 + 3.6 × 355/60 = 0.25 + 21.3 = 21.55 kWh, +19.7 %.
    const scenario = parseScenario(
      tinyHall({}, (s) => {
        s.serverModels[0].power = { kind: 'linear', idleW: 0, maxW: 300 }
      }),
    )
    const source = createSimulation(scenario)
    source.runUntil(H)
    const scaleUp: Command = { type: 'setLoadScale', scale: 1.2 }
    const { baseline, fork } = createForecastApi().run(
      forkInputsOf(source),
      [{ atS: 0, command: scaleUp }],
      6 * H,
      900,
    )
    expect(baseline.summary.itEnergyKwh).toBeCloseTo(18, 9)
    expect(fork.summary.itEnergyKwh).toBeCloseTo(21.55, 9)
    expect(fork.series.itKw[0]).toBeCloseTo(3, 9)
    expect(fork.series.itKw[fork.series.itKw.length - 1]).toBeCloseTo(3.6, 9)
    expect(fork.summary.serverTrips).toBe(0)
    expect(baseline.summary.pue).toBeGreaterThan(1)
  })

  it('ends on the horizon even between two samples', () => {
    const source = createSimulation(hall)
    source.runUntil(H)
    const { baseline } = createForecastApi().run(forkInputsOf(source), [], 1000, 300)
    expect(Array.from(baseline.series.timeS)).toEqual([3600, 3900, 4200, 4500, 4600])
    expect(Number.isNaN(baseline.series.pue[0])).toBe(true)
    expect(baseline.series.pue[4]).toBeGreaterThan(1)
  })

  it('rejects bad arguments with one line naming them', () => {
    const source = createSimulation(hall)
    const inputs = forkInputsOf(source)
    const run =
      (horizonS: number, sampleS: number, hypothetical: TimedCommand[] = [], i: ForkInputs = inputs) =>
      () =>
        createForecastApi().run(i, hypothetical, horizonS, sampleS)
    expect(run(0, 60)).toThrow('forecast: horizonS must be > 0 and at most 30 days (2592000 s), got 0')
    expect(run(31 * 86_400, 3600)).toThrow('horizonS must be > 0 and at most 30 days')
    expect(run(H, 0)).toThrow('forecast: sampleS must be a positive number of seconds, got 0')
    expect(run(30 * 86_400, 60)).toThrow('forecast: 43201 samples (horizonS / sampleS) is more than 10000')
    expect(run(H, 60, [fail('crah-9')])).toThrow(
      'forecast: hypothetical[0].command.unitId: no cooling unit has id "crah-9"',
    )
    const badScale = [{ atS: 0, command: { type: 'setLoadScale', scale: 5 } as Command }]
    expect(run(H, 60, badScale)).toThrow(/^forecast: hypothetical\[0\]\.command\.scale: /)
    const badPdu = [{ atS: 0, command: { type: 'failPowerAsset', assetId: 'pdu-z' } as Command }]
    expect(run(H, 60, badPdu)).toThrow(
      'forecast: hypothetical[0].command: no UPS system or PDU has id "pdu-z"',
    )
    expect(run(H, 60, [], { ...inputs, nowS: Number.NaN })).toThrow(
      'inputs.nowS must be a time ≥ 0 s, got NaN',
    )
  })

  it('refuses a fork of the large hall 200 h in, 7 days ahead: 2 × 368 h of replay is past its 291 h', () => {
    const largeJson = readFileSync(new URL('../scenarios/large-hall.json', import.meta.url), 'utf8')
    const large = { ...forkInputsOf(createSimulation(hall)), scenario: parseScenarioText(largeJson, 'large') }
    const fork = (nowS: number) => () => createForecastApi().run({ ...large, nowS }, [], 7 * 24 * H, 3600)
    expect(fork(200 * H)).toThrow(/^forecast: replaying to now \+ the horizon twice: .*at most 291 h$/)
  })
})

describe('from the live worker to the forecast worker', () => {
  it('hands out the live inputs, forks them over comlink, and gets the series back as transferred arrays', async () => {
    const live = createSimApi()
    const layout = live.load(defaultJson, 'default.json')
    live.step(3 * H, new Float64Array(layout.snapshot.length))
    live.apply({ type: 'failCoolingUnit', unitId: 'crah-3' })
    live.schedule({ type: 'restoreCoolingUnit', unitId: 'crah-3' }, 3 * H + 900)
    const inputs = live.forkInputs()
    expect([inputs.nowS, inputs.trace, inputs.commandLog.length]).toEqual([3 * H, {}, 1])
    expect(inputs.pending).toEqual([
      { atS: 3 * H + 900, command: { type: 'restoreCoolingUnit', unitId: 'crah-3' } },
    ])

    const { port1, port2 } = new MessageChannel()
    expose(createForecastApi(), port1)
    const remote = wrap<ForecastApi>(port2)
    const forecast = await remote.run(inputs, [fail('crah-1', 3 * H)], H, 600)
    port2.close()
    expect(forecast.fork.series.timeS).toBeInstanceOf(Float64Array)
    expect(forecast.fork.series.timeS.length).toBe(7)
    expect([forecast.fork.series.timeS[1], forecast.fork.series.timeS[6]]).toEqual([3 * H + 600, 4 * H])
    expect(forecast.fork.summary.peakInletC).toBeGreaterThan(forecast.baseline.summary.peakInletC)
    // A reload starts a fresh log: nothing from the run before is replayed.
    live.load(defaultJson, 'default.json')
    expect(live.forkInputs()).toMatchObject({ nowS: 0, commandLog: [], trace: {} })
  })
})
