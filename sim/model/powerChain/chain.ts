// The power chain as structure-of-arrays (per UPS, PDU, rack) and powerChainStep: rack load → utility draw.
import { breakerContinuousLimitW, REDUNDANCY_CODES, threeTermLossW } from './capacity.ts'
import { checkPowerChainSpec, feedEntryOfRack } from './resolve.ts'
import type { PowerChainSpec } from './spec.ts'
import { upsLive, type PowerState } from './state.ts'

/** Where an asset id points: a UPS system or a PDU, by dense index. */
export interface AssetRef {
  kind: 'ups' | 'pdu'
  index: number
}

/** Static topology and ratings; the running state is PowerState, the per-step result PowerFlow. */
export interface PowerChain {
  readonly upsIds: readonly string[]
  readonly pduIds: readonly string[]
  readonly rackIds: readonly string[]
  readonly index: ReadonlyMap<string, AssetRef>
  /** Per UPS system; redundancy is an index into REDUNDANCY_CODES, partner -1 when unpaired. */
  readonly upsRatedW: Float64Array
  readonly upsModuleCount: Uint8Array
  readonly upsRedundancy: Uint8Array
  readonly upsPartner: Int32Array
  readonly upsNoLoadLossFraction: Float64Array
  readonly upsProportionalLossFraction: Float64Array
  readonly upsSquareLossFraction: Float64Array
  /** Per PDU; breaker limit is the continuous limit of each rack branch circuit. */
  readonly pduUps: Int32Array
  readonly pduRatedW: Float64Array
  readonly pduNoLoadLossFraction: Float64Array
  readonly pduProportionalLossFraction: Float64Array
  readonly pduSquareLossFraction: Float64Array
  readonly pduBreakerLimitW: Float64Array
  /** Per rack: PDU index of the A cord and of the B cord (-1 for single-corded). */
  readonly rackPduA: Int32Array
  readonly rackPduB: Int32Array
}

/**
 * Builds the chain for racks in `rackIds` order (the world's dense rack index).
 * @throws Error listing every cross-reference problem of the spec (see checkPowerChainSpec)
 */
export function createPowerChain(spec: PowerChainSpec, rackIds: readonly string[]): PowerChain {
  const problems: string[] = []
  checkPowerChainSpec(spec, rackIds, (path, message) => problems.push(`${path.join('.')}: ${message}`))
  if (problems.length > 0) throw new Error(`invalid power chain:\n${problems.join('\n')}`)

  const { upsSystems: ups, pdus } = spec
  const index = new Map<string, AssetRef>()
  ups.forEach((u, i) => index.set(u.id, { kind: 'ups', index: i }))
  pdus.forEach((p, i) => index.set(p.id, { kind: 'pdu', index: i }))
  const at = (assetId: string | undefined) => (assetId === undefined ? -1 : index.get(assetId)!.index)
  const entry = feedEntryOfRack(spec, rackIds)

  return {
    upsIds: ups.map((u) => u.id),
    pduIds: pdus.map((p) => p.id),
    rackIds: [...rackIds],
    index,
    upsRatedW: Float64Array.from(ups, (u) => u.capacityKw * 1000),
    upsModuleCount: Uint8Array.from(ups, (u) => u.moduleCount),
    upsRedundancy: Uint8Array.from(ups, (u) => REDUNDANCY_CODES.indexOf(u.redundancy)),
    upsPartner: Int32Array.from(ups, (u) => at(u.partnerId)),
    upsNoLoadLossFraction: Float64Array.from(ups, (u) => u.noLoadLossFraction),
    upsProportionalLossFraction: Float64Array.from(ups, (u) => u.proportionalLossFraction),
    upsSquareLossFraction: Float64Array.from(ups, (u) => u.squareLossFraction),
    pduUps: Int32Array.from(pdus, (p) => at(p.upsId)),
    pduRatedW: Float64Array.from(pdus, (p) => p.capacityKw * 1000),
    pduNoLoadLossFraction: Float64Array.from(pdus, (p) => p.noLoadLossFraction),
    pduProportionalLossFraction: Float64Array.from(pdus, (p) => p.proportionalLossFraction),
    pduSquareLossFraction: Float64Array.from(pdus, (p) => p.squareLossFraction),
    pduBreakerLimitW: Float64Array.from(pdus, breakerContinuousLimitW),
    rackPduA: Int32Array.from(entry, (f) => at(spec.feeds[f].pduA)),
    rackPduB: Int32Array.from(entry, (f) => at(spec.feeds[f].pduB)),
  }
}

/** One step's flows, W. Invariant: totals.utilityW = totals.itW + totals.pduLossW + totals.upsLossW. */
export interface PowerFlow {
  /** Per rack: load on each cord, what reached the rack, and the demand that found no live cord. */
  readonly rackFeedAW: Float64Array
  readonly rackFeedBW: Float64Array
  readonly rackDeliveredW: Float64Array
  readonly rackUnservedW: Float64Array
  /** Per PDU: 1 when it and its UPS are live. A dead PDU has no output, loss or input. */
  readonly pduEnergised: Uint8Array
  readonly pduOutputW: Float64Array
  readonly pduLossW: Float64Array
  readonly pduInputW: Float64Array
  /** Per UPS system: output = Σ inputs of its PDUs. */
  readonly upsOutputW: Float64Array
  readonly upsLossW: Float64Array
  readonly upsInputW: Float64Array
  /** itW is delivered IT power; unservedW the rack demand that found no live cord. */
  readonly totals: { itW: number; unservedW: number; pduLossW: number; upsLossW: number; utilityW: number }
}

/** Allocates a zeroed PowerFlow sized for `chain`, to reuse across steps. */
export function createPowerFlow(chain: PowerChain): PowerFlow {
  const racks = chain.rackIds.length
  const pdus = chain.pduIds.length
  const ups = chain.upsIds.length
  return {
    rackFeedAW: new Float64Array(racks),
    rackFeedBW: new Float64Array(racks),
    rackDeliveredW: new Float64Array(racks),
    rackUnservedW: new Float64Array(racks),
    pduEnergised: new Uint8Array(pdus),
    pduOutputW: new Float64Array(pdus),
    pduLossW: new Float64Array(pdus),
    pduInputW: new Float64Array(pdus),
    upsOutputW: new Float64Array(ups),
    upsLossW: new Float64Array(ups),
    upsInputW: new Float64Array(ups),
    totals: { itW: 0, unservedW: 0, pduLossW: 0, upsLossW: 0, utilityW: 0 },
  }
}

/**
 * Routes each rack's demand (W, dense rack order) down the chain: dual-corded racks split 50/50 over live
 * cords and put everything on the survivor when one side's PDU or UPS is dead; a rack with no live cord gets
 * 0 W. PDU and UPS losses use the three-term model; utility draw = Σ live UPS inputs. Writes into `out`.
 */
export function powerChainStep(
  chain: PowerChain,
  rackPowerW: Float64Array,
  state: PowerState,
  out: PowerFlow = createPowerFlow(chain),
): PowerFlow {
  const { rackPduA, rackPduB, pduUps } = chain
  if (rackPowerW.length !== chain.rackIds.length)
    throw new Error(`rackPowerW has ${rackPowerW.length} racks, the chain ${chain.rackIds.length}`)
  for (let p = 0; p < chain.pduIds.length; p++)
    out.pduEnergised[p] = state.pduAlive[p] && upsLive(state, pduUps[p]) ? 1 : 0
  out.pduOutputW.fill(0)
  out.upsOutputW.fill(0)

  let itW = 0
  let unservedW = 0
  for (let i = 0; i < rackPowerW.length; i++) {
    const demandW = rackPowerW[i]
    const a = rackPduA[i]
    const b = rackPduB[i]
    const liveA = out.pduEnergised[a] === 1
    const liveB = b >= 0 && out.pduEnergised[b] === 1
    const aW = liveA ? (liveB ? demandW * 0.5 : demandW) : 0
    // demand − aW, not demand/2 again, so the two cords sum to the demand exactly.
    const bW = liveB ? demandW - aW : 0
    out.rackFeedAW[i] = aW
    out.rackFeedBW[i] = bW
    out.rackDeliveredW[i] = aW + bW
    out.rackUnservedW[i] = demandW - (aW + bW)
    if (liveA) out.pduOutputW[a] += aW
    if (liveB) out.pduOutputW[b] += bW
    itW += aW + bW
    unservedW += demandW - (aW + bW)
  }

  let pduLossW = 0
  for (let p = 0; p < chain.pduIds.length; p++) {
    const outputW = out.pduOutputW[p]
    const lossW = out.pduEnergised[p]
      ? threeTermLossW(
          outputW,
          chain.pduRatedW[p],
          chain.pduNoLoadLossFraction[p],
          chain.pduProportionalLossFraction[p],
          chain.pduSquareLossFraction[p],
        )
      : 0
    out.pduLossW[p] = lossW
    out.pduInputW[p] = outputW + lossW
    out.upsOutputW[pduUps[p]] += outputW + lossW
    pduLossW += lossW
  }

  let upsLossW = 0
  let utilityW = 0
  for (let u = 0; u < chain.upsIds.length; u++) {
    const outputW = out.upsOutputW[u]
    const lossW = upsLive(state, u)
      ? threeTermLossW(
          outputW,
          chain.upsRatedW[u],
          chain.upsNoLoadLossFraction[u],
          chain.upsProportionalLossFraction[u],
          chain.upsSquareLossFraction[u],
        )
      : 0
    out.upsLossW[u] = lossW
    out.upsInputW[u] = outputW + lossW
    upsLossW += lossW
    utilityW += outputW + lossW
  }
  Object.assign(out.totals, { itW, unservedW, pduLossW, upsLossW, utilityW })
  return out
}
