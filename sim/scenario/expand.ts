// expandScenario: validated spec → Scenario: racks laid out on the floor, servers resolved, cross-references checked.
import type { Facing, ScenarioSpec } from './schema.ts'
import type { PlacedServer, Rack, Scenario } from './types.ts'
import { parseDurationS } from './duration.ts'
import { MAX_HORIZON_S } from './primitives.ts'
import { checkPowerChainSpec } from '../model/powerChain/resolve.ts'
import { checkCoolingRedundancy } from '../model/coolingRedundancy.ts'
import { checkGivenRecirculation } from '../model/givenRecirculation.ts'
import { rackAirflowsM3s } from '../model/serverPower.ts'

type Report = (path: PropertyKey[], message: string) => void

const PERPENDICULAR: Record<'x' | 'y', Facing[]> = { x: ['+y', '-y'], y: ['+x', '-x'] }

/** Expands count-groups into racks with centre positions and checks what the schema alone cannot. */
export function expandScenario(spec: ScenarioSpec, report: Report): Scenario {
  const modelIndex = indexIds(spec.serverModels, ['serverModels'], report)
  const unitIndex = indexIds(spec.coolingUnits, ['coolingUnits'], report)
  indexIds(spec.rows, ['rows'], report)
  const racks: Rack[] = []
  const rackIds = new Set<string>()

  spec.rows.forEach((row, r) => {
    if (!PERPENDICULAR[row.axis].includes(row.facing))
      report(
        ['rows', r, 'facing'],
        `a row along ${row.axis} must face ${PERPENDICULAR[row.axis].join(' or ')}`,
      )
    let offsetM = 0
    const first = racks.length
    row.racks.forEach((group, g) => {
      const servers = placeServers(group, modelIndex, spec, ['rows', r, 'racks', g], report)
      for (let k = 0; k < group.count; k++) {
        const rowIndex = racks.length - first
        const id = `${group.idPrefix ?? `${row.id}-`}${String(rowIndex + 1).padStart(2, '0')}`
        if (rackIds.has(id)) report(['rows', r, 'racks', g], `rack id "${id}" is used twice`)
        rackIds.add(id)
        const along = offsetM + group.widthM / 2
        const across = group.depthM / 2
        const xM = row.axis === 'x' ? row.xM + along : row.xM + across
        const yM = row.axis === 'x' ? row.yM + across : row.yM + along
        const rack: Rack = {
          id,
          rowId: row.id,
          rowIndex,
          rowEnd: false,
          xM,
          yM,
          facing: row.facing,
          widthM: group.widthM,
          depthM: group.depthM,
          heightM: group.heightM,
          uHeight: group.uHeight,
          powerBudgetKw: group.powerBudgetKw,
          servers,
          ...(group.ashraeClass ? { ashraeClass: group.ashraeClass } : {}),
          ...(group.tapeStorage ? { tapeStorage: true } : {}),
        }
        checkInsideRoom(rack, spec, ['rows', r, 'racks', g], report)
        racks.push(rack)
        offsetM += group.widthM
      }
    })
    racks[first].rowEnd = true
    racks[racks.length - 1].rowEnd = true
  })

  spec.coolingUnits.forEach((unit, j) => {
    if (unit.xM < 0 || unit.yM < 0 || unit.xM > spec.room.widthM || unit.yM > spec.room.depthM)
      report(
        ['coolingUnits', j],
        `unit "${unit.id}" at (${unit.xM}, ${unit.yM}) m lies outside the ${spec.room.widthM} × ${spec.room.depthM} m room`,
      )
  })

  checkCoolingRedundancy(spec.coolingRedundancy, spec.coolingUnits.length, report)
  if (spec.room.recirculationMatrix)
    checkGivenRecirculation(
      spec.room.recirculationMatrix.entries,
      racks.map((r) => r.id),
      rackAirflowsM3s(racks, spec.serverModels),
      report,
    )
  checkEvents(spec, unitIndex, report)
  if (spec.powerChain && spec.electrical)
    report(['electrical'], 'give either electrical or powerChain, not both')
  else if (!spec.powerChain && !spec.electrical)
    report([], 'needs an electrical (single UPS) or a powerChain section')
  if (spec.powerChain)
    checkPowerChainSpec(
      spec.powerChain,
      racks.map((r) => r.id),
      (path, message) => report(['powerChain', ...path], message),
    )

  let horizonS = 0
  try {
    horizonS = parseDurationS(spec.horizon)
    if (horizonS > MAX_HORIZON_S) report(['horizon'], `must be at most 3650 d, got ${horizonS / 86_400} d`)
  } catch (error) {
    report(['horizon'], (error as Error).message)
  }
  return {
    name: spec.name,
    description: spec.description,
    seed: spec.seed,
    startEpochS: Date.parse(spec.startDate) / 1000,
    horizonS,
    stepS: spec.stepS,
    room: spec.room,
    aisles: spec.aisles,
    serverModels: spec.serverModels,
    racks,
    coolingUnits: spec.coolingUnits,
    coolingRedundancy: spec.coolingRedundancy,
    electrical: spec.electrical,
    powerChain: spec.powerChain,
    plant: spec.plant,
    workload: spec.workload,
    events: [...spec.events].sort((a, b) => a.atS - b.atS),
    shadow: spec.shadow,
  }
}

/** Events must name cooling units and power assets that exist. */
function checkEvents(spec: ScenarioSpec, unitIndex: Map<string, number>, report: Report): void {
  const powerIds = new Set(
    [...(spec.powerChain?.upsSystems ?? []), ...(spec.powerChain?.pdus ?? [])].map((a) => a.id),
  )
  spec.events.forEach((event, e) => {
    const cmd = event.command
    if ('unitId' in cmd && !unitIndex.has(cmd.unitId))
      report(['events', e, 'command', 'unitId'], `no cooling unit has id "${cmd.unitId}"`)
    const assetId = 'assetId' in cmd ? cmd.assetId : 'upsId' in cmd ? cmd.upsId : undefined
    if (assetId !== undefined && !powerIds.has(assetId))
      report(['events', e, 'command'], `no UPS system or PDU has id "${assetId}"`)
  })
}

function indexIds(items: { id: string }[], path: PropertyKey[], report: Report): Map<string, number> {
  const index = new Map<string, number>()
  items.forEach((item, i) => {
    if (index.has(item.id))
      report(
        [...path, i, 'id'],
        `id "${item.id}" is already used by ${path[0] as string}[${index.get(item.id)}]`,
      )
    else index.set(item.id, i)
  })
  return index
}

function placeServers(
  group: ScenarioSpec['rows'][number]['racks'][number],
  modelIndex: Map<string, number>,
  spec: ScenarioSpec,
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

function checkInsideRoom(rack: Rack, spec: ScenarioSpec, path: PropertyKey[], report: Report): void {
  const halfX = (rack.facing === '+y' || rack.facing === '-y' ? rack.widthM : rack.depthM) / 2
  const halfY = (rack.facing === '+y' || rack.facing === '-y' ? rack.depthM : rack.widthM) / 2
  const eps = 1e-9
  if (
    rack.xM - halfX < -eps ||
    rack.yM - halfY < -eps ||
    rack.xM + halfX > spec.room.widthM + eps ||
    rack.yM + halfY > spec.room.depthM + eps
  )
    report(
      path,
      `rack "${rack.id}" at (${rack.xM.toFixed(2)}, ${rack.yM.toFixed(2)}) m lies outside the ${spec.room.widthM} × ${spec.room.depthM} m room`,
    )
}
