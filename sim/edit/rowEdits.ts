// Edits of whole rows: add, remove, move (its origin, the first rack's corner) and turn (the axis follows).
import type { ScenarioInput } from '../scenario/schema.ts'
import type { Facing, RowInput } from './edit.ts'
import { axisFor } from './rackEdits.ts'
import { found } from './refused.ts'

function changeRow(
  doc: ScenarioInput,
  rowId: string,
  change: (row: RowInput) => RowInput | null,
): ScenarioInput {
  const at = doc.rows.findIndex((r) => r.id === rowId)
  const row = found(doc.rows[at], `no row "${rowId}" in the hall`)
  const rows = [...doc.rows]
  const changed = change(row)
  if (changed) rows[at] = changed
  else rows.splice(at, 1)
  return { ...doc, rows }
}

export const addRow = (doc: ScenarioInput, row: RowInput): ScenarioInput => ({
  ...doc,
  rows: [...doc.rows, row],
})

export const removeRow = (doc: ScenarioInput, rowId: string): ScenarioInput =>
  changeRow(doc, rowId, () => null)

export const moveRow = (doc: ScenarioInput, rowId: string, xM: number, yM: number): ScenarioInput =>
  changeRow(doc, rowId, (row) => ({ ...row, xM, yM }))

/** The row turned about its origin: racks now run across `facing`. */
export const rotateRow = (doc: ScenarioInput, rowId: string, facing: Facing): ScenarioInput =>
  changeRow(doc, rowId, (row) => ({ ...row, facing, axis: axisFor(facing) }))
