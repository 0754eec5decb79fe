// Stranded capacity summed per row and for the room, per resource: where the unusable kilowatts sit.
import type { Scenario } from '../../scenario/types.ts'
import type { RackResource, RackStranding } from './stranded.ts'

export interface StrandedTotal {
  /** A row id, or "room" for the whole hall. */
  scope: string
  /** Per resource, the W its racks strand (capacity above each rack's binding one). */
  strandedW: Partial<Record<RackResource, number>>
  /** What the racks can still take before their binding resources run out, W. */
  headroomW: number
}

/** Rows in scenario order, then the room; `racks` in scenario rack order (as strandedByRack returns them). */
export function strandedTotals(
  scenario: Pick<Scenario, 'racks'>,
  racks: readonly RackStranding[],
): StrandedTotal[] {
  const totals = new Map<string, StrandedTotal>()
  const add = (scope: string, rack: RackStranding) => {
    let total = totals.get(scope)
    if (!total) totals.set(scope, (total = { scope, strandedW: {}, headroomW: 0 }))
    total.headroomW += rack.headroomW
    for (const c of rack.resources)
      total.strandedW[c.resource] = (total.strandedW[c.resource] ?? 0) + c.strandedW
  }
  racks.forEach((rack, i) => add(scenario.racks[i].rowId, rack))
  racks.forEach((rack) => add('room', rack))
  return [...totals.values()]
}
