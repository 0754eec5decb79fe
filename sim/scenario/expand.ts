// expandScenario: validated spec → Scenario: racks laid out on the floor, servers resolved, cross-references checked.
import type { ScenarioSpec } from './schema.ts'
import type { Rack, Scenario } from './types.ts'
import { expandRow } from './expandRow.ts'
import { checkOverlaps } from './overlaps.ts'
import { checkGrowth } from '../forecast/growth/inventory.ts'
import { parseDurationS } from './duration.ts'
import { MAX_HORIZON_S } from './primitives.ts'
import { checkPowerChainSpec } from '../model/powerChain/resolve.ts'
import { checkCoolingRedundancy } from '../model/coolingRedundancy.ts'
import { checkGivenRecirculation } from '../model/givenRecirculation.ts'
import { rackAirflowsM3s } from '../model/serverPower.ts'

type Report = (path: PropertyKey[], message: string) => void

/** Expands count-groups into racks with centre positions and checks what the schema alone cannot. */
export function expandScenario(spec: ScenarioSpec, reportTo: Report): Scenario {
  let reported = 0
  const report: Report = (path, message) => {
    reported++
    reportTo(path, message)
  }
  const modelIndex = indexIds(spec.serverModels, ['serverModels'], report)
  const unitIndex = indexIds(spec.coolingUnits, ['coolingUnits'], report)
  indexIds(spec.rows, ['rows'], report)
  const racks: Rack[] = []
  const rackIds = new Set<string>()
  const rackPaths = new Map<string, PropertyKey[]>()

  spec.rows.forEach((row, r) =>
    expandRow(row, ['rows', r], modelIndex, spec, rackIds, racks, report, rackPaths),
  )
  spec.coolingUnits.forEach((unit, j) => {
    if (unit.xM < 0 || unit.yM < 0 || unit.xM > spec.room.widthM || unit.yM > spec.room.depthM)
      report(
        ['coolingUnits', j],
        `unit "${unit.id}" at (${unit.xM}, ${unit.yM}) m lies outside the ${spec.room.widthM} × ${spec.room.depthM} m room`,
      )
  })
  // Overlaps of a hall laid out wrongly (a row facing along its axis, a rack through a wall) would only repeat those.
  if (reported === 0) checkOverlaps(racks, rackPaths, spec.coolingUnits, report)

  checkCoolingRedundancy(spec.coolingRedundancy, spec.coolingUnits.length, report)
  if (spec.room.recirculationMatrix)
    checkGivenRecirculation(
      spec.room.recirculationMatrix.entries,
      racks.map((r) => r.id),
      rackAirflowsM3s(racks, spec.serverModels),
      report,
    )
  checkEvents(spec, unitIndex, report)
  const startEpochS = Date.parse(spec.startDate) / 1000
  if (spec.growth) checkGrowth(spec.growth, racks, { ...spec, startEpochS }, report)
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
    startEpochS,
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
    ...(spec.growth ? { growth: spec.growth } : {}),
    ...(spec.reliability ? { reliability: spec.reliability } : {}),
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
