// Ledger line of the hall's cooling: the heat the coils must remove against the running units' rated capacity,
// all of them (over) and with the design's spare units out (redundancy lost).
import type { World } from '../../model/world.ts'
import { COOLING_ASSET_ID, coolingCapacityOf } from '../../model/coolingRedundancy.ts'
import { ledgerEntry, type LedgerEntry } from './entry.ts'

/**
 * One entry for the hall: used is world.heatInW (IT + fans + lighting + PDU losses), limit the rated capacity of
 * the running units, designLimit what is left with the design's largest spares out (N+1: the largest unit).
 * The same arithmetic as the run's cooling conditions (model/coolingRedundancy.ts), so ledger and run agree.
 */
export function coolingEntries(world: Pick<World, 'scenario' | 'unitRunning' | 'heatInW'>): LedgerEntry[] {
  const capacity = coolingCapacityOf(world)
  return [
    ledgerEntry({
      kind: 'cooling',
      assetId: COOLING_ASSET_ID,
      redundancy: capacity.design,
      unit: 'W',
      used: capacity.heatW,
      limit: capacity.runningCapacityW,
      designLimit: capacity.designCapacityW,
    }),
  ]
}
