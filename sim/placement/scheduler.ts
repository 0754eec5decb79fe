// Job scheduler: places jobs with a policy, holds the rest in a strict FIFO queue, and counts waits and rejections.
import { allocate, fits, fitsAnyServer, release, type Cluster } from './cluster.ts'
import type { PlacementContext, PlacementPolicy } from './policies.ts'
import type { Job } from '../workload/arrivals.ts'

/** A job that has just started: the engine schedules its completion at `endS` (= startS + durationS). */
export interface Placement {
  jobId: number
  serverIndex: number
  startS: number
  endS: number
}

export type SubmitOutcome = 'placed' | 'queued' | 'rejected'

/** What became of a submitted job, and every job that started during the call (it may be among them). */
export interface SubmitResult {
  outcome: SubmitOutcome
  placements: Placement[]
}

/** Counters since creation. submitted = placed + queuedNow + rejected at every moment. */
export interface SchedulerMetrics {
  submitted: number
  placed: number
  /** Jobs waiting now. */
  queuedNow: number
  /** Jobs that ever entered the queue (placed later, still waiting or expired). */
  queuedTotal: number
  rejected: number
  rejectedQueueFull: number
  /** Bigger, in cores or memory, than every server in the cluster: it could never run. */
  rejectedTooLarge: number
  /** Waited longer than maxWaitS in the queue. */
  rejectedExpired: number
  completed: number
  running: number
  /** Sum over placed jobs of (start − submit), s; jobs placed at once count with 0. */
  totalWaitS: number
  /** totalWaitS / placed, s; 0 before the first placement. */
  meanWaitS: number
  /** 95th percentile of the waits of placed jobs (nearest rank), s; 0 before the first placement. */
  p95WaitS: number
}

export interface SchedulerSpec {
  cluster: Cluster
  policy: PlacementPolicy
  /** Most jobs that may wait at once; 0 means no queue (a job that does not fit is rejected). */
  queueLimit: number
  /** A queued job is never placed after waiting longer than this, s; default Infinity. */
  maxWaitS?: number
}

/**
 * Strict FIFO: queued jobs start in arrival order, and draining stops at the first job that does not fit,
 * even if smaller jobs behind it would. A job that arrives while others wait joins the back of the queue.
 * No job overtakes another, so none starves; the price is head-of-line blocking, which p95WaitS shows.
 * Every call first drains the queue at `nowS`, dropping jobs whose wait exceeds maxWaitS as they reach the
 * head: a job never starts with a wait above maxWaitS. Jobs arrive in time order, so the head is the oldest
 * and expiry in queue order is expiry at the first call after the deadline.
 */
export interface Scheduler {
  submit(job: Job, nowS: number, ctx: PlacementContext): SubmitResult
  /** Frees job `jobId`'s server and returns the queued jobs that started in its place. */
  complete(jobId: number, nowS: number, ctx: PlacementContext): Placement[]
  /** Places what now fits, e.g. after the autoscaler switched servers on, and expires overdue jobs. */
  drain(nowS: number, ctx: PlacementContext): Placement[]
  metrics(): SchedulerMetrics
}

/** Builds a scheduler over `cluster`; it alone allocates and releases the cluster's cores and memory. */
export function createScheduler(spec: SchedulerSpec): Scheduler {
  const { cluster, policy, queueLimit } = spec
  const maxWaitS = spec.maxWaitS ?? Infinity
  if (!(Number.isInteger(queueLimit) && queueLimit >= 0)) {
    throw new Error(`createScheduler: queueLimit must be an integer >= 0, got ${queueLimit}`)
  }
  if (!(maxWaitS >= 0)) throw new Error(`createScheduler: maxWaitS must be >= 0, got ${maxWaitS}`)

  // queue[head..] waits; the consumed prefix is sliced off once it is half the array (amortised O(1)).
  let queue: Job[] = []
  let head = 0
  const running = new Map<number, { job: Job; serverIndex: number }>()
  const queuedIds = new Set<number>()
  let waitsS = new Float64Array(64)
  const n = { submitted: 0, placed: 0, queuedTotal: 0, full: 0, tooLarge: 0, expired: 0, completed: 0 }
  let totalWaitS = 0

  function place(job: Job, nowS: number, ctx: PlacementContext): Placement | undefined {
    const s = policy(job, cluster, ctx)
    if (s < 0) return undefined
    if (!(s < cluster.serverCount && fits(cluster, s, job.cores, job.memoryGb))) {
      throw new Error(`scheduler: the policy chose server ${s}, which cannot take job ${job.id}`)
    }
    allocate(cluster, s, job.cores, job.memoryGb)
    running.set(job.id, { job, serverIndex: s })
    const waitS = nowS - job.submitS
    if (n.placed === waitsS.length) {
      const grown = new Float64Array(2 * waitsS.length)
      grown.set(waitsS)
      waitsS = grown
    }
    waitsS[n.placed++] = waitS
    totalWaitS += waitS
    return { jobId: job.id, serverIndex: s, startS: nowS, endS: nowS + job.durationS }
  }

  function drain(nowS: number, ctx: PlacementContext): Placement[] {
    const out: Placement[] = []
    for (; head < queue.length; head++) {
      const job = queue[head]
      if (nowS - job.submitS > maxWaitS) {
        queuedIds.delete(job.id)
        n.expired++
        continue
      }
      const p = place(job, nowS, ctx)
      if (!p) break
      queuedIds.delete(job.id)
      out.push(p)
    }
    if (head > 0 && 2 * head >= queue.length) {
      queue = queue.slice(head)
      head = 0
    }
    return out
  }

  function submit(job: Job, nowS: number, ctx: PlacementContext): SubmitResult {
    if (running.has(job.id) || queuedIds.has(job.id)) throw new Error(`submit: job ${job.id} is already in`)
    if (!(job.cores >= 0 && job.memoryGb >= 0 && job.durationS >= 0)) {
      throw new Error(`submit: job ${job.id} needs cores, memoryGb and durationS >= 0`)
    }
    if (!(job.submitS <= nowS)) throw new Error(`submit: job ${job.id} submitted at ${job.submitS} > ${nowS}`)
    n.submitted++
    const placements = drain(nowS, ctx)
    if (!fitsAnyServer(cluster, job.cores, job.memoryGb)) {
      n.tooLarge++
      return { outcome: 'rejected', placements }
    }
    if (head === queue.length) {
      const p = place(job, nowS, ctx)
      if (p) {
        placements.push(p)
        return { outcome: 'placed', placements }
      }
    }
    if (queue.length - head >= queueLimit) {
      n.full++
      return { outcome: 'rejected', placements }
    }
    queue.push(job)
    queuedIds.add(job.id)
    n.queuedTotal++
    return { outcome: 'queued', placements }
  }

  function complete(jobId: number, nowS: number, ctx: PlacementContext): Placement[] {
    const entry = running.get(jobId)
    if (!entry) throw new Error(`complete: job ${jobId} is not running`)
    release(cluster, entry.serverIndex, entry.job.cores, entry.job.memoryGb)
    running.delete(jobId)
    n.completed++
    return drain(nowS, ctx)
  }

  function metrics(): SchedulerMetrics {
    const sorted = waitsS.slice(0, n.placed).sort()
    return {
      submitted: n.submitted,
      placed: n.placed,
      queuedNow: queue.length - head,
      queuedTotal: n.queuedTotal,
      rejected: n.full + n.tooLarge + n.expired,
      rejectedQueueFull: n.full,
      rejectedTooLarge: n.tooLarge,
      rejectedExpired: n.expired,
      completed: n.completed,
      running: running.size,
      totalWaitS,
      meanWaitS: n.placed > 0 ? totalWaitS / n.placed : 0,
      p95WaitS: n.placed > 0 ? sorted[Math.ceil(0.95 * n.placed) - 1] : 0,
    }
  }

  return { submit, complete, drain, metrics }
}
