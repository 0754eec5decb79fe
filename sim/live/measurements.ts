// Live measurements into a running twin: utilisation drives the racks' servers, the rest shadows the twin.
import type { Env } from '../core/env.ts'
import type { World } from '../model/world.ts'
import type { Measurement } from '../traces/series.ts'
import type { Shadow } from '../shadow/shadowRun.ts'
import { rackIndexOf } from '../shadow/targets.ts'

/** One call of `ingest`, as it happened: with the scenario and seed, the log replays a live run exactly. */
export interface LiveBatch {
  /** Run time at which the batch arrived, s. */
  atS: number
  measurements: readonly Measurement[]
}

/** What became of the measurements of one `ingest` call. */
export interface IngestResult {
  /** Scheduled at their own time (utilisation) or added to a shadow sensor. */
  accepted: number
  /** Older than the twin's clock: applied (or compared) now instead of at their time. */
  late: number
  /** No rack or cooling unit of the hall has that asset id and metric, or not newer than its sensor's last. */
  ignored: number
}

/** Running totals since the feed was created. */
export interface LiveCounts extends IngestResult {
  /** Unix time of the newest measurement accepted, s; NaN before any. */
  newestS: number
}

/**
 * A rack's `cpu_utilization` sets every server of the rack from the measurement's own time on (times
 * `world.loadScale`, so a what-if "load +20 %" applies to live load too); servers no measurement has reached
 * keep the scenario's workload. Other metrics are compared with the twin at their own time (the shadow).
 * `settle` re-solves the physics.
 */
export function createLiveFeed(
  world: World,
  env: Env,
  startEpochS: number,
  shadow: Shadow,
  settle: () => void,
) {
  // NaN: this server follows the scenario's workload.
  const measuredUtilization = new Float64Array(world.serverCount).fill(NaN)
  const rackServers: number[][] = Array.from({ length: world.rackCount }, () => [])
  for (let s = 0; s < world.serverCount; s++) rackServers[world.serverRack[s]].push(s)
  const log: LiveBatch[] = []
  const counts: LiveCounts = { accepted: 0, late: 0, ignored: 0, newestS: NaN }

  let anyMeasured = false
  // What is due at each run time, applied by one event: the utilisation of every rack reporting at that
  // instant first, then one settle, then the shadow's comparisons against the state so reached. One settle
  // per instant, not per rack: a hall of racks reporting each second costs one physics solve a second.
  const due = new Map<number, { racks: [number, number][]; readings: Measurement[] }>()

  const dueAt = (atS: number) => {
    let entry = due.get(atS)
    if (!entry) {
      const fresh = { racks: [] as [number, number][], readings: [] as Measurement[] }
      due.set(atS, (entry = fresh))
      env.at(atS, () => {
        due.delete(atS)
        for (const [rack, utilization] of fresh.racks)
          for (const s of rackServers[rack]) measuredUtilization[s] = utilization
        if (fresh.racks.length > 0) {
          anyMeasured = true
          settle()
        }
        for (const m of fresh.readings) shadow.compareLive(m.asset, m.metric, m.value, env.now)
      })
    }
    return entry
  }

  return {
    log: log as readonly LiveBatch[],
    counts: () => ({ ...counts }),
    /** Takes measurements (any order, Unix s, canonical units) arriving at the twin's present. */
    ingest(measurements: readonly Measurement[]): IngestResult {
      log.push({ atS: env.now, measurements: [...measurements] })
      const result: IngestResult = { accepted: 0, late: 0, ignored: 0 }
      for (const m of measurements) {
        const runS = m.timeS - startEpochS
        const atS = Math.max(runS, env.now)
        let ok = false
        if (m.metric === 'cpu_utilization') {
          const rack = rackIndexOf(world, m.asset)
          ok = rack !== undefined
          if (ok) dueAt(atS).racks.push([rack!, m.value])
        } else if (shadow.acceptLive(m.asset, m.metric, m.timeS)) {
          ok = true
          dueAt(atS).readings.push(m)
        }
        if (ok && runS < env.now) result.late++
        if (!ok) {
          result.ignored++
          continue
        }
        result.accepted++
        if (!(m.timeS <= counts.newestS)) counts.newestS = m.timeS
      }
      counts.accepted += result.accepted
      counts.late += result.late
      counts.ignored += result.ignored
      return result
    },
    /** Writes the measured utilisation over the workload's; call in settle before the power step. */
    override(): void {
      if (!anyMeasured) return
      const u = world.serverUtilization
      for (let s = 0; s < u.length; s++) {
        const measured = measuredUtilization[s]
        if (measured === measured) u[s] = Math.min(1, measured * world.loadScale) // NaN ≠ NaN: not measured
      }
    },
  }
}

export type LiveFeed = ReturnType<typeof createLiveFeed>
