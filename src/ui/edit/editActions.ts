// The edit bar's and keys' actions on the selection: each builds ONE edit and hands it to the history
// (src/state/history.ts), which validates, shows and records it. Nothing here writes a document.
import { nextRowId, rowFromTemplate } from '../../../sim/edit/index.ts'
import type { Containment, CoolingUnitInput, Edit, Facing } from '../../../sim/edit/index.ts'
import { rowOfRack } from '../../scene/edit/dragPlan.ts'
import { useEditMode } from '../../scene/edit/editMode.ts'
import { freeId, nextRowSpot, nextUnitSpot, takenRects } from '../../scene/edit/freeSpot.ts'
import { quarterTurn } from '../../scene/edit/grid.ts'
import { reselect } from '../../scene/edit/reselect.ts'
import { select } from '../../state/actions.ts'
import { useHall } from '../../state/hall.ts'
import { commitEdit } from '../../state/history.ts'
import { useRowTemplate } from '../../state/rowTemplate.ts'
import { useUi } from '../../state/store.ts'

/**
 * A new cooling unit: the shipped default hall's perimeter CRAH, 80 kW sensible at 7 m³/s with 4.2 kW of fans,
 * supplying 20 °C (scenarios/README.md: sizes typical of perimeter chilled-water units), in the schema's
 * default 2.5 × 0.9 m cabinet.
 */
export const DEFAULT_CRAH = {
  type: 'crah',
  widthM: 2.5,
  depthM: 0.9,
  capacityKw: 80,
  airflowM3s: 7,
  fanPowerW: 4200,
  supplySetpointC: 20,
} as const satisfies Partial<CoolingUnitInput>

const current = () => {
  const { layout, selection } = useUi.getState()
  const { doc } = useHall.getState()
  return { layout, selection, doc }
}

/** Commits `edit`, then selects the rack or unit `pick` by id in the new layout (an added or turned one). */
async function commitAndSelect(edit: Edit, pick: { kind: 'rack' | 'unit'; id: string }) {
  if ((await commitEdit(edit)) === null) reselect(pick.kind, pick.id)
}

const refuse = (problem: string) => useUi.setState({ error: problem })

/** A row from the hall's row template at the next free spot (freeSpot.ts), its first rack selected. */
export async function addRow(): Promise<void> {
  const { layout, doc } = current()
  if (!layout || !doc) return
  const t = useRowTemplate.getState().template
  const lengthM = t.racksPerRow * t.rackWidthM
  const spot = nextRowSpot(layout.room, takenRects(layout), lengthM, t.rackDepthM, doc.rows.length)
  if (!spot)
    return refuse(
      `No free place for a row of ${t.racksPerRow} racks (${lengthM.toFixed(1)} m) with a 1.2 m aisle on both sides in the ${layout.room.widthM} × ${layout.room.depthM} m room: move or remove a row, or make the room larger`,
    )
  const rowId = nextRowId(doc)
  const row = rowFromTemplate(t, rowId, spot.xM, spot.yM, spot.facing)
  await commitAndSelect({ kind: 'addRow', row }, { kind: 'rack', id: `${rowId}-01` })
}

/** One more rack at the end of the selected rack's row. */
export async function addRackToRow(): Promise<void> {
  const { layout, selection, doc } = current()
  if (!layout || !doc || selection?.kind !== 'rack') return
  const span = rowOfRack(doc, layout, selection.index)
  if (span)
    await commitAndSelect(
      { kind: 'addRack', rowId: span.rowId },
      { kind: 'rack', id: layout.racks[selection.index].id },
    )
}

/** A default CRAH (DEFAULT_CRAH) against the first wall with room for it, selected. */
export async function addUnit(): Promise<void> {
  const { layout, doc } = current()
  if (!layout || !doc) return
  const spot = nextUnitSpot(layout.room, takenRects(layout), DEFAULT_CRAH.widthM, DEFAULT_CRAH.depthM)
  if (!spot)
    return refuse('No free place along the walls for a 2.5 × 0.9 m cooling unit: move something first')
  const id = freeId(
    'crah-',
    doc.coolingUnits.map((u) => u.id),
  )
  const unit: CoolingUnitInput = { id, ...DEFAULT_CRAH, ...spot }
  await commitAndSelect({ kind: 'addUnit', unit }, { kind: 'unit', id })
}

/** The selected rack or unit by kind and id. */
function selectedBox() {
  const { layout, selection } = current()
  const box =
    selection && layout && (selection.kind === 'rack' ? layout.racks : layout.units)[selection.index]
  return selection && box ? { kind: selection.kind, id: box.id } : null
}

/** The selection as an edit target: a unit, a rack, or (row pick mode) the rack's row. */
function target() {
  const { layout, selection, doc } = current()
  if (!layout || !doc || !selection) return null
  if (selection.kind === 'unit') {
    const unit = layout.units[selection.index]
    return unit ? ({ kind: 'unit', id: unit.id, facing: unit.facing as Facing } as const) : null
  }
  const rack = layout.racks[selection.index]
  if (!rack) return null
  if (useEditMode.getState().pick === 'rack')
    return { kind: 'rack', id: rack.id, facing: rack.facing as Facing } as const
  const span = rowOfRack(doc, layout, selection.index)
  const row = span && doc.rows.find((r) => r.id === span.rowId)
  return row ? ({ kind: 'row', id: row.id, facing: row.facing } as const) : null
}

/** A quarter turn clockwise (seen from above) of the selected unit, rack or row. */
export async function rotateSelection(): Promise<void> {
  const t = target()
  const selected = selectedBox()
  if (!t || !selected) return
  const facing = quarterTurn(t.facing)
  const edit: Edit =
    t.kind === 'unit'
      ? { kind: 'rotateUnit', unitId: t.id, facing }
      : t.kind === 'rack'
        ? { kind: 'rotateRack', rackId: t.id, facing }
        : { kind: 'rotateRow', rowId: t.id, facing }
  await commitAndSelect(edit, selected)
}

/** Removes the selected unit, rack or row; the selection is cleared (indices shift when instances go). */
export async function removeSelection(): Promise<void> {
  const t = target()
  if (!t) return
  const edit: Edit =
    t.kind === 'unit'
      ? { kind: 'removeUnit', unitId: t.id }
      : t.kind === 'rack'
        ? { kind: 'removeRack', rackId: t.id }
        : { kind: 'removeRow', rowId: t.id }
  if ((await commitEdit(edit)) === null) select(null)
}

export const setContainment = (containment: Containment) =>
  commitEdit({ kind: 'setContainment', containment })

export const setSetpoint = (unitId: string, supplySetpointC: number) =>
  commitEdit({ kind: 'setSetpoint', unitId, supplySetpointC })
