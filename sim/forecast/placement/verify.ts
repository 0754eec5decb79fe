// Verifying one candidate by simulation: the hall with the servers added, settled at today's peak with
// everything in service and under each single failure the design claims to survive.
import type { Command } from '../../commands.ts'
import type { Scenario } from '../../scenario/types.ts'
import { applyChanges, type InventoryChange } from '../growth/inventory.ts'
import { createOperatingPoint, type OperatingPoint } from '../ledger/index.ts'
import { judge, scan, type InletLimits, type Judgement, type Scan } from './judge.ts'
import { touchedLines } from './lines.ts'
import { deploymentsOf, type RackSlots } from './slots.ts'
import type { BindingLine } from './types.ts'

/** What every candidate of one request shares. */
export interface Baseline {
  /** The hall as of the request's date. */
  hall: Scenario
  /** IT power at today's peak, W. */
  peakItW: number
  /** Each server's utilisation at today's peak, and when the peak is (Unix s: the plant's outdoor air). */
  utilization: Float64Array
  peakEpochS: number
  loadScale: number
  limits: InletLimits
  failures: Command[]
  /** The hall without the servers: all in service first, then each failure in `failures` order. */
  before: Scan[]
  /** The point `before` was read from, kept for its world's power chain (rackLines). */
  point: OperatingPoint
  model: string
  date: string
}

export interface Verified {
  allIn: Judgement
  /** The first failure that breaks something, or null; all-in breaks are in allIn.verdict. */
  failureVerdict: Judgement['verdict']
  failureHeadroom: BindingLine | null
  settles: number
}

/** Reads the hall without the servers, all in service and under each failure. */
export function scanAll(point: OperatingPoint, base: Omit<Baseline, 'before' | 'point'>): Scan[] {
  return [null, ...base.failures].map((f) =>
    scan(point.settle(base.loadScale, f ?? undefined), f, base.limits),
  )
}

/**
 * Each server's utilisation in `hall` (the base hall with servers appended to some racks, in the same rack
 * order): the base's where the server was there, else the mean of its rack's servers at the peak (the hall's
 * mean for an empty rack). The constant and diurnal workloads draw one utilisation per rack shared by its
 * servers, and a trace drives a rack's servers with the rack's own series, so a server added to a rack runs as
 * its neighbours do; for per-server profiles and jobs the rack's mean is the expected value.
 */
export function utilizationOf(base: Scenario, utilization: Float64Array, hall: Scenario): Float64Array {
  const out: number[] = []
  const hallMean = utilization.reduce((a, b) => a + b, 0) / Math.max(1, utilization.length)
  let s = 0
  hall.racks.forEach((rack, i) => {
    const had = base.racks[i].servers.length
    const own = utilization.subarray(s, s + had)
    const mean = had > 0 ? own.reduce((a, b) => a + b, 0) / had : hallMean
    out.push(...own)
    for (let k = had; k < rack.servers.length; k++) out.push(mean)
    s += had
  })
  return Float64Array.from(out)
}

/** The base hall with `slots` deployed (the same code scenarioAt applies a growth deployment with). */
export function hallWith(base: Baseline, slots: readonly RackSlots[]): Scenario {
  const changes: InventoryChange[] = deploymentsOf(slots, base.model, base.date).map((c, index) => ({
    epochS: base.peakEpochS,
    list: 'deployments',
    index,
    change: c.spec as Extract<InventoryChange, { list: 'deployments' }>['change'],
  }))
  const problems: string[] = []
  const racks = applyChanges(base.hall.racks, base.hall, changes, (_, message) => problems.push(message))
  if (problems.length > 0) throw new Error(`placement does not apply: ${problems.join('; ')}`)
  return { ...base.hall, racks }
}

/** Settles the candidate all in and, when that holds, under every failure; stops at the first that breaks. */
export function verify(base: Baseline, slots: readonly RackSlots[]): Verified {
  const hall = hallWith(base, slots)
  const point = createOperatingPoint(hall, utilizationOf(base.hall, base.utilization, hall), base.peakEpochS)
  const ids = new Set(slots.map((s) => s.rack))
  const indices = hall.racks.flatMap((r, i) => (ids.has(r.id) ? [i] : []))
  const settle = (failure: Command | null) =>
    scan(point.settle(base.loadScale, failure ?? undefined), failure, base.limits)
  const allInScan = settle(null)
  const touched = touchedLines(point.world, indices, allInScan.entries)
  const allIn = judge(allInScan, base.before[0], touched, ids)
  let failureHeadroom: BindingLine | null = null
  let failureVerdict: Judgement['verdict'] = null
  if (!allIn.verdict)
    for (let f = 0; f < base.failures.length && !failureVerdict; f++) {
      const judged = judge(settle(base.failures[f]), base.before[f + 1], touched, ids)
      failureVerdict = judged.verdict
      if (!failureHeadroom || judged.binding.marginPct < failureHeadroom.marginPct)
        failureHeadroom = judged.binding
    }
  return { allIn, failureVerdict, failureHeadroom, settles: point.settles }
}
