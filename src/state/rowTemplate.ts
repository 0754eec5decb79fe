// The current hall's row template: what "Add row" lays out and what a new hall was made with
// (docs/hall.md#new-hall-and-row-template). Kept with the hall's library entry; derived from the hall otherwise.
import { create } from 'zustand'
import type { ScenarioInput } from '../../sim/index.ts'
import { DEFAULT_ROW_TEMPLATE } from '../../sim/edit/index.ts'
import type { RowTemplate } from '../../sim/edit/index.ts'

export { DEFAULT_ROW_TEMPLATE }

export const useRowTemplate = create<{ template: RowTemplate }>()(() => ({ template: DEFAULT_ROW_TEMPLATE }))

export const setRowTemplate = (template: RowTemplate) => useRowTemplate.setState({ template })

/**
 * A template like the hall's first row: its rack count, its first rack group's size and budget, and that group's
 * first server model when it is a catalogue curve (a template names catalogue models only); the schema's
 * defaults (0.6 × 1.2 m, 42 U) where the document leaves them out. The default template for a hall without rows.
 */
export function templateOf(doc: ScenarioInput | null): RowTemplate {
  const row = doc?.rows[0]
  const group = row?.racks[0]
  if (!row || !group) return DEFAULT_ROW_TEMPLATE
  const first = group.servers?.[0]
  const model = doc?.serverModels.find((m) => m.id === first?.model)
  const catalog = model?.power.kind === 'specpower' ? model.power.catalog : undefined
  const serverModel = typeof catalog === 'string' ? catalog : null
  const serversPerRack =
    serverModel === null
      ? 0
      : (group.servers ?? []).filter((s) => s.model === first?.model).reduce((n, s) => n + (s.count ?? 1), 0)
  return {
    racksPerRow: row.racks.reduce((n, g) => n + (g.count ?? 1), 0),
    rackWidthM: group.widthM ?? DEFAULT_ROW_TEMPLATE.rackWidthM,
    rackDepthM: group.depthM ?? DEFAULT_ROW_TEMPLATE.rackDepthM,
    uHeight: group.uHeight ?? DEFAULT_ROW_TEMPLATE.uHeight,
    powerBudgetKw: group.powerBudgetKw,
    serverModel,
    serversPerRack,
  }
}
