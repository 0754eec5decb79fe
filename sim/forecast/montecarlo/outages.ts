// Sampled outage windows → the stretches of time during which one set of assets is down together: what a
// forecast ledgers once each. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import type { FailingAsset, FailureWindow } from './failures.ts'

/** A stretch [fromH, toH) during which exactly `down` is out of service (hours from the start). */
export interface Outage {
  readonly fromH: number
  readonly toH: number
  /** In the order of the windows' failures (failureTimeline's order). */
  readonly down: readonly FailingAsset[]
}

/**
 * Sweeps the windows' fail and restore edges (and `cutsH`, e.g. the dates the inventory changes, which split a
 * stretch so each lies in one inventory) up to `horizonH`: one Outage per stretch between consecutive edges with
 * something down. Consecutive stretches hold different sets unless a cut lies between them.
 */
export function outagesOf(
  windows: readonly FailureWindow[],
  horizonH: number,
  cutsH: readonly number[] = [],
): Outage[] {
  const edges = new Set<number>()
  for (const w of windows) {
    if (w.failH >= horizonH) continue
    edges.add(w.failH)
    edges.add(Math.min(w.restoreH, horizonH))
  }
  for (const c of cutsH) if (c > 0 && c < horizonH) edges.add(c)
  const times = [...edges].sort((a, b) => a - b)
  const outages: Outage[] = []
  for (let i = 0; i + 1 < times.length; i++) {
    const fromH = times[i]
    const toH = times[i + 1]
    const down = windows
      .filter((w) => w.failH <= fromH && w.restoreH > fromH)
      .map((w) => ({ id: w.assetId, kind: w.kind }))
    if (down.length > 0) outages.push({ fromH, toH, down })
  }
  return outages
}
