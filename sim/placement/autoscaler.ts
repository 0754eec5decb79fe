// Autoscaler: a proportional rule on mean utilisation with bounds, a per-decision step cap and a cooldown.
import type { Cluster } from './cluster.ts'

export interface AutoscalerSpec {
  /** Utilisation (0..1] the active servers should run at. */
  targetUtilization: number
  minServers: number
  maxServers: number
  /** No change within this many seconds of the last change, s. */
  cooldownS: number
  /** Largest change in active servers per decision, up or down: the cap on runaway scaling. */
  maxStepServers: number
}

export interface Autoscaler {
  /**
   * The active-server count to move to at `nowS` (s), given the mean utilisation (0..1) of the
   * `activeCount` active servers: ceil(active × util / target), clamped to [minServers, maxServers],
   * then to within maxStepServers of `activeCount`; `activeCount` itself within cooldownS of the last
   * change. With no active server there is no utilisation to scale, so the target is minServers.
   */
  decide(nowS: number, meanUtilizationOfActive: number, activeCount: number): number
  /** Time of the last decision that changed the count, s; -Infinity before the first. */
  readonly lastChangeS: number
}

// ceil(7 × 0.6 / 0.6) is 8 in IEEE-754 (7.000000000000001): a hair's tolerance keeps exact ratios exact.
const EPS = 1e-9

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x)

/** Builds an autoscaler; throws on a target outside (0, 1], bounds out of order or a step below 1. */
export function createAutoscaler(spec: AutoscalerSpec): Autoscaler {
  const { targetUtilization, minServers, maxServers, cooldownS, maxStepServers } = spec
  if (!(targetUtilization > 0 && targetUtilization <= 1)) {
    throw new Error(`createAutoscaler: targetUtilization must be in (0, 1], got ${targetUtilization}`)
  }
  if (!(Number.isInteger(minServers) && Number.isInteger(maxServers) && 0 <= minServers)) {
    throw new Error(`createAutoscaler: minServers and maxServers must be integers >= 0`)
  }
  if (!(minServers <= maxServers)) {
    throw new Error(`createAutoscaler: minServers ${minServers} > maxServers ${maxServers}`)
  }
  if (!(cooldownS >= 0)) throw new Error(`createAutoscaler: cooldownS must be >= 0, got ${cooldownS}`)
  if (!(Number.isInteger(maxStepServers) && maxStepServers >= 1)) {
    throw new Error(`createAutoscaler: maxStepServers must be an integer >= 1, got ${maxStepServers}`)
  }
  let lastChangeS = -Infinity
  return {
    get lastChangeS() {
      return lastChangeS
    },
    decide(nowS, util, active) {
      if (!(util >= 0 && util < Infinity))
        throw new Error(`decide: utilisation must be finite >= 0, got ${util}`)
      if (nowS - lastChangeS < cooldownS) return active
      const wanted = active > 0 ? Math.ceil((active * util) / targetUtilization - EPS) : minServers
      const next = clamp(
        clamp(wanted, minServers, maxServers),
        active - maxStepServers,
        active + maxStepServers,
      )
      if (next !== active) lastChangeS = nowS
      return next
    },
  }
}

/**
 * Moves the cluster towards `n` active servers and returns how many are active after: switches on the
 * lowest-index inactive servers, and off the highest-index idle ones. A server with jobs on it is never
 * switched off (its jobs would be lost), so the result can stay above `n` until those jobs finish; the
 * engine calls again on the next decision. Low indices fill first under firstFit, so this keeps the busy
 * ones on. After switching servers on, call the scheduler's `drain` so queued jobs can use them.
 */
export function applyActiveCount(cluster: Cluster, n: number): number {
  const { active, jobCount, serverCount } = cluster
  let count = 0
  for (let s = 0; s < serverCount; s++) count += active[s]
  for (let s = 0; s < serverCount && count < n; s++) {
    if (active[s] === 0) {
      active[s] = 1
      count++
    }
  }
  for (let s = serverCount - 1; s >= 0 && count > n; s--) {
    if (active[s] === 1 && jobCount[s] === 0) {
      active[s] = 0
      count--
    }
  }
  return count
}
