// The editor's edits: one union, separate from the runtime Command union (sim/commands.ts), which is the replayable
// log of a run. An edit changes the scenario DOCUMENT (what is saved, exported and shared); the run is rebuilt from it.
// Racks are named by their expanded ids ("A-03"), units by their ids, so an edit means the same thing after a reload.
import type { ScenarioInput } from '../scenario/schema.ts'

export type RowInput = ScenarioInput['rows'][number]
export type RackGroupInput = RowInput['racks'][number]
export type CoolingUnitInput = ScenarioInput['coolingUnits'][number]
export type ServerModelInput = ScenarioInput['serverModels'][number]
export type Facing = '+x' | '-x' | '+y' | '-y'
export type Containment = 'none' | 'cold' | 'hot'
export type CoolingRedundancy = 'N' | 'N+1' | 'N+2' | '2N'

export type Edit =
  /** A whole row (id unique among rows), e.g. from rowFromTemplate. */
  | { kind: 'addRow'; row: RowInput }
  | { kind: 'removeRow'; rowId: string }
  /** The row's origin (corner of its first rack, as in the schema) to (xM, yM). */
  | { kind: 'moveRow'; rowId: string; xM: number; yM: number }
  /** The row turned to face `facing`; its axis follows (a row facing ±y runs along x). */
  | { kind: 'rotateRow'; rowId: string; facing: Facing }
  /** One more rack like the row's last, at the row's end. */
  | { kind: 'addRack'; rowId: string }
  | { kind: 'removeRack'; rackId: string }
  /** The rack's centre to (xM, yM); the rack keeps its id. */
  | { kind: 'moveRack'; rackId: string; xM: number; yM: number }
  | { kind: 'rotateRack'; rackId: string; facing: Facing }
  | { kind: 'addUnit'; unit: CoolingUnitInput }
  | { kind: 'removeUnit'; unitId: string }
  /** The unit's centre to (xM, yM). */
  | { kind: 'moveUnit'; unitId: string; xM: number; yM: number }
  | { kind: 'rotateUnit'; unitId: string; facing: Facing }
  | { kind: 'setSetpoint'; unitId: string; supplySetpointC: number }
  | { kind: 'setContainment'; containment: Containment }
  /** The cooling redundancy design: removing or adding a unit may need it changed first (N+1 needs 2 units). */
  | { kind: 'setCoolingRedundancy'; design: CoolingRedundancy }
  /**
   * `count` servers of `model` stacked upward from U `uPosition` in one rack; a model given whole (from the
   * catalogue) is added to serverModels when no model has its id.
   */
  | { kind: 'addServers'; rackId: string; model: string | ServerModelInput; uPosition: number; count: number }
  /** The server that occupies U `uPosition` of the rack. */
  | { kind: 'removeServer'; rackId: string; uPosition: number }
  | { kind: 'rename'; name: string }
  | { kind: 'resizeRoom'; widthM: number; depthM: number }

/** What an edit made of a document: the new document, or why it was refused (the document is then unchanged). */
export type EditResult = { ok: true; doc: ScenarioInput } | { ok: false; problem: string }

/**
 * The rows a user adds: how many racks, each rack's size, budget and servers. A new hall is created with one
 * (docs/hall.md#new-hall-and-row-template); "Add row" lays a row out from it.
 */
export interface RowTemplate {
  racksPerRow: number
  rackWidthM: number
  rackDepthM: number
  uHeight: number
  powerBudgetKw: number
  /** Catalogue model id of the servers in each new rack, or null for empty racks. */
  serverModel: string | null
  serversPerRack: number
}
