// Whole-simulation stories: energy by hand, timed events, determinism, refused commands.
import { describe, expect, it } from 'vitest'
import { parseScenario } from './scenario/parse.ts'
import { createSimulation } from './simulation.ts'
import { tinyHall } from './testing/tinyHall.ts'
import { HEADER } from './metrics/snapshot.ts'

describe('createSimulation', () => {
  it('integrates energy exactly: 4 kW of IT for one hour is 4 kWh', () => {
    const sim = createSimulation(parseScenario(tinyHall()))
    sim.runUntil(3600)
    const kpis = sim.kpis()
    expect(kpis.itEnergyKwh).toBeCloseTo(4, 12)
    expect(kpis.peakItKw).toBe(4)
    expect(kpis.pue).toBeCloseTo(sim.world.totals.facilityW / 4000, 12)
    // Workload at 0, 300, …, 3600 s (13 runs); physics starts at 0 and ticks at 60, …, 3600 s (1 + 60).
    expect(sim.eventsProcessed).toBe(13 + 61)
  })
  it('one long advance and many short ones give the same energy and the same state', () => {
    const a = createSimulation(
      parseScenario(
        tinyHall({}, (s) => (s.workload = { kind: 'diurnal', meanUtilization: 0.5, amplitude: 0.3 })),
      ),
    )
    const b = createSimulation(
      parseScenario(
        tinyHall({}, (s) => (s.workload = { kind: 'diurnal', meanUtilization: 0.5, amplitude: 0.3 })),
      ),
    )
    a.advance(7200)
    for (let k = 0; k < 720; k++) b.advance(10)
    expect(b.kpis()).toEqual(a.kpis())
    expect([...b.world.rackInletC]).toEqual([...a.world.rackInletC])
  })
  it('runs the scenario’s timed events at their time', () => {
    const input = tinyHall({ units: 2 }, (s) => {
      s.events = [{ atS: 600, command: { type: 'failCoolingUnit', unitId: 'crah-2' } }]
    })
    const sim = createSimulation(parseScenario(input))
    sim.runUntil(599)
    expect([...sim.world.unitRunning]).toEqual([1, 1])
    sim.runUntil(600)
    expect([...sim.world.unitRunning]).toEqual([1, 0])
  })
  it('after losing all cooling the room heats and the failure records its time to 27, 32 and 35 °C', () => {
    const sim = createSimulation(parseScenario(tinyHall()))
    sim.runUntil(600)
    sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    const [record] = sim.failures
    expect(record.atS).toBe(600)
    const [t27, t32, t35] = record.timeToLimitS as number[]
    expect(0 < t27 && t27 < t32 && t32 < t35).toBe(true)
    // The projection is what the run then does (load is constant): at the physics ticks (every 60 s) either
    // side of the projected crossing, the hottest inlet is below and then above 32 °C.
    const tickBeforeS = Math.floor((600 + t32) / 60) * 60
    sim.runUntil(tickBeforeS)
    expect(Math.max(...sim.world.rackInletC)).toBeLessThan(32)
    sim.runUntil(tickBeforeS + 60)
    expect(Math.max(...sim.world.rackInletC)).toBeGreaterThanOrEqual(32)
    expect(() => sim.apply({ type: 'restoreCoolingUnit', unitId: 'nope' })).toThrow(
      /no cooling unit has id "nope"/,
    )
  })
  it('drives servers from a synthetic profile: a launch doubling a 40 % base shows as 80 % utilisation', () => {
    const input = tinyHall({}, (s) => {
      s.workload = {
        kind: 'synthetic',
        baseUtilization: 0.4,
        noiseSd: 0,
        launches: [{ atS: 3600, durationS: 3600, multiplier: 2 }],
      }
    })
    const sim = createSimulation(parseScenario(input))
    sim.runUntil(1800)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(10 * (100 + 200 * 0.4), 9)
    sim.runUntil(5400)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(10 * (100 + 200 * 0.8), 9)
    expect(sim.world.rackUtilization[0]).toBeCloseTo(0.8, 12)
  })
  it('replays identically for the same seed and differs for another', () => {
    const noisy = (seed: number) =>
      tinyHall({}, (s) => {
        s.seed = seed
        s.workload = { kind: 'constant', utilization: 0.5, noiseSd: 0.1 }
      })
    const run = (seed: number) => {
      const sim = createSimulation(parseScenario(noisy(seed)))
      sim.runUntil(86_400)
      const out = sim.snapshot(new Float64Array(sim.layout.length))
      return Array.from(out)
    }
    expect(run(42)).toEqual(run(42))
    expect(run(43)).not.toEqual(run(42))
    expect(run(42)[HEADER.timeS]).toBe(86_400)
  })
})
