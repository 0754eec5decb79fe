// Rack actions: a rack's power budget raised where its branch circuit carries the new budget, or its load moved
// (moveLoad.ts) when the circuit does not, and for an A/B feed or branch circuit over its limit.
// docs/forecast.md#provisioning-advice
import type { World } from '../../model/world.ts'
import { kw, type ActionContext, type Outcome } from './context.ts'
import { moveLoad, rackOfLine } from './moveLoad.ts'
import { worldAt, worstEntry } from './probe.ts'

/** What one cord may carry continuously (80 % of its breaker): the least of the rack's cords, W; null without a chain. */
function circuitLimitW(world: World, rack: number): number | null {
  const chain = world.electrical.chain
  if (!chain) return null
  const a = chain.pduBreakerLimitW[chain.rackPduA[rack]]
  const b = chain.rackPduB[rack]
  return b < 0 ? a : Math.min(a, chain.pduBreakerLimitW[b])
}

/** raiseRackBudget when the worst p90 month fits the rack's circuit, else moveLoad. */
export function adviseRackPower(ctx: ActionContext): Outcome {
  const worst = worstEntry(ctx.plan, ctx.line.id, ctx.month)
  if (!worst) return { unresolved: `rack "${ctx.line.asset}" is not in the hall after ${ctx.date}` }
  const world = worldAt(ctx.plan, worst.month)
  const i = world.scenario.racks.findIndex((r) => r.id === ctx.line.asset)
  const limitW = circuitLimitW(world, i)
  const budgetKw = Math.ceil(worst.entry.used / 100) / 10 + ctx.attempt
  if (limitW !== null && budgetKw * 1000 <= limitW && budgetKw <= 500)
    return {
      action: 'raiseRackBudget',
      target: ctx.line.asset,
      changes: [
        {
          into: 'deployments',
          spec: { kind: 'rackBudget', date: ctx.date, racks: [ctx.line.asset], powerBudgetKw: budgetKw },
        },
      ],
      detail:
        `it draws ${kw(worst.entry.used)} against its ${kw(worst.entry.designLimit)} budget at month ` +
        `${worst.month.toFixed(0)} (p90 path); its circuit carries ${kw(limitW)} continuously, so the budget ` +
        `can be ${budgetKw} kW`,
    }
  const why =
    limitW === null
      ? 'no branch circuit is known (single UPS)'
      : `its circuit carries only ${kw(limitW)} continuously, short of ${budgetKw} kW`
  return moveLoad(ctx, worst.entry.used - worst.entry.designLimit, worst.month, why)
}

/** moveLoad for a line of one rack's feed: an A/B feed or a branch circuit over its limit. */
export function adviseFeed(ctx: ActionContext): Outcome {
  const worst = worstEntry(ctx.plan, ctx.line.id, ctx.month)
  if (!worst) return { unresolved: `"${ctx.line.asset}" is not in the hall after ${ctx.date}` }
  const circuit = ctx.line.kind === 'branchCircuit'
  const what = circuit ? 'the circuit carries' : 'the rack draws'
  const why = `${what} ${kw(worst.entry.used)} against ${kw(worst.entry.designLimit)} (month ${worst.month.toFixed(0)}, p90 path)`
  const world = worldAt(ctx.plan, worst.month)
  const rack = world.scenario.racks.findIndex((r) => r.id === rackOfLine(ctx.line.asset))
  // A branch circuit of a dual-corded rack carries half of what a moved server drew.
  const share = circuit && (world.electrical.chain?.rackPduB[rack] ?? -1) >= 0 ? 0.5 : 1
  return moveLoad(ctx, (worst.entry.used - worst.entry.designLimit) / share, worst.month, why)
}
