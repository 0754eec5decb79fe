// runReport stories: a 1 kW fan for 1 h is 1 kWh, failures and their times to limits, a lost 2N side, pPUE.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario, parseScenarioText } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { constantOutdoor } from '../testing/constantOutdoor.ts'
import { runReport } from './report.ts'

const defaultScenario = () =>
  parseScenarioText(
    readFileSync(join(import.meta.dirname, '../../scenarios/default.json'), 'utf8'),
    'default',
  )

describe('the tiny hall for an hour (4 kW of IT, one 50 kW CRAH with a 1 kW fan, a 100 kW UPS)', () => {
  const sim = createSimulation(parseScenario(tinyHall()))
  sim.runUntil(3600)
  const report = runReport(sim)

  it('books 1 kWh for the 1 kW fan and removes the 4 kW of IT + 1 kW of fan heat', () => {
    const [unit] = report.cooling.units
    expect(unit).toMatchObject({ id: 'crah-1', type: 'crah', running: true, flowFraction: 1 })
    expect(unit.fanEnergyKwh).toBeCloseTo(1, 12)
    expect(unit.loadKw).toBeCloseTo(5, 6)
    expect(unit.meanLoadKw).toBeCloseTo(5, 6)
    // The chiller behind the CRAH, the pumps, the tower fans and the UPS room's DX unit are the rest.
    const b = report.plant.energyBook
    const auxKwh = b.chilledWaterPumpKwh + b.condenserWaterPumpKwh + b.towerFanKwh + b.upsRoomCoolingKwh
    expect(unit.fanEnergyKwh + unit.compressorEnergyKwh + auxKwh).toBeCloseTo(sim.kpis().coolingEnergyKwh, 6)
  })

  it('counts one mechanical hour at the default 15 °C wet bulb (tower 20.5 °C > 12 °C return)', () => {
    expect(report.cooling.economiser).toEqual({
      source: 'scenario',
      fullH: 0,
      partialH: 0,
      mechanicalH: 1,
      chillerEquivalentH: 1,
    })
    expect(report.cooling.outdoorDryBulbC).toBe(20)
  })

  it('gives UPS loss for the single-UPS shorthand, no stages, and redundancy not modelled', () => {
    // WP108 defaults on the 100 kW UPS at 4 kW: 1,333 W no-load + 0.0064 · 4 kW + 0.01081 · 4² / 100 kW = 1,360.3 W.
    const lossW = 1333 + 0.0064 * 4000 + (0.01081 * 4000 * 4000) / 100_000
    expect(report.power.upsLossKwh).toBeCloseTo(lossW / 1000, 9)
    expect(report.power.partialPue).toBeCloseTo((4000 + lossW) / 4000, 9)
    expect(report.power).toMatchObject({ pduLossKwh: 0, stages: [], events: [], redundancy: 'not modelled' })
  })

  it('keeps every rack in the recommended range and survives a JSON round trip unchanged', () => {
    expect(Object.keys(report.thermal.perRackMaxInletC)).toEqual(sim.scenario.racks.map((r) => r.id))
    expect(report.thermal.maxInletC).toBeLessThan(27)
    expect(report.thermal).toMatchObject({ ashraeClass: 'A1', rciHiPct: 100, secondsAboveRecommended: 0 })
    expect(report.thermal.failures).toEqual([])
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
})

describe('economiser hours', () => {
  const hoursOf = (wetBulbC: number, horizon: string) => {
    const input = tinyHall({}, (s) => {
      s.horizon = horizon
      s.plant = { outdoor: { kind: 'constant', dryBulbC: wetBulbC + 2, wetBulbC } }
    })
    const sim = createSimulation(parseScenario(input))
    sim.runUntil(sim.scenario.horizonS)
    return runReport(sim).cooling.economiser
  }

  it('sums part hours to the run length: 90 min of full free cooling at −2 °C wet bulb', () => {
    expect(hoursOf(-2, '90m')).toMatchObject({ fullH: 1.5, partialH: 0, mechanicalH: 0 })
  })

  it('is partial when tower + exchanger (4 °C + 5.5 K) land between 6.67 °C supply and 12 °C return', () => {
    const hours = hoursOf(4, '2h')
    expect(hours).toMatchObject({ fullH: 0, partialH: 2, mechanicalH: 0 })
    expect(hours.chillerEquivalentH).toBeCloseTo((2 * (9.5 - 6.67)) / (12 - 6.67), 12)
  })

  it('counts a given series instead, each sample standing for its spacing', () => {
    const sim = createSimulation(parseScenario(tinyHall()))
    sim.runUntil(600)
    const outdoor = constantOutdoor(0, 24, -2)
    expect(runReport(sim, { outdoor }).cooling.economiser).toMatchObject({ source: 'file', fullH: 24 })
  })
})

it('records each failure and its time to 27/32/35 °C: losing the second of two CRAHs heats the room', () => {
  const sim = createSimulation(parseScenario(tinyHall({ units: 2 })))
  sim.schedule({ type: 'failCoolingUnit', unitId: 'crah-1' }, 600)
  sim.schedule({ type: 'failCoolingUnit', unitId: 'crah-2' }, 1200)
  sim.runUntil(3600)
  const { thermal, cooling } = runReport(sim)

  expect(thermal.failures.map((f) => [f.atS, f.command])).toEqual([
    [600, { type: 'failCoolingUnit', unitId: 'crah-1' }],
    [1200, { type: 'failCoolingUnit', unitId: 'crah-2' }],
  ])
  // One 50 kW unit carries 5 kW: no limit is reached. With none left, each limit comes later than the last.
  expect(thermal.failures[0].timeToLimitS).toEqual({ 27: null, 32: null, 35: null })
  const { 27: to27S, 32: to32S, 35: to35S } = thermal.failures[1].timeToLimitS
  expect(to27S).toBeGreaterThan(0)
  expect(to32S).toBeGreaterThan(to27S!)
  expect(to35S).toBeGreaterThan(to32S!)
  expect(thermal.secondsAboveRecommended).toBeGreaterThan(0)
  // No cooling airflow left: RTI is infinite, reported as null.
  expect(thermal.rtiPct).toBeNull()
  expect(cooling.units.map((u) => u.running)).toEqual([false, false])
  // Fans at rated 1 kW until their unit fails: 600 s and 1200 s.
  expect(cooling.units[0].fanEnergyKwh).toBeCloseTo(600 / 3600, 12)
  expect(cooling.units[1].fanEnergyKwh).toBeCloseTo(1200 / 3600, 12)
})

it('a failed PDU of the default 2N chain loses redundancy at its time; pPUE = (IT + losses) / IT', () => {
  const sim = createSimulation(defaultScenario())
  sim.schedule({ type: 'failPowerAsset', assetId: 'pdu-a1' }, 7200)
  sim.runUntil(3 * 3600)
  const { power } = runReport(sim)

  expect(power.redundancy).toBe('lost')
  expect(power.events.length).toBeGreaterThan(0)
  expect(power.events.every((e) => e.atS === 7200 && e.transition === 'raised')).toBe(true)
  expect(power.events.map((e) => e.assetId)).toContain('A-01')
  expect(power.eventCount).toBe(power.events.length)
  expect(power.activeConditions.map((c) => c.kind)).toContain('redundancyLost')

  const stage = (id: string) => power.stages.find((s) => s.id === id)!
  expect(power.stages.map((s) => s.id)).toEqual(['ups-a', 'ups-b', 'pdu-a1', 'pdu-b1'])
  expect(stage('pdu-a1')).toMatchObject({ live: false, loadKw: 0, lossKw: 0, capacityKw: 125 })
  expect(stage('pdu-b1').loadKw).toBeCloseTo(sim.world.totals.itW / 1000, 9)
  expect(stage('pdu-b1').utilisationPct).toBeCloseTo((stage('pdu-b1').loadKw / 125) * 100, 12)

  const itKwh = sim.kpis().itEnergyKwh
  expect(power.partialPue).toBeCloseTo((itKwh + power.upsLossKwh + power.pduLossKwh) / itKwh, 12)
  expect(power.upsLossKwh).toBeGreaterThan(0)
  expect(power.pduLossKwh).toBeGreaterThan(0)
})
