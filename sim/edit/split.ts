// Single-rack edits on a group of `count` racks: the group is cut around the rack, and the pieces pinned with
// firstNumber and offsetM, so every other rack keeps its id, position and servers bit for bit.
// docs/hall.md#edits-validation-and-undo
import type { ScenarioInput } from '../scenario/schema.ts'
import type { RackGroupInput, RowInput } from './edit.ts'
import type { RackLocation } from './locate.ts'

/** The group without its count and pins: what every piece of it shares. */
function shared(group: RackGroupInput): RackGroupInput {
  const copy = { ...group }
  delete copy.firstNumber
  delete copy.offsetM
  return copy
}

/** The racks of the group before the located one (as they were) and after it (pinned where they were). */
function pieces(at: RackLocation): { before: RackGroupInput[]; after: RackGroupInput[] } {
  const before = at.k > 0 ? [{ ...at.group, count: at.k }] : []
  const rest = at.full.count - at.k - 1
  const after =
    rest > 0
      ? [{ ...shared(at.group), count: rest, firstNumber: at.number + 1, offsetM: at.nextOffsetM }]
      : []
  return { before, after }
}

/** The one rack as a group of its own, with its id (prefix and number) written out. */
export function loneGroup(at: RackLocation): RackGroupInput {
  return { ...shared(at.group), idPrefix: at.idPrefix, count: 1, firstNumber: at.number }
}

function replaceRow(doc: ScenarioInput, rowAt: number, row: RowInput | null): RowInput[] {
  const rows = [...doc.rows]
  if (row) rows[rowAt] = row
  else rows.splice(rowAt, 1)
  return rows
}

/**
 * The rows with the located rack taken out: its group cut in two, the next group pinned where it was when the cut
 * left its start to the default, and the row dropped when it held only this rack.
 */
export function rowsWithout(doc: ScenarioInput, at: RackLocation): RowInput[] {
  const { before, after } = pieces(at)
  const racks = [...at.row.racks]
  const nextAt = at.groupAt + 1
  const next = racks[nextAt]
  if (after.length === 0 && next)
    racks[nextAt] = {
      ...next,
      firstNumber: next.firstNumber ?? at.number + 1,
      offsetM: next.offsetM ?? at.nextOffsetM,
    }
  racks.splice(at.groupAt, 1, ...before, ...after)
  return replaceRow(doc, at.rowAt, racks.length > 0 ? { ...at.row, racks } : null)
}

/** The rows with the located rack made a group of its own in place, then changed by `change`. */
export function rowsWithIsolated(
  doc: ScenarioInput,
  at: RackLocation,
  change: (group: RackGroupInput) => RackGroupInput,
): RowInput[] {
  const racks = [...at.row.racks]
  if (at.full.count === 1) racks[at.groupAt] = change(at.group)
  else {
    const { before, after } = pieces(at)
    const alone = { ...shared(at.group), count: 1, firstNumber: at.number, offsetM: at.offsetM }
    racks.splice(at.groupAt, 1, ...before, change(alone), ...after)
  }
  return replaceRow(doc, at.rowAt, { ...at.row, racks })
}
