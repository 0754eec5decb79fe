// Jobs placed on servers drive their power: stories on the tiny hall (servers of 32 cores, 100–300 W linear).
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { workloadOf } from '../metrics/workloadReport.ts'

type Workload = ScenarioInput['workload']
const run = (workload: Workload) =>
  createSimulation(parseScenario(tinyHall({}, (s) => (s.workload = workload))))
const trace = (cores: number[], durationS = 3600) => ({
  kind: 'trace' as const,
  jobs: cores.map((c) => ({ submitS: 0, durationS, cores: c })),
})

describe('the jobs workload', () => {
  it('first-fit packs two 16-core jobs on server 0 for their hour: 300 W there, 100 W idle elsewhere', () => {
    const sim = run({ kind: 'jobs', arrivals: trace([16, 16]) })
    sim.runUntil(60)
    expect([...sim.world.serverUtilization.subarray(0, 3)]).toEqual([1, 0, 0])
    expect(sim.world.rackPowerW[0]).toBeCloseTo(300 + 9 * 100, 9)
    sim.runUntil(3660)
    expect(sim.world.rackPowerW[0]).toBeCloseTo(10 * 100, 9)
    expect(sim.jobMetrics()).toMatchObject({
      submitted: 2,
      placed: 2,
      completed: 2,
      rejected: 0,
      meanWaitS: 0,
    })
    // The report: one server of twenty busy for the first 3,600 s of 3,660 s.
    const report = workloadOf(sim)
    expect(report.meanUtilization).toBeCloseTo(3600 / 3660 / 20, 9)
    expect(report.jobs).toMatchObject({ placed: 2, rejected: 0 })
  })
  it('spread puts them on two servers at half load each', () => {
    const sim = run({ kind: 'jobs', arrivals: trace([16, 16]), placement: { policy: 'spread' } })
    sim.runUntil(60)
    expect([...sim.world.serverUtilization.subarray(0, 3)]).toEqual([0.5, 0.5, 0])
  })
  it('queues what does not fit, waits for a completion, and rejects what never can', () => {
    // 20 servers × 32 cores; 21 jobs of 32 cores: one waits an hour; a 64-core job can never run.
    const sim = run({ kind: 'jobs', arrivals: trace([...Array(21).fill(32), 64]) })
    sim.runUntil(7300)
    expect(sim.jobMetrics()).toMatchObject({ submitted: 22, placed: 21, rejected: 1, completed: 21 })
    expect(sim.jobMetrics()?.meanWaitS).toBeCloseTo(3600 / 21, 9)
  })
  it('an autoscaler switches idle servers off, and off servers draw nothing', () => {
    const autoscaler = {
      targetUtilization: 0.6,
      minServers: 2,
      maxServers: 20,
      cooldownS: 0,
      maxStepServers: 20,
    }
    const sim = run({ kind: 'jobs', arrivals: trace([16], 86_400), autoscaler, updateS: 300 })
    sim.runUntil(600)
    // One half-loaded server → ceil(20 × (16/640) / 0.6) = 1, held at minServers = 2: server 0 (200 W) and 1 (100 W).
    expect(sim.world.totals.itW).toBeCloseTo(200 + 100, 9)
  })
})
