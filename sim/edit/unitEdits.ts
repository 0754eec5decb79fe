// Edits of cooling units: add, remove, move (its centre), turn, and its supply setpoint.
import type { ScenarioInput } from '../scenario/schema.ts'
import type { CoolingUnitInput } from './edit.ts'
import { found } from './refused.ts'

/** The document with unit `unitId` changed, or removed when `change` gives null. */
export function changeUnit(
  doc: ScenarioInput,
  unitId: string,
  change: (unit: CoolingUnitInput) => CoolingUnitInput | null,
): ScenarioInput {
  const at = doc.coolingUnits.findIndex((u) => u.id === unitId)
  const unit = found(doc.coolingUnits[at], `no cooling unit "${unitId}" in the hall`)
  const coolingUnits = [...doc.coolingUnits]
  const changed = change(unit)
  if (changed) coolingUnits[at] = changed
  else coolingUnits.splice(at, 1)
  return { ...doc, coolingUnits }
}

export const addUnit = (doc: ScenarioInput, unit: CoolingUnitInput): ScenarioInput => ({
  ...doc,
  coolingUnits: [...doc.coolingUnits, unit],
})
