// Properties over random job streams run through the DES kernel: capacity holds, jobs are conserved, all drain.
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { createEnv } from '../core/env.ts'
import { applyActiveCount, createAutoscaler } from './autoscaler.ts'
import { createCluster, meanActiveUtilization, type Cluster } from './cluster.ts'
import { placementPolicies, type PlacementContext, type PlacementPolicyName } from './policies.ts'
import { createScheduler, type Placement } from './scheduler.ts'
import type { Job } from '../workload/arrivals.ts'

const jobArb = fc.record({
  gapS: fc.integer({ min: 0, max: 20 }),
  durationS: fc.integer({ min: 1, max: 100 }),
  cores: fc.integer({ min: 0, max: 20 }),
  memoryGb: fc.double({ min: 0, max: 80, noNaN: true }),
})

const streamArb = fc.record({
  policy: fc.constantFrom(...(Object.keys(placementPolicies) as PlacementPolicyName[])),
  queueLimit: fc.integer({ min: 0, max: 6 }),
  maxWaitS: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  jobs: fc.array(jobArb, { maxLength: 60 }),
  rackInletC: fc.array(fc.integer({ min: 18, max: 35 }), { minLength: 2, maxLength: 2 }),
})

// Three servers on two racks; the 16-core one has the least memory, so cores and memory bind differently.
const newCluster = () =>
  createCluster({
    serverCores: Uint16Array.of(8, 8, 16),
    serverMemoryGb: Float64Array.of(32, 64, 24),
    serverRack: Uint32Array.of(0, 0, 1),
  })

function withinCapacity(cluster: Cluster): boolean {
  for (let s = 0; s < cluster.serverCount; s++) {
    if (cluster.usedCores[s] > cluster.cores[s] || cluster.usedMemoryGb[s] > cluster.memoryGb[s]) return false
  }
  return true
}

it('never overfills a server, conserves jobs, caps waits, and empties the cluster once all complete', () => {
  fc.assert(
    fc.property(streamArb, ({ policy, queueLimit, maxWaitS, jobs, rackInletC }) => {
      const env = createEnv()
      const cluster = newCluster()
      const ctx: PlacementContext = {
        rackInletC: Float64Array.from(rackInletC),
        rackPowerW: Float64Array.of(2000, 1000),
        serverRack: cluster.serverRack,
      }
      const sched = createScheduler({ cluster, policy: placementPolicies[policy], queueLimit, maxWaitS })
      const submitted = new Map<number, Job>()
      // Runs after every scheduler call, so the invariants hold at each event.
      const afterCall = (placements: Placement[]) => {
        const m = sched.metrics()
        expect(withinCapacity(cluster)).toBe(true)
        expect(m.placed + m.queuedNow + m.rejected).toBe(m.submitted)
        for (const p of placements) {
          const job = submitted.get(p.jobId)!
          expect(p.endS - p.startS).toBe(job.durationS)
          expect(p.startS - job.submitS).toBeLessThanOrEqual(maxWaitS ?? Infinity)
          env.at(p.endS, () => afterCall(sched.complete(p.jobId, env.now, ctx)))
        }
      }
      let tS = 0
      jobs.forEach((j, id) => {
        tS += j.gapS
        env.at(tS, () => {
          const job = { id, submitS: env.now, ...j }
          submitted.set(id, job)
          afterCall(sched.submit(job, env.now, ctx).placements)
        })
      })
      env.run()
      const m = sched.metrics()
      expect(m.submitted).toBe(jobs.length)
      expect(m.placed + m.rejected).toBe(jobs.length)
      expect(m.queuedNow).toBe(0)
      expect(m.completed).toBe(m.placed)
      expect(Array.from(cluster.usedCores)).toEqual([0, 0, 0])
      expect(Array.from(cluster.usedMemoryGb)).toEqual([0, 0, 0])
      expect(Array.from(cluster.jobCount)).toEqual([0, 0, 0])
    }),
  )
})

it('is deterministic: the same stream gives the same placements', () => {
  fc.assert(
    fc.property(streamArb, ({ policy, queueLimit, jobs, rackInletC }) => {
      const run = () => {
        const cluster = newCluster()
        const ctx = {
          rackInletC: Float64Array.from(rackInletC),
          rackPowerW: Float64Array.of(0, 0),
          serverRack: cluster.serverRack,
        }
        const sched = createScheduler({ cluster, policy: placementPolicies[policy], queueLimit })
        return jobs.map((j, id) => sched.submit({ id, submitS: id, ...j }, id, ctx))
      }
      expect(run()).toEqual(run())
    }),
  )
})

it('autoscaling stays within bounds, steps at most maxStepServers, and waits out the cooldown', () => {
  const specArb = fc.record({
    targetUtilization: fc.double({ min: 0.1, max: 1, noNaN: true }),
    minServers: fc.integer({ min: 0, max: 5 }),
    span: fc.integer({ min: 0, max: 20 }),
    cooldownS: fc.integer({ min: 0, max: 100 }),
    maxStepServers: fc.integer({ min: 1, max: 4 }),
  })
  const stepsArb = fc.array(
    fc.record({ gapS: fc.integer({ min: 0, max: 60 }), util: fc.double({ min: 0, max: 1, noNaN: true }) }),
  )
  fc.assert(
    fc.property(specArb, stepsArb, ({ span, ...s }, steps) => {
      const spec = { ...s, maxServers: s.minServers + span }
      const scaler = createAutoscaler(spec)
      let active = spec.minServers
      let nowS = 0
      let lastChangeS = -Infinity
      for (const { gapS, util } of steps) {
        nowS += gapS
        const next = scaler.decide(nowS, util, active)
        expect(Math.abs(next - active)).toBeLessThanOrEqual(spec.maxStepServers)
        expect(next).toBeGreaterThanOrEqual(spec.minServers)
        expect(next).toBeLessThanOrEqual(spec.maxServers)
        if (next !== active) {
          expect(nowS - lastChangeS).toBeGreaterThanOrEqual(spec.cooldownS)
          lastChangeS = nowS
        }
        active = next
      }
    }),
  )
})

it('applyActiveCount never switches off a server with jobs', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 4 })), fc.integer({ min: 0, max: 8 }), (busy, n) => {
      const cluster = createCluster({
        serverCores: new Uint16Array(5).fill(8),
        serverMemoryGb: new Float64Array(5).fill(32),
        serverRack: new Uint32Array(5),
      })
      for (const s of busy) cluster.jobCount[s]++
      const count = applyActiveCount(cluster, n)
      for (const s of busy) expect(cluster.active[s]).toBe(1)
      expect(count).toBe(Math.max(Math.min(n, 5), new Set(busy).size))
      expect(meanActiveUtilization(cluster)).toBe(0)
    }),
  )
})
