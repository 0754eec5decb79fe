// Recorded traces replace the scenario's workload: utilisation replayed onto servers, job logs scheduled.
import { expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { parsePlanetLab } from '../testing/wholeText.ts'

it('replays two PlanetLab-format VMs round-robin: servers 0 and 1 follow them, the rest idle', () => {
  const vmA = parsePlanetLab('20\n60\n', 'vm-a')
  const vmB = parsePlanetLab('50\n10\n', 'vm-b')
  const sim = createSimulation(parseScenario(tinyHall()), { utilization: { series: [vmA, vmB] } })
  sim.runUntil(0)
  expect([...sim.world.serverUtilization.subarray(0, 3)]).toEqual([0.2, 0.5, 0])
  expect(sim.world.rackPowerW[0]).toBeCloseTo(100 + 200 * 0.2 + 100 + 200 * 0.5 + 8 * 100, 9)
  sim.runUntil(300) // the second 5-minute sample
  expect([...sim.world.serverUtilization.subarray(0, 2)]).toEqual([0.6, 0.1])
})

it('schedules a job log with the default first-fit policy', () => {
  const jobs = [
    { submitS: 0, durationS: 600, cores: 32 },
    { submitS: 60, durationS: 600, cores: 64 }, // larger than any 32-core server: rejected
  ]
  const sim = createSimulation(parseScenario(tinyHall()), { jobs })
  sim.runUntil(120)
  expect(sim.world.serverUtilization[0]).toBe(1)
  expect(sim.jobMetrics()).toMatchObject({ submitted: 2, placed: 1, rejected: 1 })
})
