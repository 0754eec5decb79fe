// electricalStep: rack demand through the power chain (or the single-UPS shorthand): delivered power, losses, events.
// Model, sources and limits: docs/physics.md#electrical-chain-ups-pdu-and-feeds.
import type { Scenario } from '../scenario/types.ts'
import type { World } from './world.ts'
import { threeTermLossW } from './powerChain/capacity.ts'
import { createPowerChain, createPowerFlow, powerChainStep } from './powerChain/chain.ts'
import type { PowerChain, PowerFlow } from './powerChain/chain.ts'
import { checkPowerChain } from './powerChain/conditions.ts'
import type { PowerCondition } from './powerChain/conditions.ts'
import { createConditionLog, recordConditions } from './conditionLog.ts'
import type { ConditionEvent, ConditionLog } from './conditionLog.ts'
import { createPowerState } from './powerChain/state.ts'
import type { PowerState } from './powerChain/state.ts'

/** A condition raised or cleared at a simulated time: overloads and lost redundancy are events, not numbers. */
export type PowerEvent = ConditionEvent<PowerCondition>

export interface Electrical extends ConditionLog<PowerCondition> {
  readonly chain: PowerChain | undefined
  readonly state: PowerState | undefined
  readonly flow: PowerFlow | undefined
}

export function createElectrical(scenario: Scenario): Electrical {
  if (!scenario.powerChain)
    return { chain: undefined, state: undefined, flow: undefined, ...createConditionLog<PowerCondition>() }
  const chain = createPowerChain(
    scenario.powerChain,
    scenario.racks.map((r) => r.id),
  )
  return {
    chain,
    state: createPowerState(chain),
    flow: createPowerFlow(chain),
    ...createConditionLog<PowerCondition>(),
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
    recordConditions(e, nowS, checkPowerChain(e.chain, e.state, flow, e.conditions))
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
