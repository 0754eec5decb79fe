// Rack-unit arithmetic for placement: which U of each rack stay free from a date on, where N servers of a model
// go in a rack (contiguous runs, largest first), and the growth deployments that put them there.
import type { Scenario } from '../../scenario/types.ts'
import type { ScenarioChange } from '../advice/recommendation.ts'
import { allChanges, scenarioAt } from '../growth/index.ts'

/** A run of free rack units: lowest U and how many. */
export interface FreeRun {
  fromU: number
  lengthU: number
}

/** Servers of one model in one rack: the runs they take, lowest U first. */
export interface RackSlots {
  rack: string
  /** Each deployment's lowest U and server count. */
  runs: { uPosition: number; count: number }[]
}

/**
 * Per rack id, the U taken on `epochS` or by any later dated change: a deployment in the growth section holds
 * its units from its own date, so a placement today must not take them (the applied scenario would then refuse
 * the later deployment). Units freed later by a decommission are not counted free: they are not free today.
 */
export function occupiedFrom(scenario: Scenario, epochS: number): Map<string, Uint8Array> {
  const later = scenario.growth ? allChanges(scenario.growth).map((c) => c.epochS) : []
  const dates = [epochS, ...new Set(later.filter((s) => s > epochS))]
  const taken = new Map<string, Uint8Array>()
  for (const atS of dates) {
    const hall = scenarioAt(scenario, atS)
    for (const rack of hall.racks) {
      let used = taken.get(rack.id)
      if (!used) taken.set(rack.id, (used = new Uint8Array(rack.uHeight + 1)))
      for (const server of rack.servers) {
        const top = server.uPosition + hall.serverModels[server.modelIndex].uHeight
        for (let u = server.uPosition; u < top && u < used.length; u++) used[u] = 1
      }
    }
  }
  return taken
}

/** The free runs of a rack of `uHeight` U given its taken units (index 1…uHeight), bottom up. */
export function freeRuns(taken: Uint8Array, uHeight: number): FreeRun[] {
  const runs: FreeRun[] = []
  for (let u = 1; u <= uHeight; u++) {
    if (taken[u]) continue
    const last = runs[runs.length - 1]
    if (last && last.fromU + last.lengthU === u) last.lengthU++
    else runs.push({ fromU: u, lengthU: 1 })
  }
  return runs
}

/** How many servers `uHeight` U tall the runs hold: each needs its units contiguous. */
export const slotsIn = (runs: readonly FreeRun[], uHeight: number): number =>
  runs.reduce((n, run) => n + Math.floor(run.lengthU / uHeight), 0)

/**
 * Where `count` servers of `uHeight` U go in `runs`: the run holding most of them first (lowest first on a tie),
 * so a placement takes as few separate blocks, and deployments, as the rack allows; null when they do not fit.
 */
export function stack(
  rack: string,
  runs: readonly FreeRun[],
  uHeight: number,
  count: number,
): RackSlots | null {
  const bySize = [...runs].sort((a, b) => b.lengthU - a.lengthU || a.fromU - b.fromU)
  const taken: RackSlots['runs'] = []
  let left = count
  for (const run of bySize) {
    const take = Math.min(left, Math.floor(run.lengthU / uHeight))
    if (take > 0) taken.push({ uPosition: run.fromU, count: take })
    left -= take
    if (left === 0) return { rack, runs: taken.sort((a, b) => a.uPosition - b.uPosition) }
  }
  return null
}

/** The growth `deployments` entries that apply `slots`, dated `date`, one per run. */
export function deploymentsOf(slots: readonly RackSlots[], model: string, date: string): ScenarioChange[] {
  return slots.flatMap(({ rack, runs }) =>
    runs.map(({ uPosition, count }) => ({
      into: 'deployments' as const,
      spec: { kind: 'servers' as const, date, rack, model, uPosition, count },
    })),
  )
}
