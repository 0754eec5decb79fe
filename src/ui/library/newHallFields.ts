// The New hall dialog's number fields: each with its unit, range (the scenario schema's) and default.
import type { RowTemplate } from '../../../sim/edit/edit.ts'
import { DEFAULT_ROW_TEMPLATE } from '../../state/rowTemplate.ts'

export type NumberKey = 'widthM' | 'depthM' | Exclude<keyof RowTemplate, 'serverModel'>

export interface NumberField {
  key: NumberKey
  label: string
  min: number
  max: number
  step: number
  integer?: boolean
}

/** Ranges from sim/scenario/roomSchema.ts and hallSchema.ts, so what the dialog accepts the schema accepts. */
export const ROOM_FIELDS: readonly NumberField[] = [
  { key: 'widthM', label: 'Room width (m, along x)', min: 2, max: 1000, step: 0.1 },
  { key: 'depthM', label: 'Room depth (m, along y)', min: 2, max: 1000, step: 0.1 },
]

export const ROW_FIELDS: readonly NumberField[] = [
  { key: 'racksPerRow', label: 'Racks per row', min: 1, max: 200, step: 1, integer: true },
  { key: 'rackWidthM', label: 'Rack width (m)', min: 0.3, max: 1.5, step: 0.1 },
  { key: 'rackDepthM', label: 'Rack depth (m)', min: 0.3, max: 2, step: 0.1 },
  { key: 'uHeight', label: 'Rack height (U)', min: 1, max: 60, step: 1, integer: true },
  { key: 'powerBudgetKw', label: 'Power budget per rack (kW)', min: 0.1, max: 500, step: 0.1 },
  { key: 'serversPerRack', label: 'Servers per rack', min: 0, max: 60, step: 1, integer: true },
]

/** 16 × 12 m, the default hall's room: two rows of the default template fit with aisles and cooling units. */
export const DEFAULT_VALUES: Record<NumberKey, string> = {
  widthM: '16',
  depthM: '12',
  racksPerRow: String(DEFAULT_ROW_TEMPLATE.racksPerRow),
  rackWidthM: String(DEFAULT_ROW_TEMPLATE.rackWidthM),
  rackDepthM: String(DEFAULT_ROW_TEMPLATE.rackDepthM),
  uHeight: String(DEFAULT_ROW_TEMPLATE.uHeight),
  powerBudgetKw: String(DEFAULT_ROW_TEMPLATE.powerBudgetKw),
  serversPerRack: String(DEFAULT_ROW_TEMPLATE.serversPerRack),
}

/** The field's number, or what is wrong with the text typed into it. */
export function readField(field: NumberField, text: string): number | string {
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value)) return `${field.label}: a number is needed`
  if (field.integer && !Number.isInteger(value)) return `${field.label}: a whole number is needed`
  if (value < field.min || value > field.max) return `${field.label}: must be ${field.min} to ${field.max}`
  return value
}
