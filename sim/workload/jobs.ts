// The jobs workload as processes: arrivals placed by the scheduler, completions, the autoscaler; sets utilisation.
import type { Env } from '../core/env.ts'
import type { Rng } from '../core/rng.ts'
import type { World } from '../model/world.ts'
import type { JobsWorkloadSpec } from './jobsSpec.ts'
import { createArrivals } from './arrivals.ts'
import { createLoadProfile } from './profile.ts'
import { activeCount, createCluster, meanActiveUtilization } from '../placement/cluster.ts'
import { placementPolicies } from '../placement/policies.ts'
import { createScheduler } from '../placement/scheduler.ts'
import type { Placement, SchedulerMetrics } from '../placement/scheduler.ts'
import { applyActiveCount, createAutoscaler } from '../placement/autoscaler.ts'

/**
 * Starts the jobs workload on `env`: each arrival is submitted at its time, every placement schedules its
 * completion, and every change re-derives server utilisation (used / total cores; switched-off servers 0 and
 * flagged off, so they draw nothing) before `settle` books energy and re-solves the physics.
 * @returns the scheduler's metrics, read at any time
 */
export function startJobsWorkload(
  spec: JobsWorkloadSpec,
  env: Env,
  world: World,
  rng: Rng,
  startEpochS: number,
  settle: () => void,
): () => SchedulerMetrics {
  const models = world.scenario.serverModels
  const cluster = createCluster({
    serverCores: Float64Array.from(world.serverModelIndex, (m) => models[m].cores),
    serverMemoryGb: Float64Array.from(world.serverModelIndex, (m) => models[m].memoryGb),
    serverRack: world.serverRack,
  })
  const { policy, queueLimit, maxWaitS } = spec.placement
  const scheduler = createScheduler({ cluster, policy: placementPolicies[policy], queueLimit, maxWaitS })
  const ctx = { rackInletC: world.rackInletC, rackPowerW: world.rackPowerW, serverRack: world.serverRack }
  const profile = spec.profile
    ? createLoadProfile(spec.profile, startEpochS, rng.stream('workload-profile'))
    : undefined
  const arrivals = createArrivals(spec.arrivals, rng.stream('arrivals'), profile)

  const refresh = () => {
    cluster.utilization(world.serverUtilization)
    world.serverActive.set(cluster.active)
    settle()
  }
  const schedule = (placements: Placement[]) => {
    for (const p of placements)
      env.at(p.endS, () => (schedule(scheduler.complete(p.jobId, env.now, ctx)), refresh()))
  }
  const arrive = (job = arrivals.next()) => {
    if (!job) return
    env.at(Math.max(job.submitS, env.now), () => {
      schedule(scheduler.submit(job, env.now, ctx).placements)
      refresh()
      arrive()
    })
  }
  arrive()
  if (spec.autoscaler) {
    const scaler = createAutoscaler(spec.autoscaler)
    env.process(
      (function* () {
        for (;;) {
          yield spec.updateS
          const target = scaler.decide(env.now, meanActiveUtilization(cluster), activeCount(cluster))
          applyActiveCount(cluster, target)
          schedule(scheduler.drain(env.now, ctx))
          refresh()
        }
      })(),
    )
  }
  refresh()
  return () => scheduler.metrics()
}
