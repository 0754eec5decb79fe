// placementsFor: where N servers of model M can go on a date without breaching a power budget, circuit, feed,
// PDU, UPS, cooling or inlet limit, all in service or under the worst single failure; found by settling the
// hall with them added, ranked by the headroom left. docs/forecast.md#placement-advice
import type { Scenario } from '../../scenario/types.ts'
import { epochSOf } from '../growth/index.ts'
import { baselineOf } from './baseline.ts'
import { candidatesOf, capacityOf, estimatedHeadroom, marginsOf, type Candidate } from './estimate.ts'
import { deploymentsOf, occupiedFrom, stack, type RackSlots } from './slots.ts'
import { searchSplits } from './splits.ts'
import type { Placement, PlacementRequest, PlacementResult, Rejection } from './types.ts'
import { verify, type Verified } from './verify.ts'

/**
 * A single rack whose estimate breaks a line by more than this share of its design limit is not simulated: the
 * estimate is today's margin less the servers' draw at the rack's utilisation and inlet, off only by what the
 * inlet rise they cause adds to server power and by the chain's losses on them (well under 1 %), so the budget
 * goes to racks that might hold.
 */
const ESTIMATE_SLACK_PCT = 1

/** Ranks placements of `request.count` servers of `request.model`; see PlacementRequest for the options. */
export function placementsFor(scenario: Scenario, request: PlacementRequest): PlacementResult {
  const base = baselineOf(scenario, request)
  const { count } = request
  const top = request.top ?? 5
  const budget = request.maxVerifications ?? top + 6
  const candidates = candidatesOf(base, occupiedFrom(scenario, epochSOf(base.date)))
  const margins = marginsOf(base)
  const rejected: Record<string, number> = {}
  const rejections: Rejection[] = []
  const placements: Placement[] = []
  let verified = 0
  let settles = 0
  const reject = (racks: string[], reason: string, detail: string) => {
    rejected[reason] = (rejected[reason] ?? 0) + 1
    if (rejections.length < 50) rejections.push({ racks, reason, detail })
  }
  /** Simulates one set and records it as a placement or a rejection. */
  const tryOne = (slots: RackSlots[]): Verified => {
    const result = verify(base, slots)
    verified++
    settles += result.settles
    const verdict = result.allIn.verdict ?? result.failureVerdict
    const racks = slots.map((s) => s.rack)
    if (verdict) reject(racks, verdict.reason, verdict.detail)
    else
      placements.push({
        slots,
        headroomPct: result.allIn.binding.marginPct,
        binding: result.allIn.binding,
        localHeadroomPct: result.allIn.local.marginPct,
        failureHeadroom: result.failureHeadroom,
        changes: deploymentsOf(slots, base.model, base.date),
      })
    return result
  }
  const uHeight = base.hall.serverModels.find((m) => m.id === base.model)!.uHeight
  // Single racks first, in order of the headroom today's ledger predicts for them.
  const whole = candidates.filter((c) => c.slots >= count)
  for (const c of candidates)
    if (c.slots < count) reject([c.rack], 'space', `${c.slots} free slots of ${uHeight} U`)
  const byEstimate = (k: number) => (a: Candidate, b: Candidate) =>
    estimatedHeadroom(b, k, margins).pct - estimatedHeadroom(a, k, margins).pct || a.index - b.index
  whole.sort(byEstimate(count))
  for (const c of whole) {
    const estimate = estimatedHeadroom(c, count, margins)
    if (estimate.pct < -ESTIMATE_SLACK_PCT)
      reject(
        [c.rack],
        `${estimate.key.split(':')[0]}:estimated`,
        `${estimate.key} estimated at ${estimate.pct.toFixed(1)} %`,
      )
    else if (placements.length >= top) continue
    else if (verified >= budget) reject([c.rack], 'notVerified', 'search budget spent (maxVerifications)')
    else tryOne([stack(c.rack, c.runs, uHeight, count)!])
  }
  // Split over several racks only when no single rack holds them all.
  if (placements.length === 0) {
    const open = candidates.filter((c) => c.slots > 0).sort(byEstimate(1))
    if (open.reduce((n, c) => n + c.slots, 0) >= count)
      searchSplits({
        open,
        count,
        margins,
        uHeight,
        wanted: () => top - placements.length,
        budgetLeft: () => budget - verified,
        accepted: () => placements.length,
        tryOne,
      })
  }
  placements.sort(
    (a, b) =>
      b.headroomPct - a.headroomPct ||
      b.localHeadroomPct - a.localHeadroomPct ||
      a.changes.length - b.changes.length,
  )
  const free = candidates.reduce((n, c) => n + c.slots, 0)
  const result: PlacementResult = {
    model: base.model,
    count,
    date: base.date,
    peakItW: base.peakItW,
    serverW: candidates.reduce((w, c) => w + c.serverW, 0) / Math.max(1, candidates.length),
    placements: placements.slice(0, top),
    rejected,
    rejections,
    verified,
    settles,
    alreadyBroken: [
      ...base.before[0].broken.keys(),
      ...[...base.before[0].hot.keys()].map((r) => `inlet:${r}`),
    ],
  }
  if (placements.length === 0)
    result.why = whyNot(count, uHeight, free, capacityOf(candidates, margins), result)
  return result
}

/** Why nothing was placed: no room, lines broken already, the estimate's bound, what simulation found. */
function whyNot(count: number, uHeight: number, free: number, fit: number, result: PlacementResult): string {
  if (free < count)
    return `the hall has ${free} free slots of ${uHeight} U for this model (contiguous, not reserved by later deployments), ${count} asked`
  const counted = (keep: (reason: string) => boolean) =>
    Object.entries(result.rejected)
      .filter(([reason]) => keep(reason))
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${n} × ${reason}`)
      .join(', ')
  const estimated = counted((r) => r.endsWith(':estimated'))
  const simulated = counted((r) => r !== 'space' && r !== 'notVerified' && !r.endsWith(':estimated'))
  return [
    result.alreadyBroken.length > 0 &&
      `already broken before any server is added: ${result.alreadyBroken.join(', ')}`,
    fit < count && `today's margins of the racks' lines hold at most ${fit} (estimate)`,
    estimated && `turned down by estimate: ${estimated}`,
    `every set simulated breaks a line: ${simulated || 'none was simulated'}`,
  ]
    .filter(Boolean)
    .join('; ')
}
