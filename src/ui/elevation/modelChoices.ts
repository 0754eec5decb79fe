// What the elevation offers to add: the hall's own server models, then the SPECpower catalogue's curves the hall
// does not use yet, each turned into a whole server model when picked (docs/hall.md#rack-elevation).
import { SPECPOWER_CATALOG } from '../../../sim/catalog/specpower.ts'
import type { SpecPowerId } from '../../../sim/catalog/specpower.ts'
import type { ServerModelInput } from '../../../sim/edit/edit.ts'
import type { ServerModelSpec } from '../../../sim/scenario/schema.ts'

/**
 * Airflow of a catalogue server per kW at full load: 0.0828 m³/s per kW is a 10 K rise through the server with
 * standard air (ρc_p = 1207 J/(m³·K)), the schema's own reference point (sim/scenario/serverSchema.ts).
 */
export const CATALOGUE_AIRFLOW_M3S_PER_KW = 0.0828

/** A choice in the model picker: `key` is "hall:<id>" or "catalogue:<id>". */
export interface ModelChoice {
  key: string
  label: string
  /** Rack units, or null for a catalogue curve (the published results give no chassis height: the user sets it). */
  uHeight: number | null
}

/** The hall's models first, then catalogue curves no hall model already uses. */
export function modelChoices(models: readonly Pick<ServerModelSpec, 'id' | 'name' | 'uHeight' | 'power'>[]) {
  const used = new Set(models.map((m) => (m.power.kind === 'specpower' ? m.power.catalog : undefined)))
  const hall: ModelChoice[] = models.map((m) => ({
    key: `hall:${m.id}`,
    label: `${m.name ?? m.id} (${m.uHeight} U)`,
    uHeight: m.uHeight,
  }))
  const catalogue: ModelChoice[] = SPECPOWER_CATALOG.filter((e) => !used.has(e.id)).map((e) => ({
    key: `catalogue:${e.id}`,
    label: `${e.server}, ${e.config}`,
    uHeight: null,
  }))
  return { hall, catalogue }
}

/**
 * The server model an addServers edit carries for a choice: a hall model by id; a catalogue curve as a whole
 * model (its SPECpower curve by catalogue id, airflow per kW, the default 0.4 %/K inlet sensitivity), its id
 * suffixed with the U height when not 1 U so that two heights of one curve stay two models.
 */
export function modelForEdit(key: string, uHeight: number): string | ServerModelInput {
  const [source, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
  if (source === 'hall') return id
  const entry = SPECPOWER_CATALOG.find((e) => e.id === id)
  if (!entry) throw new Error(`no SPECpower catalogue entry "${id}"`)
  return {
    id: uHeight === 1 ? entry.id : `${entry.id}-${uHeight}u`,
    name: `${entry.server}, ${entry.config}`,
    uHeight,
    power: { kind: 'specpower', catalog: entry.id as SpecPowerId },
    airflowM3sPerKw: CATALOGUE_AIRFLOW_M3S_PER_KW,
    inletSensitivity: {},
  }
}

/**
 * The picker's key for what the user picked, as the hall is now: a catalogue curve, once added, is one of the
 * hall's models (modelForEdit's id), so the pick follows it there; a model gone from the hall, or nothing picked
 * yet, falls back to the hall's first model, or the catalogue's first curve in a hall without models.
 */
export function pickedModelKey(
  choices: { hall: ModelChoice[]; catalogue: ModelChoice[] },
  key: string,
  catalogueUHeight: number,
): string {
  if ([...choices.hall, ...choices.catalogue].some((c) => c.key === key)) return key
  if (key.startsWith('catalogue:')) {
    const added = modelForEdit(key, catalogueUHeight)
    const hallKey = `hall:${typeof added === 'string' ? added : added.id}`
    if (choices.hall.some((c) => c.key === hallKey)) return hallKey
  }
  return choices.hall[0]?.key ?? choices.catalogue[0]?.key ?? ''
}
