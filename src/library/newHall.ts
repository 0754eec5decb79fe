// A new, empty hall from the New hall dialog: a room of the given size and nothing in it yet; rows come from the
// row template as the user adds them (docs/hall.md#new-hall-and-row-template).
import type { ScenarioInput } from '../../sim/index.ts'

/**
 * UPS sized at 1 kW per m² of floor: the density of the shipped halls' rack budgets (default.json: 24 racks ×
 * 8 kW on 16 × 12 m = 1.0 kW/m²), so a new room filled as densely has a UPS that carries it.
 */
export const UPS_KW_PER_M2 = 1

export interface NewHallForm {
  name: string
  widthM: number
  depthM: number
}

/** startDate: now to the minute, ISO 8601 in UTC ("2026-12-07T13:20:00Z"), so a new hall's clock starts today. */
export function startDateOf(nowMs: number): string {
  return new Date(Math.floor(nowMs / 60_000) * 60_000).toISOString().replace(/\.000Z$/, 'Z')
}

/**
 * The document of a new hall: no rows, cooling units or server models; a constant half load (the servers the user
 * adds run at 50 %, a mid point of SPECpower's curve) and a single UPS of UPS_KW_PER_M2 per m², at least 1 kW.
 */
export function newHallDoc(form: NewHallForm, nowMs = Date.now()): ScenarioInput {
  return {
    version: 1,
    name: form.name,
    seed: 1,
    startDate: startDateOf(nowMs),
    room: { widthM: form.widthM, depthM: form.depthM },
    serverModels: [],
    rows: [],
    coolingUnits: [],
    workload: { kind: 'constant', utilization: 0.5 },
    electrical: { upsCapacityKw: Math.max(1, Math.round(form.widthM * form.depthM * UPS_KW_PER_M2)) },
  }
}
