// electricalStep: rack demand through the power chain (or the single-UPS shorthand): delivered power, losses, events.
import type { Scenario } from '../scenario/types.ts'
import type { World } from './world.ts'
import { threeTermLossW } from './powerChain/capacity.ts'
import { createPowerChain, createPowerFlow, powerChainStep } from './powerChain/chain.ts'
import type { PowerChain, PowerFlow } from './powerChain/chain.ts'
import { checkPowerChain, diffConditions } from './powerChain/conditions.ts'
import type { PowerCondition } from './powerChain/conditions.ts'
import { createPowerState } from './powerChain/state.ts'
import type { PowerState } from './powerChain/state.ts'

/** A condition raised or cleared at a simulated time: overloads and lost redundancy are events, not numbers. */
export interface PowerEvent extends PowerCondition {
  atS: number
  transition: 'raised' | 'cleared'
}

/** Beyond this many logged transitions only the count grows, so a flapping threshold cannot eat memory. */
const MAX_LOGGED_EVENTS = 10_000

export interface Electrical {
  readonly chain: PowerChain | undefined
  readonly state: PowerState | undefined
  readonly flow: PowerFlow | undefined
  conditions: PowerCondition[]
  readonly log: PowerEvent[]
  eventCount: number
}

export function createElectrical(scenario: Scenario): Electrical {
  if (!scenario.powerChain)
    return { chain: undefined, state: undefined, flow: undefined, conditions: [], log: [], eventCount: 0 }
  const chain = createPowerChain(
    scenario.powerChain,
    scenario.racks.map((r) => r.id),
  )
  return {
    chain,
    state: createPowerState(chain),
    flow: createPowerFlow(chain),
    conditions: [],
    log: [],
    eventCount: 0,
  }
}

/**
 * Routes world.rackPowerW (demand, from powerStep) down the chain and replaces it with what each rack
 * receives: a rack with no live cord draws, and so heats, nothing. Sets IT power (delivered, at the IT
 * equipment input), UPS and PDU losses, and logs conditions that start or end at `nowS`.
 */
export function electricalStep(world: World, nowS: number): void {
  const t = world.totals
  const e = world.electrical
  if (e.chain && e.state && e.flow) {
    const flow = powerChainStep(e.chain, world.rackPowerW, e.state, e.flow)
    world.rackPowerW.set(flow.rackDeliveredW)
    t.itW = flow.totals.itW
    t.upsLossW = flow.totals.upsLossW
    t.pduLossW = flow.totals.pduLossW
    const conditions = checkPowerChain(e.chain, e.state, flow)
    for (const { transition, condition } of diffConditions(e.conditions, conditions))
      logNet(e, nowS, transition, condition)
    e.conditions = conditions
  } else if (world.scenario.electrical) {
    // The single-UPS shorthand: one UPS with WP108's delta-conversion terms by default, no PDUs.
    const ups = world.scenario.electrical
    t.upsLossW = threeTermLossW(
      t.itW,
      ups.upsCapacityKw * 1000,
      ups.upsNoLoadLossFraction,
      ups.upsProportionalLossFraction,
      ups.upsSquareLossFraction,
    )
    t.pduLossW = 0
  }
  if (t.itW > t.peakItW) t.peakItW = t.itW
}

/**
 * Several settles can share one instant (a workload update and a physics tick); a condition that clears and
 * comes back within the same instant is no event, so the opposite entry at `atS` is taken back instead.
 */
function logNet(
  e: Electrical,
  atS: number,
  transition: PowerEvent['transition'],
  condition: PowerCondition,
): void {
  for (let k = e.log.length - 1; k >= 0 && e.log[k].atS === atS; k--) {
    const prior = e.log[k]
    if (
      prior.kind === condition.kind &&
      prior.assetId === condition.assetId &&
      prior.transition !== transition
    ) {
      e.log.splice(k, 1)
      e.eventCount--
      return
    }
  }
  if (e.log.length < MAX_LOGGED_EVENTS) e.log.push({ atS, transition, ...condition })
  e.eventCount++
}
