// What a drag means, as pure data: which instances move, where they are drawn, and the one edit the drop commits.
// The floor displacement is snapped so the moved boxes stand on whole tiles (grid.ts).
import { eachRack } from '../../../sim/edit/index.ts'
import type { Edit } from '../../../sim/edit/index.ts'
import type { FloorBox, SceneLayout, ScenarioInput } from '../../../sim/index.ts'
import { extentsOf, snapCentre, toTile } from './grid.ts'

/** What a press picked: one rack, the whole row of a rack, or one cooling unit (by instance index). */
export type DragTarget = { kind: 'rack' | 'row' | 'unit'; index: number }

/** Where the dragged boxes are drawn now and the edit that puts them there. */
export interface DragPlan {
  mesh: 'racks' | 'units'
  /** Instance indices moved, and their boxes at the new place (same order). */
  indices: number[]
  boxes: FloorBox[]
  edit: Edit
  /** The snapped displacement, m; (0, 0) means the drop changes nothing. */
  dxM: number
  dyM: number
}

/**
 * The row holding rack instance `index` as a run of instance indices (racks are laid out row by row, in document
 * order: eachRack), or undefined when the document and the layout disagree.
 */
export function rowOfRack(doc: ScenarioInput, layout: SceneLayout, index: number) {
  const racks = eachRack(doc)
  if (racks.length !== layout.racks.length || !racks[index]) return undefined
  const rowAt = racks[index].at.rowAt
  const first = racks.findIndex((r) => r.at.rowAt === rowAt)
  const count = racks.filter((r) => r.at.rowAt === rowAt).length
  return { rowId: racks[index].at.row.id, first, count }
}

const moved = (box: FloorBox, xM: number, yM: number): FloorBox => ({ ...box, xM, yM })

/**
 * The plan for dragging `target` by (dxM, dyM) on the floor: a rack or unit centre snaps so its corner sits on a
 * tile corner; a row's origin (its first rack's corner) snaps to a tile corner and every rack follows it.
 */
export function planDrag(
  layout: SceneLayout,
  doc: ScenarioInput,
  target: DragTarget,
  dxM: number,
  dyM: number,
): DragPlan | null {
  if (target.kind === 'row') {
    const span = rowOfRack(doc, layout, target.index)
    const row = span && doc.rows.find((r) => r.id === span.rowId)
    if (!span || !row) return null
    const xM = toTile(row.xM + dxM)
    const yM = toTile(row.yM + dyM)
    const sx = xM - row.xM
    const sy = yM - row.yM
    const indices = Array.from({ length: span.count }, (_, k) => span.first + k)
    const boxes = indices.map((i) => {
      const r = layout.racks[i]
      return moved(r, Math.round((r.xM + sx) * 1000) / 1000, Math.round((r.yM + sy) * 1000) / 1000)
    })
    return {
      mesh: 'racks',
      indices,
      boxes,
      edit: { kind: 'moveRow', rowId: row.id, xM, yM },
      dxM: sx,
      dyM: sy,
    }
  }
  const box = target.kind === 'rack' ? layout.racks[target.index] : layout.units[target.index]
  if (!box) return null
  const at = snapCentre(box.xM + dxM, box.yM + dyM, extentsOf(box.widthM, box.depthM, box.facing))
  const edit: Edit =
    target.kind === 'rack'
      ? { kind: 'moveRack', rackId: layout.racks[target.index].id, ...at }
      : { kind: 'moveUnit', unitId: layout.units[target.index].id, ...at }
  return {
    mesh: target.kind === 'rack' ? 'racks' : 'units',
    indices: [target.index],
    boxes: [moved(box, at.xM, at.yM)],
    edit,
    dxM: at.xM - box.xM,
    dyM: at.yM - box.yM,
  }
}
