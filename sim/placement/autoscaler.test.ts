// Autoscaler stories: the proportional rule, its step cap and cooldown, and switching servers on and off.
import { expect, it } from 'vitest'
import { applyActiveCount, createAutoscaler } from './autoscaler.ts'
import { activeCount, allocate, createCluster, meanActiveUtilization } from './cluster.ts'

const spec = { targetUtilization: 0.6, minServers: 2, maxServers: 20, cooldownS: 300, maxStepServers: 2 }

it('wants 15 servers for 10 at 90 % against 60 %, steps only to 12, then waits out the cooldown', () => {
  const scaler = createAutoscaler(spec)
  // ceil(10 × 0.9 / 0.6) = 15, but at most +2 per decision.
  expect(scaler.decide(0, 0.9, 10)).toBe(12)
  expect(scaler.lastChangeS).toBe(0)
  // 60 s later: within the 300 s cooldown, no change however hot.
  expect(scaler.decide(60, 0.95, 12)).toBe(12)
  // At 300 s: 12 × 0.75 / 0.6 = 15, capped at 14.
  expect(scaler.decide(300, 0.75, 12)).toBe(14)
  expect(scaler.lastChangeS).toBe(300)
})

it('scales down proportionally, within the step cap and not below minServers', () => {
  const scaler = createAutoscaler({ ...spec, cooldownS: 0, maxStepServers: 10 })
  expect(scaler.decide(0, 0.3, 10)).toBe(5) // ceil(10 × 0.3 / 0.6) = 5
  expect(scaler.decide(1, 0.06, 5)).toBe(2) // ceil(0.5) = 1, raised to the minimum 2
  expect(scaler.decide(2, 0, 0)).toBe(2) // no active server: go to the minimum
})

it('does not round an exact ratio up (7 at 60 % against 60 % stays 7)', () => {
  const scaler = createAutoscaler({ ...spec, cooldownS: 0 })
  expect(scaler.decide(0, 0.6, 7)).toBe(7)
  expect(scaler.lastChangeS).toBe(-Infinity)
})

it('never goes past maxServers, and a decision without change does not restart the cooldown', () => {
  const scaler = createAutoscaler({ ...spec, maxServers: 11 })
  expect(scaler.decide(0, 1, 10)).toBe(11)
  expect(scaler.decide(300, 1, 11)).toBe(11)
  expect(scaler.lastChangeS).toBe(0)
})

it('rejects nonsense specs and utilisations', () => {
  expect(() => createAutoscaler({ ...spec, targetUtilization: 0 })).toThrow(/targetUtilization/)
  expect(() => createAutoscaler({ ...spec, minServers: 5, maxServers: 4 })).toThrow(/minServers/)
  expect(() => createAutoscaler({ ...spec, maxStepServers: 0 })).toThrow(/maxStepServers/)
  expect(() => createAutoscaler(spec).decide(0, NaN, 4)).toThrow(/utilisation/)
})

it('switches off the highest-index idle servers, never a busy one, and back on from the lowest index', () => {
  const cluster = createCluster({
    serverCores: Uint16Array.of(8, 8, 8, 8),
    serverMemoryGb: Float64Array.of(32, 32, 32, 32),
    serverRack: Uint32Array.of(0, 0, 1, 1),
  })
  allocate(cluster, 3, 4, 1)
  // Server 3 is busy, so 2 then 1 go off.
  expect(applyActiveCount(cluster, 2)).toBe(2)
  expect(Array.from(cluster.active)).toEqual([1, 0, 0, 1])
  // 4 cores used of 16 active.
  expect(meanActiveUtilization(cluster)).toBe(0.25)
  expect(applyActiveCount(cluster, 3)).toBe(3)
  expect(Array.from(cluster.active)).toEqual([1, 1, 0, 1])
  // Asked for 0, only the busy server stays on.
  expect(applyActiveCount(cluster, 0)).toBe(1)
  expect(Array.from(cluster.active)).toEqual([0, 0, 0, 1])
  expect(activeCount(cluster)).toBe(1)
  expect(applyActiveCount(cluster, 99)).toBe(4)
})
