// One dated inventory change applied to a hall's racks: servers or racks or a row deployed, servers or a rack or a
// row decommissioned, a server model refreshed. Problems are reported with the change's JSON path.
import type { DecommissionSpec, DeploymentSpec, RefreshSpec } from '../../scenario/growthSchema.ts'
import { expandRow, layRackGroup, type LayoutContext, type RowFrame } from '../../scenario/expandRow.ts'
import type { PlacedServer, Rack } from '../../scenario/types.ts'

/** The racks as of some date, with the ids and server models they are checked against. */
export interface Hall {
  racks: Rack[]
  context: LayoutContext
}

const clone = (rack: Rack): Rack => ({ ...rack, servers: rack.servers.map((s) => ({ ...s })) })

function findRack(hall: Hall, rackId: string, path: PropertyKey[], on: string): Rack | undefined {
  const rack = hall.racks.find((r) => r.id === rackId)
  if (!rack) hall.context.report(path, `no rack "${rackId}" is in the hall on ${on}`)
  return rack
}

const heightOf = (hall: Hall, server: PlacedServer) =>
  hall.context.spec.serverModels[server.modelIndex].uHeight

/** The server occupying each rack unit (index into rack.servers), −1 for a free one; `skip` is left out. */
function occupancy(hall: Hall, rack: Rack, skip?: PlacedServer): Int32Array {
  const usedBy = new Int32Array(rack.uHeight + 1).fill(-1)
  rack.servers.forEach((server, i) => {
    if (server === skip) return
    for (let u = server.uPosition; u < server.uPosition + heightOf(hall, server); u++) usedBy[u] = i
  })
  return usedBy
}

/** Why a server of `uHeight` U cannot go at `uPosition` in `rack`, or undefined when it fits. */
function misfit(rack: Rack, usedBy: Int32Array, uPosition: number, uHeight: number): string | undefined {
  const top = uPosition + uHeight - 1
  if (top > rack.uHeight) return `would reach U${top}, above rack "${rack.id}"'s ${rack.uHeight} U`
  for (let u = uPosition; u <= top; u++)
    if (usedBy[u] >= 0) return `U${u} of rack "${rack.id}" is already taken`
  return undefined
}

/** Marks the first and last rack of `rowId` (by position in the row) as row ends, the others not. */
function markRowEnds(racks: Rack[], rowId: string): void {
  const row = racks.filter((r) => r.rowId === rowId)
  const indices = row.map((r) => r.rowIndex)
  for (const rack of row)
    rack.rowEnd = rack.rowIndex === Math.min(...indices) || rack.rowIndex === Math.max(...indices)
}

/** Where racks appended to the row of `last` start: the far edge of `last`, on its row line. */
function frameAfter(last: Rack): RowFrame {
  const axis = last.facing === '+y' || last.facing === '-y' ? 'x' : 'y'
  return axis === 'x'
    ? {
        id: last.rowId,
        axis,
        facing: last.facing,
        xM: last.xM + last.widthM / 2,
        yM: last.yM - last.depthM / 2,
      }
    : {
        id: last.rowId,
        axis,
        facing: last.facing,
        xM: last.xM - last.depthM / 2,
        yM: last.yM + last.widthM / 2,
      }
}

/** The deployments that change racks (servers, racks, a row); the facility's are in inventoryFacility.ts. */
export type RackDeploymentSpec = Extract<DeploymentSpec, { kind: 'servers' | 'racks' | 'row' }>

export function deploy(hall: Hall, change: RackDeploymentSpec, path: PropertyKey[]): void {
  const { report, modelIndex } = hall.context
  if (change.kind === 'servers') {
    const rack = findRack(hall, change.rack, [...path, 'rack'], change.date)
    const m = modelIndex.get(change.model)
    if (m === undefined) return report([...path, 'model'], `no server model has id "${change.model}"`)
    if (!rack) return
    const uHeight = hall.context.spec.serverModels[m].uHeight
    const usedBy = occupancy(hall, rack)
    for (let k = 0; k < change.count; k++) {
      const uPosition = change.uPosition + k * uHeight
      const why = misfit(rack, usedBy, uPosition, uHeight)
      if (why) return report(path, `server ${k + 1} of ${change.count}: ${why}`)
      rack.servers.push({ modelIndex: m, uPosition })
      usedBy.fill(rack.servers.length - 1, uPosition, uPosition + uHeight)
    }
    return
  }
  if (change.kind === 'racks') {
    const row = hall.racks.filter((r) => r.rowId === change.row)
    if (row.length === 0)
      return report([...path, 'row'], `no rack of row "${change.row}" is in the hall on ${change.date}`)
    const last = row.reduce((a, b) => (b.rowIndex > a.rowIndex ? b : a))
    const laid = layRackGroup(
      frameAfter(last),
      change.racks,
      [...path, 'racks'],
      last.rowIndex + 1,
      0,
      hall.context,
    )
    hall.racks.splice(hall.racks.indexOf(last) + 1, 0, ...laid.racks)
    markRowEnds(hall.racks, change.row)
    return
  }
  if (hall.racks.some((r) => r.rowId === change.row.id))
    return report([...path, 'row', 'id'], `row "${change.row.id}" is already in the hall on ${change.date}`)
  const { spec, rackIds } = hall.context
  expandRow(change.row, [...path, 'row'], modelIndex, spec, rackIds, hall.racks, report)
}

export function decommission(hall: Hall, change: DecommissionSpec, path: PropertyKey[]): void {
  const { report, rackIds } = hall.context
  if (change.kind === 'servers') {
    const rack = findRack(hall, change.rack, [...path, 'rack'], change.date)
    if (!rack) return
    let uPosition = change.uPosition
    for (let k = 0; k < change.count; k++) {
      const at = rack.servers.findIndex((s) => s.uPosition === uPosition)
      if (at < 0)
        return report(path, `no server starts at U${uPosition} of rack "${rack.id}" on ${change.date}`)
      uPosition += heightOf(hall, rack.servers[at])
      rack.servers.splice(at, 1)
    }
    return
  }
  const leaving = hall.racks.filter((r) =>
    change.kind === 'rack' ? r.id === change.rack : r.rowId === change.row,
  )
  if (leaving.length === 0) {
    const what = change.kind === 'rack' ? `rack "${change.rack}"` : `rack of row "${change.row}"`
    return report([...path, change.kind], `no ${what} is in the hall on ${change.date}`)
  }
  for (const rack of leaving) {
    hall.racks.splice(hall.racks.indexOf(rack), 1)
    rackIds.delete(rack.id)
  }
  markRowEnds(hall.racks, leaving[0].rowId)
}

export function refresh(hall: Hall, change: RefreshSpec, path: PropertyKey[]): void {
  const { report, modelIndex, spec } = hall.context
  const from = modelIndex.get(change.from)
  const to = modelIndex.get(change.to)
  if (from === undefined) report([...path, 'from'], `no server model has id "${change.from}"`)
  if (to === undefined) report([...path, 'to'], `no server model has id "${change.to}"`)
  if (from === undefined || to === undefined) return
  const racks = change.racks
    ? change.racks.map((id, i) => findRack(hall, id, [...path, 'racks', i], change.date))
    : hall.racks
  let replaced = 0
  for (const rack of racks) {
    if (!rack) continue
    for (const server of rack.servers) {
      if (server.modelIndex !== from) continue
      const why = misfit(rack, occupancy(hall, rack, server), server.uPosition, spec.serverModels[to].uHeight)
      if (why) return report(path, `"${change.to}" at U${server.uPosition}: ${why}`)
      server.modelIndex = to
      replaced++
    }
  }
  if (replaced === 0) report(path, `no "${change.from}" server is in the racks refreshed on ${change.date}`)
}

/** Copies of the racks, so changes never touch the (frozen) scenario they came from. */
export function hallOf(racks: readonly Rack[], context: Omit<LayoutContext, 'rackIds'>): Hall {
  return { racks: racks.map(clone), context: { ...context, rackIds: new Set(racks.map((r) => r.id)) } }
}
