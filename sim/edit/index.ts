// The editor's pure core: edits on a scenario document, their labels, and new rows from a template.
export type {
  Containment,
  CoolingRedundancy,
  CoolingUnitInput,
  Edit,
  EditResult,
  Facing,
  RackGroupInput,
  RowInput,
  RowTemplate,
  ServerModelInput,
} from './edit.ts'
export { applyEdit } from './apply.ts'
export { editLabel } from './label.ts'
export { DEFAULT_ROW_TEMPLATE, nextRowId, rowFromTemplate } from './template.ts'
export { eachRack } from './locate.ts'
