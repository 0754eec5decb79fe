// The advice engine: for every ledger line the forecast crosses at p10, the action a planner would order, dated by
// that crossing, verified by re-running the forecast with it applied; sized up and re-tried when one step is not
// enough. Accepted actions stay applied for the lines after them, as a planner's orders would.
// docs/forecast.md#provisioning-advice
import type { ResourceKind } from '../ledger/index.ts'
import { ScenarioError } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import { epochSOf, MONTH_S } from '../growth/calendar.ts'
import type { ForecastPlan } from '../run/plan.ts'
import type { ForecastResource, ForecastSummary } from '../run/summarise.ts'
import { applyChanges } from './applyChanges.ts'
import { dayOf, type ActionContext, type Outcome } from './context.ts'
import { adviseCooling } from './coolingAdvice.ts'
import { advisePdu, adviseUps } from './powerAdvice.ts'
import { adviseFeed, adviseRackPower } from './rackAdvice.ts'
import type { Recommendation, RecommendationAction } from './recommendation.ts'
import { lateShare, p50Of, rerun, type Rerun } from './rerun.ts'
import { adviseSetpoint } from './setpointAdvice.ts'

/** A change holds when fewer than this share of futures still cross after it is in service: the p10 it was made at. */
export const HOLDS_BELOW = 0.1

/** Per kind: who proposes, and the action named when no proposal can be made. */
const PROPOSERS: Partial<Record<ResourceKind, [(ctx: ActionContext) => Outcome, RecommendationAction]>> = {
  cooling: [adviseCooling, 'addCoolingUnit'],
  inletRecommended: [adviseCooling, 'addCoolingUnit'],
  inletAllowable: [adviseCooling, 'addCoolingUnit'],
  ups: [adviseUps, 'addUpsModules'],
  pdu: [advisePdu, 'addPdu'],
  rackPower: [adviseRackPower, 'moveLoad'],
  abFeed: [adviseFeed, 'moveLoad'],
  branchCircuit: [adviseFeed, 'moveLoad'],
}

export interface AdviceOptions {
  /** Replicas each verification re-runs (replicas 0 … n − 1 of the seed); default min(summary's, 20). */
  verifyReplicas?: number
  /** Proposals per line, each larger than the last, before it is reported not resolved (default 3). */
  maxAttempts?: number
  /** Lines advised, earliest p10 crossing first (default 12); the rest are left to a run after these are done. */
  maxLines?: number
  trace?: TraceInput
  /** Called before each re-run, e.g. for progress. */
  onRerun?: (lineId: string, attempt: number) => void
}

/** Lines crossed within the horizon at p10 that some action addresses, earliest first. */
export function linesToAdvise(summary: ForecastSummary): ForecastResource[] {
  return summary.resources
    .filter((r) => r.firstCrossing.p10 !== null && PROPOSERS[r.kind])
    .sort((a, b) => a.firstCrossing.p10! - b.firstCrossing.p10! || (a.id < b.id ? -1 : 1))
}

/**
 * Recommendations for a forecast of `scenario` (its months, seed and replica count read from `summary`), in the
 * order their lines are crossed by growth. Pure and deterministic: the same inputs give the same list, whichever
 * path (threads, shards merged) ran the forecast.
 */
export function adviseForecast(
  scenario: Scenario,
  summary: ForecastSummary,
  options: AdviceOptions = {},
): Recommendation[] {
  const { months, seed } = summary
  const replicas = Math.min(summary.replicas, options.verifyReplicas ?? 20)
  const maxAttempts = options.maxAttempts ?? 3
  // Growth alone: sampled failures cross lines in some futures whatever is provisioned (repair times and
  // redundancy decide those), so advice is made and judged on the growth-only forecast of the same replicas.
  const run = (s: Scenario) => rerun(s, { months, seed, replicas, trace: options.trace, failures: false })
  let current = scenario
  let lastRun = run(scenario)
  let plan: ForecastPlan = lastRun.plan
  let from = lastRun.summary
  const out: Recommendation[] = []
  for (const target of linesToAdvise(from).slice(0, options.maxLines ?? 12)) {
    const line = from.resources.find((r) => r.id === target.id)
    // Resolved by an action accepted for an earlier line.
    if (!line || line.firstCrossing.p10 === null) continue
    const date = dayOf(scenario.startEpochS + line.firstCrossing.p10 * MONTH_S)
    const month = Math.max(0, (epochSOf(date) - scenario.startEpochS) / MONTH_S)
    const head = `${line.id} (${line.limit.toFixed(line.unit === '°C' ? 1 : 0)} ${line.unit}${
      line.redundancy === 'none' ? '' : ` at ${line.redundancy}`
    }) is first crossed by growth at month ${line.firstCrossing.p10.toFixed(1)} at p10 (p50 ${
      line.firstCrossing.p50?.toFixed(1) ?? `> ${months}`
    }), so in service by ${date}`
    const [propose, action] = PROPOSERS[line.kind]!
    const rec: Recommendation = {
      action,
      target: line.asset,
      by: date,
      byMonth: month,
      resolves: line.id,
      reason: '',
      changes: [],
      verified: false,
      crossingBeforeMonth: line.firstCrossing.p50,
      crossingAfterMonth: line.firstCrossing.p50,
    }
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const outcome = proposeSafely(propose, { scenario: current, plan, line, date, month, attempt })
      if ('unresolved' in outcome) {
        rec.reason = `${head}: not resolved: ${outcome.unresolved}`
        break
      }
      Object.assign(rec, { action: outcome.action, target: outcome.target, changes: outcome.changes })
      options.onRerun?.(line.id, attempt)
      let after: Rerun
      try {
        after = run(applyChanges(current, outcome.changes))
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error
        rec.reason = `${head}: ${outcome.detail}; not resolved: the changes do not apply (${error.message})`
        break
      }
      const late = lateShare(after, line.id, month)
      rec.crossingAfterMonth = p50Of(after.summary, line.id)
      rec.verified = late < HOLDS_BELOW
      const early = (after.summary.resources.find((r) => r.id === line.id)?.crossedShare ?? 0) - late
      const judged =
        `re-run of ${replicas} replica(s): ${pct(late)} still cross after ${date}` +
        (early > 0 ? `, ${pct(early)} cross before it` : '')
      const tries = attempt + 1
      rec.reason = rec.verified
        ? `${head}: ${outcome.detail}; ${judged}`
        : `${head}: ${outcome.detail}; ${judged}; ` +
          (tries < maxAttempts ? 'sizing up' : `not resolved after ${tries} proposals, each larger`)
      if (rec.verified) {
        current = after.scenario
        plan = after.plan
        from = after.summary
        lastRun = after
        break
      }
    }
    out.push(rec)
  }
  const setpoint = adviseSetpoint(current, from, lastRun, run, HOLDS_BELOW)
  if (setpoint) out.push(setpoint)
  // By date (stable: lines crossed on one day keep the order they were advised in).
  return out.sort((a, b) => a.byMonth - b.byMonth)
}

/** A proposal whose trial scenarios the parser refuses is not resolved, with the parser's words. */
function proposeSafely(propose: (ctx: ActionContext) => Outcome, ctx: ActionContext): Outcome {
  try {
    return propose(ctx)
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error
    return { unresolved: `a trial change does not apply (${error.message.split('\n')[0]})` }
  }
}

const pct = (share: number) => `${Math.round(100 * share)} %`
