// Live measurements on the tiny hall: 10 servers a rack at 100 W idle, 300 W max, so a rack draws 1 + 2u kW.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { forkInputsOf, forkFromInputs } from '../whatIf.ts'
import type { Measurement, Metric } from '../traces/series.ts'

const START_S = Date.UTC(2026, 0, 1) / 1000 // the tiny hall's start
const hall = () => createSimulation(parseScenario(tinyHall()))

function reading(atS: number, asset: string, metric: Metric, value: number): Measurement {
  const unit = metric === 'cpu_utilization' ? 'ratio' : metric.endsWith('temperature') ? 'C' : 'W'
  return { timeS: START_S + atS, asset, metric, value, unit }
}

describe('live utilisation', () => {
  it('drives the rack it names from the measurement’s own time; other racks keep the scenario load', () => {
    const sim = hall()
    sim.runUntil(0)
    expect(sim.ingest([reading(600, 'A-01', 'cpu_utilization', 0.8)])).toEqual({
      accepted: 1,
      late: 0,
      ignored: 0,
    })
    sim.runUntil(599)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(2000, 9) // 10 × (100 + 200 × 0.5)
    sim.runUntil(600)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(2600, 9) // 10 × (100 + 200 × 0.8)
    expect(sim.world.rackPowerW[1]).toBeCloseTo(2000, 9)
    sim.runUntil(3600)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(2600, 9) // held until the next reading
  })

  it('applies a late reading now, counts it, and scales live load by a what-if load scale', () => {
    const sim = hall()
    sim.runUntil(900)
    expect(sim.ingest([reading(300, 'A-01', 'cpu_utilization', 0.2)])).toMatchObject({ late: 1 })
    sim.runUntil(900)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(1400, 9) // 10 × (100 + 200 × 0.2)
    sim.apply({ type: 'setLoadScale', scale: 1.2 })
    expect(sim.world.rackPowerW[0]).toBeCloseTo(1480, 9) // u = 0.24 at once
    sim.runUntil(3600) // the scenario's own load takes the scale at its next update
    expect(sim.world.rackPowerW[0]).toBeCloseTo(1480, 9)
    expect(sim.world.rackPowerW[1]).toBeCloseTo(2200, 9) // 0.5 × 1.2
  })

  it('ignores assets the hall does not have and utilisation of a cooling unit', () => {
    const sim = hall()
    const result = sim.ingest([
      reading(60, 'B-07', 'cpu_utilization', 0.3),
      reading(60, 'crah-1', 'cpu_utilization', 0.3),
      reading(60, 'B-07', 'power', 900),
    ])
    expect(result).toEqual({ accepted: 0, late: 0, ignored: 3 })
    expect(sim.liveCounts()).toMatchObject({ ignored: 3, newestS: NaN })
  })
})

describe('live shadow', () => {
  it('compares each reading of a cooling unit’s supply air and a rack’s inlet with the twin at its time', () => {
    const sim = hall()
    const readings: Measurement[] = []
    for (let t = 0; t <= 1800; t += 60) {
      readings.push(reading(t, 'crah-1', 'supply_temperature', 18.5))
      readings.push(reading(t, 'A-02', 'inlet_temperature', 22))
    }
    sim.ingest(readings)
    sim.runUntil(1800)
    const status = sim.shadowStatus()
    const supply = status.sensors.find((s) => s.metric === 'supply_temperature')!
    expect(supply).toMatchObject({ asset: 'crah-1', kind: 'unit', index: 0, measured: 18.5, raised: false })
    expect(supply.simulated).toBeCloseTo(18, 6) // the setpoint: 4 kW of heat is far below the 50 kW coil
    expect(status.mapePct.supply_temperature).toBeCloseTo((100 * 0.5) / 18.5, 4)
    expect(status.compared.supply_temperature).toBe(31) // readings at 0, 60 … 1,800 s
    // No recirculation: a rack's inlet is the supply air, 18 °C, so 22 °C is 4 K off: raised after 15 min.
    const inlet = status.sensors.find((s) => s.metric === 'inlet_temperature')!
    expect(inlet).toMatchObject({ kind: 'rack', index: 1, raised: true })
    expect(status.raisedNow).toBe(1)
    expect(status.recent.map((e) => [e.asset, e.kind, e.sinceS, e.atS])).toEqual([['A-02', 'raise', 0, 960]])
  })

  it('drops a resent reading and one for a sensor the hall has not got', () => {
    const sim = hall()
    sim.ingest([reading(60, 'crah-1', 'cooling_load', 4000)])
    const again = sim.ingest([
      reading(60, 'crah-1', 'cooling_load', 4100),
      reading(60, 'crah-1', 'exhaust_temperature', 30),
    ])
    expect(again).toEqual({ accepted: 0, late: 0, ignored: 2 })
    expect(sim.shadowStatus().ignoredChannels).toEqual(['crah-1/exhaust_temperature'])
  })
})

it('a run replays exactly from its live log', () => {
  const sim = hall()
  sim.runUntil(120)
  sim.ingest([reading(100, 'A-01', 'cpu_utilization', 0.9), reading(400, 'A-02', 'cpu_utilization', 0.1)])
  sim.runUntil(500)
  sim.ingest([reading(700, 'A-01', 'cpu_utilization', 0.3), reading(700, 'crah-1', 'return_temperature', 24)])
  sim.runUntil(1200)
  const replay = hall()
  for (const batch of sim.liveLog) {
    replay.runUntil(batch.atS)
    replay.ingest(batch.measurements)
  }
  replay.runUntil(1200)
  const size = sim.layout.length
  expect(replay.snapshot(new Float64Array(size))).toEqual(sim.snapshot(new Float64Array(size)))
  expect(replay.shadowStatus()).toEqual(sim.shadowStatus())
})

it('a fork from now replays live batches and commands in their order, then takes a what-if', () => {
  const sim = hall()
  sim.runUntil(300)
  sim.ingest([reading(200, 'A-01', 'cpu_utilization', 0.9), reading(290, 'crah-1', 'supply_temperature', 19)])
  sim.runUntil(600)
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
  sim.ingest([reading(600, 'A-02', 'cpu_utilization', 0.2)])
  sim.runUntil(900)
  const inputs = structuredClone(forkInputsOf(sim)) // as it crosses to a second worker
  const same = forkFromInputs(inputs, [])
  const size = sim.layout.length
  expect(same.snapshot(new Float64Array(size))).toEqual(sim.snapshot(new Float64Array(size)))
  expect(same.shadowStatus()).toEqual(sim.shadowStatus())
  const grown = forkFromInputs(inputs, [{ atS: 900, command: { type: 'setLoadScale', scale: 1.1 } }])
  grown.runUntil(900)
  expect(grown.world.rackPowerW[0]).toBeCloseTo(10 * (100 + 200 * 0.99), 9) // the live 0.9 × 1.1
})

describe('shadow margins from the scenario', () => {
  const inletOff = (patch: Record<string, number>) => {
    const sim = createSimulation(parseScenario(tinyHall({}, (s) => (s.shadow = patch))))
    const readings: Measurement[] = []
    for (let t = 0; t <= 1800; t += 60) readings.push(reading(t, 'A-02', 'inlet_temperature', 22))
    sim.ingest(readings)
    sim.runUntil(1800)
    return sim.shadowStatus()
  }

  it('flags a 4 K inlet after the hold the scenario sets, and not at all within a 5 K margin', () => {
    expect(inletOff({ sustainS: 120 }).recent.map((e) => [e.kind, e.atS])).toEqual([['raise', 180]])
    expect(inletOff({ temperatureMarginK: 5 })).toMatchObject({ raisedNow: 0, recent: [] })
    expect(inletOff({}).margins).toEqual({ temperatureMarginK: 2, powerMarginPct: 10, sustainS: 900 })
  })

  it('refuses a margin that makes no sense, naming its path', () => {
    const bad = tinyHall({}, (s) => (s.shadow = { powerMarginPct: 150 }))
    expect(() => parseScenario(bad, 'hall.json')).toThrow(
      'hall.json: $.shadow.powerMarginPct: must be 100 % or less',
    )
  })
})
