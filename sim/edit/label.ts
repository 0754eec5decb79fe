// What an edit is called in the history ("Undo move rack A-03"): a verb and the thing it changed.
import type { Edit } from './edit.ts'

const CONTAINMENT = { none: 'no containment', cold: 'cold-aisle containment', hot: 'hot-aisle containment' }

/** A short sentence-case label: "Move rack A-03", "Add row C", "Set crah-1 setpoint to 22 °C". */
export function editLabel(edit: Edit): string {
  switch (edit.kind) {
    case 'addRow':
      return `Add row ${edit.row.id}`
    case 'removeRow':
      return `Remove row ${edit.rowId}`
    case 'moveRow':
      return `Move row ${edit.rowId}`
    case 'rotateRow':
      return `Turn row ${edit.rowId} to face ${edit.facing}`
    case 'addRack':
      return `Add rack to row ${edit.rowId}`
    case 'removeRack':
      return `Remove rack ${edit.rackId}`
    case 'moveRack':
      return `Move rack ${edit.rackId}`
    case 'rotateRack':
      return `Turn rack ${edit.rackId} to face ${edit.facing}`
    case 'addUnit':
      return `Add unit ${edit.unit.id}`
    case 'removeUnit':
      return `Remove unit ${edit.unitId}`
    case 'moveUnit':
      return `Move unit ${edit.unitId}`
    case 'rotateUnit':
      return `Turn unit ${edit.unitId} to face ${edit.facing}`
    case 'setSetpoint':
      return `Set ${edit.unitId} setpoint to ${edit.supplySetpointC} °C`
    case 'setContainment':
      return `Set ${CONTAINMENT[edit.containment]}`
    case 'setCoolingRedundancy':
      return `Set cooling redundancy to ${edit.design}`
    case 'addServers': {
      const model = typeof edit.model === 'string' ? edit.model : edit.model.id
      const what = edit.count === 1 ? `server ${model}` : `${edit.count} servers ${model}`
      return `Add ${what} to ${edit.rackId} at U${edit.uPosition}`
    }
    case 'removeServer':
      return `Remove server at U${edit.uPosition} of ${edit.rackId}`
    case 'rename':
      return `Rename to "${edit.name}"`
    case 'resizeRoom':
      return `Resize room to ${edit.widthM} × ${edit.depthM} m`
  }
}
