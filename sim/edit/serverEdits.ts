// Servers in one rack: add a stack of a model at a U, remove the server at a U. The rack becomes a group of its own
// first (split.ts), so the other racks of its group keep their servers.
import type { ScenarioInput } from '../scenario/schema.ts'
import type { RackGroupInput, ServerModelInput } from './edit.ts'
import { locateRack } from './locate.ts'
import { rowsWithIsolated } from './split.ts'
import { EditRefused, found } from './refused.ts'

type Placement = NonNullable<RackGroupInput['servers']>[number]

/**
 * `count` servers of `model` from U `uPosition` up. A model given whole joins serverModels when no model has its id
 * (the one already there is used otherwise); whether the servers fit is the parser's check (expandRow.ts).
 */
export function addServers(
  doc: ScenarioInput,
  rackId: string,
  model: string | ServerModelInput,
  uPosition: number,
  count: number,
): ScenarioInput {
  const at = locateRack(doc, rackId)
  const modelId = typeof model === 'string' ? model : model.id
  const known = doc.serverModels.some((m) => m.id === modelId)
  if (!known && typeof model === 'string') throw new EditRefused(`no server model has id "${model}"`)
  const serverModels = known ? doc.serverModels : [...doc.serverModels, model as ServerModelInput]
  const placement: Placement = { model: modelId, uPosition, count }
  const rows = rowsWithIsolated(doc, at, (g) => ({ ...g, servers: [...(g.servers ?? []), placement] }))
  return { ...doc, serverModels, rows }
}

/** Removes the server occupying U `uPosition`; its stack is cut in two around it. */
export function removeServer(doc: ScenarioInput, rackId: string, uPosition: number): ScenarioInput {
  const at = locateRack(doc, rackId)
  const servers = at.group.servers ?? []
  for (let p = 0; p < servers.length; p++) {
    const placement = servers[p]
    const model = found(
      doc.serverModels.find((m) => m.id === placement.model),
      `no server model has id "${placement.model}"`,
    )
    const k = Math.floor((uPosition - placement.uPosition) / model.uHeight)
    const count = placement.count ?? 1
    if (k < 0 || k >= count) continue
    const below = k > 0 ? [{ ...placement, count: k }] : []
    const rest = count - k - 1
    const above =
      rest > 0
        ? [{ ...placement, uPosition: placement.uPosition + (k + 1) * model.uHeight, count: rest }]
        : []
    const next = [...servers.slice(0, p), ...below, ...above, ...servers.slice(p + 1)]
    return { ...doc, rows: rowsWithIsolated(doc, at, (g) => ({ ...g, servers: next })) }
  }
  throw new EditRefused(`no server occupies U${uPosition} of rack "${rackId}"`)
}
