// Ledger lines of space: rack units taken by servers against each rack's height.
import type { Scenario } from '../../scenario/types.ts'
import { ledgerEntry, type LedgerEntry } from './entry.ts'

/**
 * Per rack, the U its servers occupy against its uHeight. Floor positions are not a line: the scenario lists
 * the racks that stand, not the empty positions a room could still take.
 */
export function rackSpaceEntries(scenario: Pick<Scenario, 'racks' | 'serverModels'>): LedgerEntry[] {
  return scenario.racks.map((rack) => {
    let usedU = 0
    for (const server of rack.servers) usedU += scenario.serverModels[server.modelIndex].uHeight
    return ledgerEntry({
      kind: 'rackSpace',
      assetId: rack.id,
      redundancy: 'none',
      unit: 'U',
      used: usedU,
      limit: rack.uHeight,
    })
  })
}
