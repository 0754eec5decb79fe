// Scheduler stories: placement, a full queue, strict FIFO draining, expiry, and waits worked out by hand.
import { expect, it } from 'vitest'
import { createCluster } from './cluster.ts'
import { firstFit, type PlacementContext } from './policies.ts'
import { createScheduler } from './scheduler.ts'
import type { Job } from '../workload/arrivals.ts'

const cluster = (cores: number[]) =>
  createCluster({
    serverCores: Uint16Array.from(cores),
    serverMemoryGb: new Float64Array(cores.length).fill(32),
    serverRack: new Uint32Array(cores.length),
  })

const ctx: PlacementContext = {
  rackInletC: Float64Array.of(22),
  rackPowerW: Float64Array.of(0),
  serverRack: new Uint32Array(3),
}

const job = (id: number, submitS: number, cores: number, durationS = 100, memoryGb = 1): Job => ({
  id,
  submitS,
  durationS,
  cores,
  memoryGb,
})

it('queues what does not fit, rejects past the queue limit, and starts the queue when a job completes', () => {
  const sched = createScheduler({ cluster: cluster([8, 8, 8]), policy: firstFit, queueLimit: 2 })
  const log: [number, number, string][] = []
  const submit = (j: Job) => log.push([j.submitS, j.id, sched.submit(j, j.submitS, ctx).outcome])
  submit(job(1, 0, 8, 100))
  submit(job(2, 0, 8, 200))
  submit(job(3, 0, 8, 300))
  submit(job(7, 5, 16)) // bigger than any server
  submit(job(4, 10, 4, 50))
  submit(job(5, 20, 4, 60))
  submit(job(6, 30, 2)) // the queue already holds 2
  expect(log).toEqual([
    [0, 1, 'placed'],
    [0, 2, 'placed'],
    [0, 3, 'placed'],
    [5, 7, 'rejected'],
    [10, 4, 'queued'],
    [20, 5, 'queued'],
    [30, 6, 'rejected'],
  ])
  // Job 1 frees server 0 at 100 s: both queued 4-core jobs start there.
  expect(sched.complete(1, 100, ctx)).toEqual([
    { jobId: 4, serverIndex: 0, startS: 100, endS: 150 },
    { jobId: 5, serverIndex: 0, startS: 100, endS: 160 },
  ])
  // Waits 0, 0, 0, 90, 80: total 170 s, mean 170 / 5 = 34 s; nearest rank ceil(0.95 · 5) = 5th → 90 s.
  expect(sched.metrics()).toEqual({
    submitted: 7,
    placed: 5,
    queuedNow: 0,
    queuedTotal: 2,
    rejected: 2,
    rejectedQueueFull: 1,
    rejectedTooLarge: 1,
    rejectedExpired: 0,
    completed: 1,
    running: 4,
    totalWaitS: 170,
    meanWaitS: 34,
    p95WaitS: 90,
  })
})

it('is strict FIFO: a blocked head holds back smaller jobs behind it, and newcomers join the back', () => {
  const c = cluster([8, 8, 8])
  const sched = createScheduler({ cluster: c, policy: firstFit, queueLimit: 5 })
  for (const j of [job(1, 0, 8), job(2, 0, 8), job(3, 0, 4), job(4, 0, 4)]) sched.submit(j, 0, ctx)
  expect(Array.from(c.usedCores)).toEqual([8, 8, 8])
  expect(sched.submit(job(5, 10, 8), 10, ctx).outcome).toBe('queued')
  expect(sched.submit(job(6, 20, 2), 20, ctx).outcome).toBe('queued')
  // Server 2 has 4 cores free at 50 s, enough for job 6, but job 5 (8 cores) is at the head.
  expect(sched.complete(3, 50, ctx)).toEqual([])
  // Job 7 would fit on server 2 too, but it does not overtake the queue.
  expect(sched.submit(job(7, 60, 1), 60, ctx)).toEqual({ outcome: 'queued', placements: [] })
  expect(sched.complete(1, 100, ctx)).toEqual([
    { jobId: 5, serverIndex: 0, startS: 100, endS: 200 },
    { jobId: 6, serverIndex: 2, startS: 100, endS: 200 },
    { jobId: 7, serverIndex: 2, startS: 100, endS: 200 },
  ])
  // Waits 0 × 4, then 90, 80, 40: 210 s over 7 jobs = 30 s.
  expect(sched.metrics().meanWaitS).toBe(30)
  expect(Array.from(c.usedCores)).toEqual([8, 8, 7])
})

it('drops a queued job once it has waited longer than maxWaitS, and starts one that waited exactly that', () => {
  const sched = createScheduler({ cluster: cluster([8]), policy: firstFit, queueLimit: 5, maxWaitS: 30 })
  expect(sched.submit(job(1, 0, 8, 80), 0, ctx).outcome).toBe('placed')
  expect(sched.submit(job(2, 10, 4), 10, ctx).outcome).toBe('queued')
  // At 50 s job 2 has waited 40 s > 30 s: it leaves, and job 3 finds the queue empty but no room.
  expect(sched.submit(job(3, 50, 4), 50, ctx)).toEqual({ outcome: 'queued', placements: [] })
  expect(sched.metrics()).toMatchObject({ rejectedExpired: 1, queuedNow: 1, queuedTotal: 2 })
  // Job 1 ends at 80 s; job 3 has waited 30 s, not more, so it starts.
  expect(sched.complete(1, 80, ctx)).toEqual([{ jobId: 3, serverIndex: 0, startS: 80, endS: 180 }])
  expect(sched.metrics()).toMatchObject({ placed: 2, rejected: 1, totalWaitS: 30, meanWaitS: 15 })
})

it('starts queued jobs on servers switched on later, when drained', () => {
  const c = cluster([8, 8])
  c.active[1] = 0
  const sched = createScheduler({ cluster: c, policy: firstFit, queueLimit: 5 })
  sched.submit(job(1, 0, 8), 0, ctx)
  expect(sched.submit(job(2, 0, 8), 0, ctx).outcome).toBe('queued')
  c.active[1] = 1
  expect(sched.drain(30, ctx)).toEqual([{ jobId: 2, serverIndex: 1, startS: 30, endS: 130 }])
})

it('rejects a job bigger than every server, in cores or in memory, even with room in the queue', () => {
  const sched = createScheduler({ cluster: cluster([8, 16]), policy: firstFit, queueLimit: 5 })
  expect(sched.submit(job(1, 0, 17), 0, ctx).outcome).toBe('rejected')
  expect(sched.submit(job(2, 0, 2, 10, 33), 0, ctx).outcome).toBe('rejected')
  expect(sched.submit(job(3, 0, 16, 10, 32), 0, ctx).outcome).toBe('placed')
  expect(sched.metrics()).toMatchObject({ rejectedTooLarge: 2, placed: 1 })
})

it('with queueLimit 0 rejects whatever does not fit at once', () => {
  const sched = createScheduler({ cluster: cluster([8]), policy: firstFit, queueLimit: 0 })
  expect(sched.submit(job(1, 0, 6), 0, ctx).outcome).toBe('placed')
  expect(sched.submit(job(2, 0, 4), 0, ctx).outcome).toBe('rejected')
  expect(sched.metrics()).toMatchObject({ rejectedQueueFull: 1, queuedTotal: 0 })
})

it('refuses duplicate ids, unknown completions and jobs from the future', () => {
  const sched = createScheduler({ cluster: cluster([8]), policy: firstFit, queueLimit: 1 })
  sched.submit(job(1, 0, 8), 0, ctx)
  expect(() => sched.submit(job(1, 0, 1), 0, ctx)).toThrow(/already/)
  expect(() => sched.complete(9, 0, ctx)).toThrow(/not running/)
  expect(() => sched.submit(job(2, 10, 1), 5, ctx)).toThrow(/submitted at 10/)
})
