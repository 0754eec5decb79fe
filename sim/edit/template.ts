// New rows from the hall's row template, and the next free row id.
import type { ScenarioInput } from '../scenario/schema.ts'
import type { Facing, RackGroupInput, RowInput, RowTemplate } from './edit.ts'
import { axisFor } from './rackEdits.ts'

/** Height of one rack unit, m (EIA-310: 1.75 in), and what a cabinet adds for its plinth and roof, m. */
const U_M = 0.04445
const FRAME_M = 0.13

/** Ten standard cabinets (600 × 1200 mm, 42 U) at 8 kW each, empty: a common enterprise row. */
export const DEFAULT_ROW_TEMPLATE: RowTemplate = {
  racksPerRow: 10,
  rackWidthM: 0.6,
  rackDepthM: 1.2,
  uHeight: 42,
  powerBudgetKw: 8,
  serverModel: null,
  serversPerRack: 0,
}

/**
 * A row laid out from `template` with its origin (first rack's corner) at (xM, yM) and its fronts facing `facing`.
 * The servers' model must be in the document's serverModels (the edit is refused naming it otherwise).
 */
export function rowFromTemplate(
  template: RowTemplate,
  rowId: string,
  xM: number,
  yM: number,
  facing: Facing,
): RowInput {
  const group: RackGroupInput = {
    count: template.racksPerRow,
    uHeight: template.uHeight,
    widthM: template.rackWidthM,
    depthM: template.rackDepthM,
    powerBudgetKw: template.powerBudgetKw,
    servers:
      template.serverModel && template.serversPerRack > 0
        ? [{ model: template.serverModel, uPosition: 1, count: template.serversPerRack }]
        : [],
  }
  // A 42 U cabinet is the schema's default 2 m; other heights follow their U count.
  if (template.uHeight !== 42) group.heightM = Math.round((template.uHeight * U_M + FRAME_M) * 100) / 100
  return { id: rowId, xM, yM, axis: axisFor(facing), facing, racks: [group] }
}

/** "A", "B", … "Z", "AA", "AB", …: the first not already a row id. */
export function nextRowId(doc: Pick<ScenarioInput, 'rows'>): string {
  const used = new Set(doc.rows.map((r) => r.id))
  for (let n = 1; ; n++) {
    let id = ''
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) id = String.fromCharCode(65 + ((k - 1) % 26)) + id
    if (!used.has(id)) return id
  }
}
