// A small deterministic replica for the pool and the shards: a hall's sampled cooling-unit failures over the
// horizon and the first time more units are down at once than its redundancy covers (N+1: two at once).
// Cheap and algebraic, so worker and shard tests run in milliseconds; the forecast's replica is run/replica.ts.
import type { ReliabilitySpec } from '../../scenario/reliabilitySchema.ts'
import { failureTimeline } from './failures.ts'
import type { FailingAsset } from './failures.ts'

export interface CoolingLossInput {
  readonly scenarioSeed: number
  readonly horizonH: number
  readonly unitIds: readonly string[]
  /** Units that may be down at once without losing capacity (1 for N+1, 0 for N). */
  readonly spareUnits: number
  readonly reliability: ReliabilitySpec
}

export interface CoolingLoss {
  /** Cooling-unit failures starting within the horizon. */
  readonly failures: number
  /** Unit-hours down within the horizon. */
  readonly downH: number
  /** First hour with more than spareUnits units down; null: not within the horizon (right-censored). */
  readonly firstLossH: number | null
}

export function coolingLossReplica(input: CoolingLossInput, index: number): CoolingLoss {
  const assets: FailingAsset[] = input.unitIds.map((id) => ({ id, kind: 'coolingUnit' }))
  const windows = failureTimeline(assets, input.reliability, {
    scenarioSeed: input.scenarioSeed,
    replicaIndex: index,
    horizonH: input.horizonH,
  })
  // Sweep the fail (+1) and restore (−1) edges in time order; a restore at the same instant goes first.
  const edges = windows.flatMap((w) => [
    { tH: w.failH, step: 1 },
    { tH: w.restoreH, step: -1 },
  ])
  edges.sort((a, b) => a.tH - b.tH || a.step - b.step)
  let down = 0
  let firstLossH: number | null = null
  for (const edge of edges) {
    down += edge.step
    if (down > input.spareUnits && edge.tH < input.horizonH) {
      firstLossH = edge.tH
      break
    }
  }
  const downH = windows.reduce((sum, w) => sum + Math.min(w.restoreH, input.horizonH) - w.failH, 0)
  return { failures: windows.length, downH, firstLossH }
}
