// applyEdit: a pure function from (document, edit) to a new document, or the reason it was refused. The RESULT is
// validated as a whole (parseScenario: schema, cross-references, servers in their U, nothing overlapping), so an
// edit can never leave a document the CLI or the worker would refuse.
import { parseScenario, ScenarioError } from '../scenario/parse.ts'
import { scenarioSchema, type ScenarioInput } from '../scenario/schema.ts'
import { checkUnitsInsideRoom } from '../scenario/overlaps.ts'
import { jsonPath } from '../scenario/jsonPath.ts'
import type { Edit, EditResult } from './edit.ts'
import { addRack, moveRack, removeRack, rotateRack } from './rackEdits.ts'
import { addRow, moveRow, removeRow, rotateRow } from './rowEdits.ts'
import { addServers, removeServer } from './serverEdits.ts'
import { addUnit, changeUnit } from './unitEdits.ts'
import { EditRefused } from './refused.ts'
import { withLiveFeeds } from './feeds.ts'

/** The edited document, unvalidated; throws EditRefused when the edit names nothing the document holds */
function edited(doc: ScenarioInput, edit: Edit): ScenarioInput {
  switch (edit.kind) {
    case 'addRow':
      return addRow(doc, edit.row)
    case 'removeRow':
      return removeRow(doc, edit.rowId)
    case 'moveRow':
      return moveRow(doc, edit.rowId, edit.xM, edit.yM)
    case 'rotateRow':
      return rotateRow(doc, edit.rowId, edit.facing)
    case 'addRack':
      return addRack(doc, edit.rowId)
    case 'removeRack':
      return removeRack(doc, edit.rackId)
    case 'moveRack':
      return moveRack(doc, edit.rackId, edit.xM, edit.yM)
    case 'rotateRack':
      return rotateRack(doc, edit.rackId, edit.facing)
    case 'addUnit':
      return addUnit(doc, edit.unit)
    case 'removeUnit':
      return changeUnit(doc, edit.unitId, () => null)
    case 'moveUnit':
      return changeUnit(doc, edit.unitId, (u) => ({ ...u, xM: edit.xM, yM: edit.yM }))
    case 'rotateUnit':
      return changeUnit(doc, edit.unitId, (u) => ({ ...u, facing: edit.facing }))
    case 'setSetpoint':
      return changeUnit(doc, edit.unitId, (u) => ({ ...u, supplySetpointC: edit.supplySetpointC }))
    case 'setContainment':
      return { ...doc, room: { ...doc.room, containment: edit.containment } }
    case 'setCoolingRedundancy':
      return { ...doc, coolingRedundancy: edit.design }
    case 'addServers':
      return addServers(doc, edit.rackId, edit.model, edit.uPosition, edit.count)
    case 'removeServer':
      return removeServer(doc, edit.rackId, edit.uPosition)
    case 'rename':
      return { ...doc, name: edit.name }
    case 'resizeRoom':
      return { ...doc, room: { ...doc.room, widthM: edit.widthM, depthM: edit.depthM } }
  }
}

/**
 * A unit placed or turned by the edit must stand inside the walls with its whole footprint. The parser checks only
 * its centre: unit sizes were drawn only, and halls in use (tests' tinyHall) have units overhanging a wall.
 */
function unitThroughWall(doc: ScenarioInput, edit: Edit): string | undefined {
  const unitId =
    edit.kind === 'addUnit'
      ? edit.unit.id
      : edit.kind === 'moveUnit' || edit.kind === 'rotateUnit'
        ? edit.unitId
        : null
  if (unitId === null) return undefined
  const spec = scenarioSchema.parse(doc)
  const problems: string[] = []
  checkUnitsInsideRoom(spec.coolingUnits, spec.room, (path, message) => {
    if (spec.coolingUnits[path[1] as number].id === unitId) problems.push(`${jsonPath(path)}: ${message}`)
  })
  return problems[0]
}

/**
 * Applies `edit` to `doc` without changing `doc` (unchanged parts are shared). The result is returned only when the
 * whole scenario validates; otherwise `problem` names each problem with its JSON path, one a line.
 */
export function applyEdit(doc: ScenarioInput, edit: Edit): EditResult {
  let next: ScenarioInput
  try {
    next =
      edit.kind === 'removeRow' || edit.kind === 'removeRack'
        ? withLiveFeeds(doc, edited(doc, edit))
        : edited(doc, edit)
    parseScenario(next, 'edit')
    const wall = unitThroughWall(next, edit)
    if (wall) return { ok: false, problem: wall }
  } catch (error) {
    if (error instanceof ScenarioError)
      return { ok: false, problem: error.problems.map((p) => `${p.path}: ${p.message}`).join('\n') }
    if (error instanceof EditRefused) return { ok: false, problem: error.message }
    throw error
  }
  return { ok: true, doc: next }
}
