// Validated NetBox objects (objects.ts) → the Inventory's records: NetBox field names to Plenum's, units named.
import type { Inventory, InventoryKind } from './inventory.ts'
import type { RawObject } from './objects.ts'

type Parsed = { kind: InventoryKind | 'manufacturers'; value: Record<string, unknown>; at: string }

const MM_PER_INCH = 25.4

/** Groups validated objects by kind and renames their fields; manufacturers only name device types. */
export function normalise(parsed: Parsed[], notes: Inventory['notes']): Inventory {
  const of = <K extends InventoryKind>(kind: K) =>
    parsed.filter((p) => p.kind === kind).map((p) => ({ raw: p.value as RawObject<K>, at: p.at }))
  const manufacturers = new Map<number, string>()
  for (const p of parsed)
    if (p.kind === 'manufacturers' && typeof p.value.name === 'string')
      manufacturers.set(Number(p.value.id), p.value.name)

  return {
    sites: of('sites').map(({ raw, at }) => ({ id: raw.id, name: raw.name || `site ${raw.id}`, at })),
    locations: of('locations').map(({ raw, at }) => ({
      id: raw.id,
      name: raw.name || `location ${raw.id}`,
      siteId: raw.site,
      at,
    })),
    racks: of('racks').map(({ raw, at }) => {
      const toMm = raw.outer_unit === 'in' ? MM_PER_INCH : 1
      return {
        id: raw.id,
        name: raw.name || `rack ${raw.id}`,
        siteId: raw.site,
        locationId: raw.location,
        uHeight: raw.u_height,
        startingUnit: raw.starting_unit,
        descUnits: raw.desc_units,
        outerWidthMm: raw.outer_width === null ? null : raw.outer_width * toMm,
        outerDepthMm: raw.outer_depth === null ? null : raw.outer_depth * toMm,
        at,
      }
    }),
    deviceTypes: of('deviceTypes').map(({ raw, at }) => ({
      id: raw.id,
      model: raw.model || `type ${raw.id}`,
      slug: raw.slug,
      manufacturer: manufacturerName(raw.manufacturer, manufacturers),
      uHeight: raw.u_height,
      isFullDepth: raw.is_full_depth,
      at,
    })),
    devices: of('devices').map(({ raw, at }) => ({
      id: raw.id,
      name: raw.name,
      deviceTypeId: raw.device_type,
      rackId: raw.rack,
      position: raw.position,
      face: raw.face,
      status: raw.status,
      at,
    })),
    powerPorts: of('powerPorts').map(({ raw, at }) => ({
      id: raw.id,
      deviceId: raw.device,
      maximumDrawW: raw.maximum_draw,
      allocatedDrawW: raw.allocated_draw,
      at,
    })),
    powerPanels: of('powerPanels').map(({ raw, at }) => ({
      id: raw.id,
      name: raw.name || `panel ${raw.id}`,
      siteId: raw.site,
      at,
    })),
    powerFeeds: of('powerFeeds').map(({ raw, at }) => ({
      id: raw.id,
      name: raw.name || `feed ${raw.id}`,
      panelId: raw.power_panel,
      rackId: raw.rack,
      status: raw.status,
      type: raw.type,
      supply: raw.supply,
      phase: raw.phase,
      voltageV: raw.voltage,
      amperageA: raw.amperage,
      maxUtilizationPct: raw.max_utilization,
      storedAvailableW: raw.available_power,
      at,
    })),
    notes,
  }
}

function manufacturerName(value: unknown, byId: Map<number, string>): string {
  if (typeof value === 'number') return byId.get(value) ?? ''
  if (typeof value === 'object' && value !== null) {
    const m = value as { name?: unknown; display?: unknown }
    if (typeof m.name === 'string') return m.name
    if (typeof m.display === 'string') return m.display
  }
  return ''
}
