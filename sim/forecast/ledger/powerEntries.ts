// Ledger lines of the power path: rack budgets, branch circuits (80 % rule), A/B feeds, PDUs and UPS systems.
import type { World } from '../../model/world.ts'
import type { PowerChain, PowerFlow } from '../../model/powerChain/chain.ts'
import { isPaired, postFailureCapacityW, REDUNDANCY_CODES } from '../../model/powerChain/capacity.ts'
import { upsLive, type PowerState } from '../../model/powerChain/state.ts'
import { ledgerEntry, type LedgerEntry } from './entry.ts'

/** Each rack's draw against its provisioned power budget (scenario powerBudgetKw). */
export function rackPowerEntries(world: Pick<World, 'scenario' | 'rackPowerW'>): LedgerEntry[] {
  return world.scenario.racks.map((rack, i) =>
    ledgerEntry({
      kind: 'rackPower',
      assetId: rack.id,
      redundancy: 'none',
      unit: 'W',
      used: world.rackPowerW[i],
      limit: rack.powerBudgetKw * 1000,
    }),
  )
}

/**
 * Per rack: each cord's branch circuit against its breaker's continuous limit (0.8 × rating under NEC
 * 210.19(A)/210.20(A)); and for a dual-corded rack the whole draw against what one feed may carry, since
 * either feed must take it all when the other fails (over only when the live circuits together cannot).
 */
export function feedEntries(chain: PowerChain, flow: PowerFlow): LedgerEntry[] {
  const entries: LedgerEntry[] = []
  const limitW = chain.pduBreakerLimitW
  chain.rackIds.forEach((rackId, i) => {
    const a = chain.rackPduA[i]
    const b = chain.rackPduB[i]
    const circuit = (pdu: number, usedW: number) =>
      ledgerEntry({
        kind: 'branchCircuit',
        assetId: `${chain.pduIds[pdu]}/${rackId}`,
        redundancy: 'none',
        unit: 'W',
        used: usedW,
        limit: limitW[pdu],
      })
    entries.push(circuit(a, flow.rackFeedAW[i]))
    if (b < 0) return
    entries.push(circuit(b, flow.rackFeedBW[i]))
    // With a feed lost, only the live cord's circuit carries the rack.
    const liveW = (p: number) => (flow.pduEnergised[p] ? limitW[p] : 0)
    entries.push(
      ledgerEntry({
        kind: 'abFeed',
        assetId: rackId,
        redundancy: 'A/B',
        unit: 'W',
        used: flow.rackDeliveredW[i],
        limit: liveW(a) + liveW(b),
        designLimit: Math.min(liveW(a), liveW(b)),
      }),
    )
  })
  return entries
}

/**
 * Load each PDU would gain in the worst single failure upstream of its dual-corded racks' other cords (one
 * other PDU out, or one other UPS with all its PDUs), W: those racks then draw everything through this PDU.
 */
function pduFailoverExtraW(chain: PowerChain, flow: PowerFlow): Float64Array {
  const pdus = chain.pduIds.length
  const worst = new Float64Array(pdus)
  const candidates: ((q: number) => boolean)[] = [
    ...chain.pduIds.map((_, out) => (q: number) => q === out),
    ...chain.upsIds.map((_, out) => (q: number) => chain.pduUps[q] === out),
  ]
  const extra = new Float64Array(pdus)
  for (const failed of candidates) {
    extra.fill(0)
    for (let i = 0; i < chain.rackIds.length; i++) {
      const a = chain.rackPduA[i]
      const b = chain.rackPduB[i]
      if (b < 0 || failed(a) === failed(b)) continue
      if (failed(b)) extra[a] += flow.rackFeedBW[i]
      else extra[b] += flow.rackFeedAW[i]
    }
    for (let p = 0; p < pdus; p++) worst[p] = Math.max(worst[p], extra[p])
  }
  return worst
}

/** Each PDU's output against its rating; its design limit leaves room for the worst failover onto it. */
export function pduEntries(chain: PowerChain, flow: PowerFlow): LedgerEntry[] {
  const extraW = pduFailoverExtraW(chain, flow)
  const dual = new Uint8Array(chain.pduIds.length)
  chain.rackPduB.forEach((b, i) => {
    if (b >= 0) dual[b] = dual[chain.rackPduA[i]] = 1
  })
  return chain.pduIds.map((pduId, p) =>
    ledgerEntry({
      kind: 'pdu',
      assetId: pduId,
      redundancy: dual[p] ? 'A/B' : 'none',
      unit: 'W',
      used: flow.pduOutputW[p],
      limit: chain.pduRatedW[p],
      designLimit: Math.max(0, chain.pduRatedW[p] - extraW[p]),
      ...(dual[p] && {
        afterFailure: { used: flow.pduOutputW[p] + extraW[p], capacity: chain.pduRatedW[p] },
      }),
    }),
  )
}

/**
 * Each UPS system's output against its live modules (limit) and its design capacity: N all modules, N+1 one
 * module fewer, 2N / 2(N+1) what this side can carry alone less what its partner carries now (the pair's load
 * must fit on one side, as checkPowerChain judges it).
 */
export function upsEntries(chain: PowerChain, state: PowerState, flow: PowerFlow): LedgerEntry[] {
  return chain.upsIds.map((upsId, u) => {
    const code = chain.upsRedundancy[u]
    const moduleW = chain.upsRatedW[u] / chain.upsModuleCount[u]
    const live = upsLive(state, u) ? state.upsModulesAlive[u] : 0
    const partner = chain.upsPartner[u]
    const partnerW = isPaired(code) && partner >= 0 && upsLive(state, partner) ? flow.upsOutputW[partner] : 0
    const capacityW = postFailureCapacityW(code, live, moduleW)
    return ledgerEntry({
      kind: 'ups',
      assetId: upsId,
      redundancy: REDUNDANCY_CODES[code],
      unit: 'W',
      used: flow.upsOutputW[u],
      limit: live * moduleW,
      designLimit: Math.max(0, capacityW - partnerW),
      ...(isPaired(code) && { afterFailure: { used: flow.upsOutputW[u] + partnerW, capacity: capacityW } }),
    })
  })
}

/** The whole power path of the world at its current flows: chain or single-UPS shorthand. */
export function powerPathEntries(world: Pick<World, 'scenario' | 'rackPowerW' | 'electrical' | 'totals'>) {
  const { chain, state, flow } = world.electrical
  const entries = rackPowerEntries(world)
  if (chain && state && flow)
    entries.push(...feedEntries(chain, flow), ...pduEntries(chain, flow), ...upsEntries(chain, state, flow))
  else if (world.scenario.electrical)
    entries.push(
      ledgerEntry({
        kind: 'ups',
        assetId: 'ups',
        redundancy: 'N',
        unit: 'W',
        used: world.totals.itW,
        limit: world.scenario.electrical.upsCapacityKw * 1000,
      }),
    )
  return entries
}
