// A row of rack groups laid out on the floor: rack ids, centre positions, servers placed by rack unit and checked.
// Also used to lay out racks and rows deployed later (sim/forecast/growth/inventory.ts).
import type { Facing, ScenarioSpec } from './schema.ts'
import type { PlacedServer, Rack } from './types.ts'
import { footprintOf } from './footprint.ts'

type Report = (path: PropertyKey[], message: string) => void
type RackGroupSpec = ScenarioSpec['rows'][number]['racks'][number]
/** What laying out racks reads of the scenario: the server models (their U) and the room (its walls). */
export type LayoutSpec = Pick<ScenarioSpec, 'serverModels' | 'room'>

const PERPENDICULAR: Record<'x' | 'y', Facing[]> = { x: ['+y', '-y'], y: ['+x', '-x'] }

/** Where a row's racks start (the corner of its first rack) and which way they run and face. */
export interface RowFrame {
  id: string
  xM: number
  yM: number
  axis: 'x' | 'y'
  facing: Facing
}

/** Ids already taken and where problems go: shared by every row of one layout. */
export interface LayoutContext {
  spec: LayoutSpec
  modelIndex: Map<string, number>
  rackIds: Set<string>
  report: Report
  /** When given, each laid rack's group path by rack id (overlap messages name both racks' paths). */
  pathOf?: Map<string, PropertyKey[]>
}

/** Lays out every rack group of `row` after each other and appends the racks; row ends are marked. */
export function expandRow(
  row: ScenarioSpec['rows'][number],
  path: PropertyKey[],
  modelIndex: Map<string, number>,
  spec: LayoutSpec,
  rackIds: Set<string>,
  racks: Rack[],
  report: Report,
  pathOf?: Map<string, PropertyKey[]>,
): void {
  if (!PERPENDICULAR[row.axis].includes(row.facing))
    report([...path, 'facing'], `a row along ${row.axis} must face ${PERPENDICULAR[row.axis].join(' or ')}`)
  const context: LayoutContext = { spec, modelIndex, rackIds, report, pathOf }
  let offsetM = 0
  let nextRowIndex = 0
  const first = racks.length
  row.racks.forEach((group, g) => {
    const groupPath = [...path, 'racks', g]
    // Groups run in order along the row, so they cannot overlap each other and the first and last are the ends.
    if (group.offsetM !== undefined && group.offsetM < offsetM - 1e-9)
      report(
        [...groupPath, 'offsetM'],
        `must be at least ${offsetM} m, where the row's previous rack group ends (groups run in order along the row)`,
      )
    const laid = layRackGroup(row, group, groupPath, nextRowIndex, offsetM, context)
    racks.push(...laid.racks)
    offsetM = laid.endOffsetM
    nextRowIndex = laid.racks[laid.racks.length - 1].rowIndex + 1
  })
  racks[first].rowEnd = true
  racks[racks.length - 1].rowEnd = true
}

/**
 * One rack group's racks, the first at `offsetM` along the row and numbered from `firstRowIndex` + 1 (the group's
 * own offsetM and firstNumber win when given), and the offset after the last (summed rack by rack, so positions are
 * bit-identical to earlier layouts).
 */
export function layRackGroup(
  frame: RowFrame,
  group: RackGroupSpec,
  path: PropertyKey[],
  firstRowIndex: number,
  startOffsetM: number,
  { spec, modelIndex, rackIds, report, pathOf }: LayoutContext,
): { racks: Rack[]; endOffsetM: number } {
  const servers = placeServers(group, modelIndex, spec, path, report)
  const racks: Rack[] = []
  const firstIndex = group.firstNumber === undefined ? firstRowIndex : group.firstNumber - 1
  let offsetM = group.offsetM ?? startOffsetM
  for (let k = 0; k < group.count; k++) {
    const rowIndex = firstIndex + k
    const id = `${group.idPrefix ?? `${frame.id}-`}${String(rowIndex + 1).padStart(2, '0')}`
    if (rackIds.has(id)) report(path, `rack id "${id}" is used twice`)
    rackIds.add(id)
    pathOf?.set(id, path)
    const along = offsetM + group.widthM / 2
    const across = group.depthM / 2
    const rack: Rack = {
      id,
      rowId: frame.id,
      rowIndex,
      rowEnd: false,
      xM: frame.axis === 'x' ? frame.xM + along : frame.xM + across,
      yM: frame.axis === 'x' ? frame.yM + across : frame.yM + along,
      facing: frame.facing,
      widthM: group.widthM,
      depthM: group.depthM,
      heightM: group.heightM,
      uHeight: group.uHeight,
      powerBudgetKw: group.powerBudgetKw,
      servers,
      ...(group.ashraeClass ? { ashraeClass: group.ashraeClass } : {}),
      ...(group.tapeStorage ? { tapeStorage: true } : {}),
    }
    checkInsideRoom(rack, spec, path, report)
    racks.push(rack)
    offsetM += group.widthM
  }
  return { racks, endOffsetM: offsetM }
}

function placeServers(
  group: ScenarioSpec['rows'][number]['racks'][number],
  modelIndex: Map<string, number>,
  spec: Pick<ScenarioSpec, 'serverModels'>,
  path: PropertyKey[],
  report: Report,
): PlacedServer[] {
  const servers: PlacedServer[] = []
  const usedBy = new Array<number>(group.uHeight + 1).fill(-1)
  group.servers.forEach((placement, p) => {
    const m = modelIndex.get(placement.model)
    if (m === undefined)
      return report([...path, 'servers', p, 'model'], `no server model has id "${placement.model}"`)
    const uHeight = spec.serverModels[m].uHeight
    for (let k = 0; k < placement.count; k++) {
      const uPosition = placement.uPosition + k * uHeight
      const top = uPosition + uHeight - 1
      if (top > group.uHeight)
        return report(
          [...path, 'servers', p],
          `server ${k + 1} would reach U${top}, above the rack's ${group.uHeight} U`,
        )
      for (let u = uPosition; u <= top; u++) {
        if (usedBy[u] >= 0)
          return report([...path, 'servers', p], `U${u} is already taken by servers[${usedBy[u]}]`)
        usedBy[u] = p
      }
      servers.push({ modelIndex: m, uPosition })
    }
  })
  return servers
}

function checkInsideRoom(
  rack: Rack,
  spec: Pick<ScenarioSpec, 'room'>,
  path: PropertyKey[],
  report: Report,
): void {
  const box = footprintOf(rack)
  const eps = 1e-9
  if (
    box.minXM < -eps ||
    box.minYM < -eps ||
    box.maxXM > spec.room.widthM + eps ||
    box.maxYM > spec.room.depthM + eps
  )
    report(
      path,
      `rack "${rack.id}" at (${rack.xM.toFixed(2)}, ${rack.yM.toFixed(2)}) m lies outside the ${spec.room.widthM} × ${spec.room.depthM} m room`,
    )
}
