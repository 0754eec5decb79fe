// A NetBox inventory → a Plenum scenario document and a report of what was placed, assumed and skipped (with why).
// docs/hall.md#netbox-import
import type { RackGroupInput } from '../../edit/edit.ts'
import type { ScenarioInput } from '../../scenario/schema.ts'
import { sizeCooling } from './cooling.ts'
import type { Inventory, NbRack } from './inventory.ts'
import { layOut, planRows } from './layout.ts'
import { defaultMapping, typeKey, typePowersW } from './mapping.ts'
import type { Mapping, MappingEntry } from './mapping.ts'
import { MAX_RACK_U, placeDevices } from './placeDevices.ts'
import type { Placed } from './placeDevices.ts'
import { ASSUMED_HEADROOM, mapPower } from './power.ts'
import type { Skip } from './power.ts'
import { NetboxError } from './read.ts'
import { fullLoadW, serverModelOf } from './serverModels.ts'

export interface ImportReport {
  racks: number
  devicesPlaced: number
  feeds: number
  skipped: Skip[]
  /** What Plenum made up where NetBox says nothing (cooling, missing feeds, a single UPS). */
  assumptions: string[]
  /** Each NetBox rack in the hall and the Plenum id it got. */
  rackIds: { netbox: string; id: string }[]
  /** Sum of the placed servers' full-load power, W: what the cooling is sized to. */
  designItW: number
}
export interface ImportResult {
  doc: ScenarioInput
  report: ImportReport
}
export interface ImportOptions {
  /** Per device type (slug or model), over the default mapping. */
  mapping?: Mapping
  source?: string
}

/** The mapping entry of a placed device (placeDevices placed only those not skipped). */
function entryOf(mapping: Mapping, p: Placed): Exclude<MappingEntry, { skip: true }> {
  const entry = mapping[typeKey(p.type)]
  if (!entry || 'skip' in entry) throw new Error(`${typeKey(p.type)} is mapped to skip, yet placed`)
  return entry
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))
const round2 = (v: number) => Math.round(v * 100) / 100

/** The scenario of an inventory; throws NetboxError when nothing would be left to simulate. */
export function netboxToScenario(inventory: Inventory, options: ImportOptions = {}): ImportResult {
  const source = options.source ?? 'netbox.json'
  const typePowerW = typePowersW(inventory)
  const mapping = { ...defaultMapping(inventory), ...options.mapping }
  const { placed, skipped: deviceSkips } = placeDevices(inventory, mapping, typePowerW)
  const skipped: Skip[] = [...inventory.notes]
  const rackWhy = new Map<number, string>()
  const withDevices = new Set(inventory.devices.map((d) => d.rackId))
  const hall: NbRack[] = []
  for (const rack of inventory.racks) {
    const why = !withDevices.has(rack.id)
      ? 'no devices'
      : rack.uHeight < 1 || rack.uHeight > MAX_RACK_U
        ? `${rack.uHeight} U: Plenum's racks are 1–${MAX_RACK_U} U`
        : null
    if (why) {
      rackWhy.set(rack.id, why)
      skipped.push({ what: `rack "${rack.name}"`, why })
    } else hall.push(rack)
  }
  skipped.push(...deviceSkips)
  if (hall.length === 0) throw new NetboxError(source, [{ path: '$', message: 'no rack holds a device' }])

  const plans = planRows(hall, inventory)
  const hallIds = new Map(plans.flatMap((p) => p.racks.map(({ rack, rackId }) => [rack.id, rackId] as const)))
  const rackName = new Map(inventory.racks.map((r) => [r.id, r.name]))
  const rackLoadW = new Map(
    [...placed].map(([id, list]) => [id, list.reduce((w, p) => w + fullLoadW(entryOf(mapping, p)), 0)]),
  )
  const absent = (id: number) =>
    rackName.has(id)
      ? `rack "${rackName.get(id)}" is not in the hall (${rackWhy.get(id)})`
      : `its rack (id ${id}) is not in the file`
  const power = mapPower(inventory, hallIds, absent, rackLoadW)
  skipped.push(...power.skipped)

  const models = new Map<number, ReturnType<typeof serverModelOf>>()
  const modelOf = (p: Placed) => {
    const entry = entryOf(mapping, p)
    if (!models.has(p.type.id)) models.set(p.type.id, serverModelOf(p.type, entry))
    return { id: models.get(p.type.id)?.id as string, w: fullLoadW(entry) }
  }
  let designItW = 0
  let devicesPlaced = 0
  const groupOf = (rack: NbRack): RackGroupInput => {
    const servers = (placed.get(rack.id) ?? []).map((p) => {
      const { id, w } = modelOf(p)
      designItW += w
      devicesPlaced++
      return { model: id, uPosition: p.uPosition, count: 1, w }
    })
    const budgetW = power.rackFeedW.get(rack.id) ?? servers.reduce((sum, s) => sum + s.w, 0)
    return {
      count: 1,
      uHeight: rack.uHeight,
      widthM: rack.outerWidthMm ? round2(clamp(rack.outerWidthMm / 1000, 0.3, 1.5)) : 0.6,
      depthM: rack.outerDepthMm ? round2(clamp(rack.outerDepthMm / 1000, 0.3, 2)) : 1.2,
      // 44.45 mm a unit plus 0.13 m of plinth and roof: a 42 U cabinet is 2.0 m.
      heightM: round2(clamp(rack.uHeight * 0.04445 + 0.13, 0.3, 3.5)),
      powerBudgetKw: round2(clamp(budgetW / 1000, 0.1, 500)),
      servers: servers
        .sort((a, b) => a.uPosition - b.uPosition)
        .map(({ model, uPosition }) => ({ model, uPosition, count: 1 })),
    }
  }
  const floor = layOut(plans, groupOf)
  if (models.size === 0)
    throw new NetboxError(source, [
      {
        path: '$',
        message: 'no device could be placed: map a device type to a catalogue model or a W figure',
      },
    ])
  const coolingUnits = sizeCooling(designItW, floor.depthM)
  const assumptions = [
    `${coolingUnits.length} CRAHs of ${coolingUnits[0].capacityKw} kW (N+1) for ${round2(designItW / 1000)} kW of IT`,
    ...power.assumptions,
  ]
  const upsKw = Math.max(1, Math.ceil((designItW / 1000) * ASSUMED_HEADROOM))
  if (!power.powerChain) assumptions.push(`no power feeds: one UPS of ${upsKw} kW (the IT load + 25 %)`)
  const doc: ScenarioInput = {
    version: 1,
    name: `NetBox: ${source}`,
    description: `Imported from ${source}: ${hall.length} racks, ${devicesPlaced} devices, ${power.feedsUsed} power feeds; rows laid out by site, location and name.`,
    seed: 1,
    startDate: '2026-01-05T00:00:00Z',
    horizon: '1d',
    stepS: 60,
    room: {
      widthM: floor.widthM,
      depthM: floor.depthM,
      heightM: Math.max(3.5, ...hall.map((r) => r.uHeight * 0.04445 + 1.2)),
    },
    aisles: floor.aisles,
    serverModels: [...models.values()],
    rows: floor.rows,
    coolingUnits,
    coolingRedundancy: 'N+1',
    ...(power.powerChain ? { powerChain: power.powerChain } : { electrical: { upsCapacityKw: upsKw } }),
    workload: { kind: 'diurnal', meanUtilization: 0.4, amplitude: 0.15 },
  }
  const rackIds = plans.flatMap((p) => p.racks.map(({ rack, rackId }) => ({ netbox: rack.name, id: rackId })))
  return {
    doc,
    report: {
      racks: hall.length,
      devicesPlaced,
      feeds: power.feedsUsed,
      skipped,
      assumptions,
      rackIds,
      designItW,
    },
  }
}
