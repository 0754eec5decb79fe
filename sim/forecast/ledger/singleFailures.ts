// The single failures a design claims to ride through: what an N−1 breaking point tries one at a time.
import type { Command } from '../../commands.ts'
import { designSpareUnits } from '../../model/coolingRedundancy.ts'
import { isPaired, spareModules } from '../../model/powerChain/capacity.ts'
import type { World } from '../../model/world.ts'

/**
 * Each cooling unit when the cooling design has a spare (N+1, N+2, 2N); a module of each UPS system that has
 * a spare module (N+1, 2(N+1)); each side of a 2N pair; each PDU whose racks are all dual-corded. A failure
 * the design does not claim to survive (a unit of an N hall, a PDU with single-corded racks) is not a
 * redundancy test: it breaks at any load.
 */
export function singleFailures(world: Pick<World, 'scenario' | 'electrical'>): Command[] {
  const { coolingUnits, coolingRedundancy } = world.scenario
  const failures: Command[] = []
  if (designSpareUnits(coolingRedundancy, coolingUnits.length) > 0)
    for (const unit of coolingUnits) failures.push({ type: 'failCoolingUnit', unitId: unit.id })
  const chain = world.electrical.chain
  if (!chain) return failures
  chain.upsIds.forEach((upsId, u) => {
    const code = chain.upsRedundancy[u]
    if (spareModules(code) > 0 && chain.upsModuleCount[u] > 1) failures.push({ type: 'failUpsModule', upsId })
    if (isPaired(code)) failures.push({ type: 'failPowerAsset', assetId: upsId })
  })
  const singleCorded = new Uint8Array(chain.pduIds.length)
  chain.rackPduB.forEach((b, i) => {
    if (b < 0) singleCorded[chain.rackPduA[i]] = 1
  })
  chain.pduIds.forEach((pduId, p) => {
    if (!singleCorded[p]) failures.push({ type: 'failPowerAsset', assetId: pduId })
  })
  return failures
}
