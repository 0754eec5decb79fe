// Placement policies: pure functions that pick a server for a job, or -1 when none fits; ties go to lowest index.
import { fits, type Cluster } from './cluster.ts'

/** What a policy needs to know about a job. */
export interface JobDemand {
  cores: number
  memoryGb: number
}

/** Read-only views the engine passes at each decision; policies never write them. */
export interface PlacementContext {
  /** Inlet air temperature per rack, °C. */
  rackInletC: Float64Array
  /** Electrical power per rack, W. */
  rackPowerW: Float64Array
  /** Rack index per server. */
  serverRack: Uint32Array
}

/**
 * Chooses a server for `job`: an index whose server is active and has the job's cores and memory free
 * (`fits`), or -1 when there is none. Pure and deterministic: equal scores break by lowest index.
 */
export type PlacementPolicy = (job: JobDemand, cluster: Cluster, ctx: PlacementContext) => number

// Key of server s for a job: lower is better. Compared lexicographically (primary, then secondary).
type Key = (s: number, job: JobDemand, cluster: Cluster, ctx: PlacementContext) => number

const zero: Key = () => 0

/**
 * A policy that picks, among the servers that fit, the one with the lowest (primary, secondary) key. The
 * strict `<` keeps the first server met on a tie, so ties always go to the lowest index.
 */
export function lowestKey(primary: Key, secondary: Key = zero): PlacementPolicy {
  return (job, cluster, ctx) => {
    let best = -1
    let bestP = 0
    let bestS = 0
    for (let s = 0; s < cluster.serverCount; s++) {
      if (!fits(cluster, s, job.cores, job.memoryGb)) continue
      const p = primary(s, job, cluster, ctx)
      const q = secondary(s, job, cluster, ctx)
      if (best < 0 || p < bestP || (p === bestP && q < bestS)) {
        best = s
        bestP = p
        bestS = q
      }
    }
    return best
  }
}

const freeCores = (s: number, cluster: Cluster) => cluster.cores[s] - cluster.usedCores[s]

/** The lowest-index server that fits. */
export const firstFit: PlacementPolicy = (job, cluster) => {
  for (let s = 0; s < cluster.serverCount; s++) if (fits(cluster, s, job.cores, job.memoryGb)) return s
  return -1
}

/** The server left with the fewest free cores after placement (packs tightly; memory only has to fit). */
export const bestFit: PlacementPolicy = lowestKey((s, job, cluster) => freeCores(s, cluster) - job.cores)

/** The server with the most free cores (balances load; the opposite of bestFit). */
export const spread: PlacementPolicy = lowestKey((s, _job, cluster) => -freeCores(s, cluster))

/**
 * Consolidation: a server already running jobs before an idle one, so idle servers stay idle (and can be
 * switched off by the autoscaler); within each group, the server whose rack draws the least power (W), so
 * racks near their power budget are spared. Key: (idle ? 1 : 0, rackPowerW[rack]).
 */
export const powerAware: PlacementPolicy = lowestKey(
  (s, _job, cluster) => (cluster.jobCount[s] > 0 ? 0 : 1),
  (s, _job, _cluster, ctx) => ctx.rackPowerW[ctx.serverRack[s]],
)

/** The server whose rack has the coolest inlet (°C): heat goes where the air has the most margin. */
export const thermalAware: PlacementPolicy = lowestKey(
  (s, _job, _cluster, ctx) => ctx.rackInletC[ctx.serverRack[s]],
)

/** Every policy by name, for scenario files and the UI. */
export const placementPolicies = { firstFit, bestFit, spread, powerAware, thermalAware } as const

export type PlacementPolicyName = keyof typeof placementPolicies
