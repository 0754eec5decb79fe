// One rack of the hall's document as the elevation draws it: its U height, each server's span and model, and
// the names the panel prints. Read from the expanded scenario, since a document's racks come in groups with
// counts and only the expansion knows which rack is "A-03" (sim/scenario/expandRow.ts).
import type { Scenario } from '../../../sim/index.ts'
import type { ServerModelSpec } from '../../../sim/scenario/schema.ts'
import { serverSpans } from './geometry.ts'
import type { ServerSpan } from './geometry.ts'

export interface RackElevation {
  rackId: string
  uHeight: number
  spans: ServerSpan[]
  /** The model index of each server, in the rack's server order (what serverWatts takes). */
  modelIndexOf: number[]
  models: readonly ServerModelSpec[]
}

/** The rack `rackId` of `scenario`, or null when the hall has no such rack (it was removed). */
export function rackElevation(scenario: Scenario, rackId: string): RackElevation | null {
  const rack = scenario.racks.find((r) => r.id === rackId)
  if (!rack) return null
  const models = scenario.serverModels
  return {
    rackId,
    uHeight: rack.uHeight,
    spans: serverSpans(
      rack.servers,
      models.map((m) => m.uHeight),
    ),
    modelIndexOf: rack.servers.map((s) => s.modelIndex),
    models,
  }
}

/** A model's name short enough for a 1U row: its name up to the first comma ("Dell PowerEdge R640"), else its id. */
export function shortModelName(model: Pick<ServerModelSpec, 'id' | 'name'>): string {
  const name = model.name?.split(',')[0].trim()
  return name ? name : model.id
}
