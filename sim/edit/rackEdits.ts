// Edits of one rack: move, rotate, remove, and one more at a row's end. A rack moved or turned leaves its row as a
// one-rack row of its own (its ends then recirculate, as a lone cabinet's do); docs/hall.md#edits-validation-and-undo
import type { ScenarioInput } from '../scenario/schema.ts'
import type { Facing, RackGroupInput, RowInput } from './edit.ts'
import { eachRack, locateRack, type RackLocation } from './locate.ts'
import { loneGroup, rowsWithout } from './split.ts'
import { EditRefused, found } from './refused.ts'

/** A row's axis: racks run across their facing. */
export const axisFor = (facing: Facing): 'x' | 'y' => (facing === '+y' || facing === '-y' ? 'x' : 'y')

/** The row origin (first rack's corner) that puts a one-rack row's rack centre at (xM, yM). */
function originFor(facing: Facing, widthM: number, depthM: number, xM: number, yM: number) {
  return axisFor(facing) === 'x'
    ? { xM: xM - widthM / 2, yM: yM - depthM / 2 }
    : { xM: xM - depthM / 2, yM: yM - widthM / 2 }
}

/** The located rack's centre, as the layout computes it. */
export function centreOf(at: RackLocation): { xM: number; yM: number } {
  const along = at.offsetM + at.full.widthM / 2
  const across = at.full.depthM / 2
  return at.row.axis === 'x'
    ? { xM: at.row.xM + along, yM: at.row.yM + across }
    : { xM: at.row.xM + across, yM: at.row.yM + along }
}

/** A row id not yet used: the rack's own id, else with ".2", ".3", ... */
function freshRowId(rows: readonly RowInput[], wanted: string): string {
  const used = new Set(rows.map((r) => r.id))
  let id = wanted
  for (let n = 2; used.has(id); n++) id = `${wanted}.${n}`
  return id
}

/** The rack standing alone at centre (xM, yM) facing `facing`, its id and everything else kept. */
function placeRack(
  doc: ScenarioInput,
  rackId: string,
  facing: Facing,
  xM: number,
  yM: number,
): ScenarioInput {
  const at = locateRack(doc, rackId)
  const origin = originFor(facing, at.full.widthM, at.full.depthM, xM, yM)
  const rows = [...doc.rows]
  if (at.row.racks.length === 1 && at.full.count === 1) {
    // Already a row of its own: the row moves (a one-rack row's offset would only shift it).
    const group = { ...at.group }
    delete group.offsetM
    rows[at.rowAt] = { ...at.row, ...origin, facing, axis: axisFor(facing), racks: [group] }
  } else {
    const rest = rowsWithout(doc, at)
    const row: RowInput = {
      id: freshRowId(rest, rackId),
      ...origin,
      axis: axisFor(facing),
      facing,
      racks: [loneGroup(at)],
    }
    rows.splice(0, rows.length, ...rest.slice(0, at.rowAt + 1), row, ...rest.slice(at.rowAt + 1))
  }
  return { ...doc, rows }
}

export function moveRack(doc: ScenarioInput, rackId: string, xM: number, yM: number): ScenarioInput {
  return placeRack(doc, rackId, locateRack(doc, rackId).row.facing, xM, yM)
}

export function rotateRack(doc: ScenarioInput, rackId: string, facing: Facing): ScenarioInput {
  const centre = centreOf(locateRack(doc, rackId))
  return placeRack(doc, rackId, facing, centre.xM, centre.yM)
}

export function removeRack(doc: ScenarioInput, rackId: string): ScenarioInput {
  return { ...doc, rows: rowsWithout(doc, locateRack(doc, rackId)) }
}

/** One more rack like the row's last at its end; numbered on from the highest number its prefix has anywhere. */
export function addRack(doc: ScenarioInput, rowId: string): ScenarioInput {
  const rowAt = doc.rows.findIndex((r) => r.id === rowId)
  const row = found(doc.rows[rowAt], `no row "${rowId}" in the hall`)
  const racks = eachRack(doc)
  const last = found(racks.filter((r) => r.at.rowAt === rowAt).pop(), `row "${rowId}" has no racks`).at
  const taken = racks.filter((r) => r.at.idPrefix === last.idPrefix).map((r) => r.at.number)
  const number = Math.max(...taken) + 1
  const groups = [...row.racks]
  const count = last.full.count + 1
  if (number === last.number + 1 && count <= 200) groups[last.groupAt] = { ...last.group, count }
  else {
    const copy: RackGroupInput = { ...last.group, count: 1, firstNumber: number }
    delete copy.offsetM
    groups.push(copy)
  }
  if (groups.length > 1000) throw new EditRefused(`row "${rowId}" has 1000 rack groups already`)
  const rows = [...doc.rows]
  rows[rowAt] = { ...row, racks: groups }
  return { ...doc, rows }
}
