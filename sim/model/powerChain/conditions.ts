// checkPowerChain: overload, lost redundancy, breakers over their continuous limit, A/B racks over-subscribed
// and outages, as data; conditionLog.ts turns successive lists into raised/cleared events.
import { isPaired, postFailureCapacityW, spareModules } from './capacity.ts'
import type { PowerChain, PowerFlow } from './chain.ts'
import { upsLive, type PowerState } from './state.ts'
import { activeKeys, isActive, overLimit } from '../conditionLog.ts'

export type PowerConditionKind = 'overload' | 'redundancyLost' | 'breakerOver80' | 'overSubscribed' | 'outage'

/**
 * One abnormal condition. assetId is a UPS, PDU or rack id, or "<pduId>/<rackId>" for a branch breaker.
 * loadW is compared with limitW: the live rating (overload), the breaker's continuous limit (breakerOver80),
 * the capacity left after the next single failure (redundancyLost; 0 where no second path remains), the
 * smaller continuous limit of the rack's two feeds (overSubscribed), or 0 (outage, with loadW the rack demand
 * left unserved).
 */
export interface PowerCondition {
  kind: PowerConditionKind
  assetId: string
  loadW: number
  limitW: number
}

/**
 * Lists the conditions in the flow of one powerChainStep, in a fixed order (UPS systems, PDUs, racks, each
 * by dense index). A 2N side checks the load of the whole pair against what it can carry alone: the
 * conservative reading, since the partner's single-corded racks would drop rather than move.
 * A load-against-limit condition in `active` (the ones raised before) holds until its load is below the
 * limit by CONDITION_DEADBAND; the states without a limit (outage, a rack or UPS with no second path left)
 * raise and clear with the state itself.
 */
export function checkPowerChain(
  chain: PowerChain,
  state: PowerState,
  flow: PowerFlow,
  active: readonly PowerCondition[] = [],
): PowerCondition[] {
  const found: PowerCondition[] = []
  const raise = (kind: PowerConditionKind, assetId: string, loadW: number, limitW: number) =>
    found.push({ kind, assetId, loadW, limitW })
  const held = activeKeys(active)
  const over = (kind: PowerConditionKind, assetId: string, loadW: number, limitW: number) =>
    overLimit(loadW, limitW, isActive(held, kind, assetId))

  for (let u = 0; u < chain.upsIds.length; u++) {
    if (!upsLive(state, u)) continue
    const id = chain.upsIds[u]
    const code = chain.upsRedundancy[u]
    const moduleW = chain.upsRatedW[u] / chain.upsModuleCount[u]
    const liveW = state.upsModulesAlive[u] * moduleW
    const loadW = flow.upsOutputW[u]
    const spareW = postFailureCapacityW(code, state.upsModulesAlive[u], moduleW)
    if (over('overload', id, loadW, liveW)) raise('overload', id, loadW, liveW)
    if (isPaired(code)) {
      const partner = chain.upsPartner[u]
      if (!upsLive(state, partner)) raise('redundancyLost', id, loadW, spareModules(code) > 0 ? spareW : 0)
      else if (over('redundancyLost', id, loadW + flow.upsOutputW[partner], spareW))
        raise('redundancyLost', id, loadW + flow.upsOutputW[partner], spareW)
    } else if (spareModules(code) > 0 && over('redundancyLost', id, loadW, spareW))
      raise('redundancyLost', id, loadW, spareW)
  }

  for (let p = 0; p < chain.pduIds.length; p++) {
    if (flow.pduEnergised[p] && over('overload', chain.pduIds[p], flow.pduOutputW[p], chain.pduRatedW[p]))
      raise('overload', chain.pduIds[p], flow.pduOutputW[p], chain.pduRatedW[p])
  }

  for (let i = 0; i < chain.rackIds.length; i++) {
    const rackId = chain.rackIds[i]
    const a = chain.rackPduA[i]
    const b = chain.rackPduB[i]
    // A breaker's id is built only to look it up among active conditions or to raise one (a hot loop).
    const breakerHeld = (pdu: number) =>
      held.size > 0 && isActive(held, 'breakerOver80', `${chain.pduIds[pdu]}/${rackId}`)
    if (overLimit(flow.rackFeedAW[i], chain.pduBreakerLimitW[a], breakerHeld(a)))
      raise('breakerOver80', `${chain.pduIds[a]}/${rackId}`, flow.rackFeedAW[i], chain.pduBreakerLimitW[a])
    if (b >= 0 && overLimit(flow.rackFeedBW[i], chain.pduBreakerLimitW[b], breakerHeld(b)))
      raise('breakerOver80', `${chain.pduIds[b]}/${rackId}`, flow.rackFeedBW[i], chain.pduBreakerLimitW[b])
    const cords = flow.pduEnergised[a] + (b >= 0 ? flow.pduEnergised[b] : 0)
    // Both feeds up, yet more than either may carry alone: the loss of one would put the whole draw on the
    // other's breaker past its continuous limit (docs/physics.md#cooling-redundancy-and-ab-feed-subscription).
    const oneFeedW = b >= 0 ? Math.min(chain.pduBreakerLimitW[a], chain.pduBreakerLimitW[b]) : 0
    if (cords === 2 && over('overSubscribed', rackId, flow.rackDeliveredW[i], oneFeedW))
      raise('overSubscribed', rackId, flow.rackDeliveredW[i], oneFeedW)
    if (cords === 0) raise('outage', rackId, flow.rackUnservedW[i], 0)
    else if (b >= 0 && cords === 1) raise('redundancyLost', rackId, flow.rackDeliveredW[i], 0)
  }
  return found
}
