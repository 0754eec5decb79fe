// Zod readers of the eight NetBox objects Plenum uses, one per kind, each accepting the REST and the dumpdata form
// of the same fields (fields.ts). Every field is optional with NetBox's own default (dcim/models/*.py); unknown
// fields are ignored, so newer NetBox versions read too.
import { z } from 'zod'
import { choice, decimal, decimalOr, fk, flag, text } from './fields.ts'
import type { InventoryKind } from './inventory.ts'

const id = z.number({ error: 'expected a numeric id' }).int('expected a whole-number id')

const site = z.looseObject({ id, name: text })
const location = z.looseObject({ id, name: text, site: fk })
const rack = z.looseObject({
  id,
  name: text,
  site: fk,
  location: fk,
  u_height: decimalOr(42),
  starting_unit: decimalOr(1),
  desc_units: flag(false),
  outer_width: decimal,
  outer_depth: decimal,
  outer_unit: choice(''),
})
// REST nests the manufacturer ({name}); dumpdata gives its pk, which is looked up in the manufacturers list.
const deviceType = z.looseObject({
  id,
  model: text,
  slug: text,
  manufacturer: z.unknown().optional(),
  u_height: decimalOr(1),
  is_full_depth: flag(true),
})
const device = z.looseObject({
  id,
  name: text,
  device_type: fk,
  rack: fk,
  position: decimal,
  face: choice(''),
  status: choice('active'),
})
const powerPort = z.looseObject({ id, device: fk, maximum_draw: decimal, allocated_draw: decimal })
const powerPanel = z.looseObject({ id, name: text, site: fk })
// Defaults of dcim/models/power.py PowerFeed: active, primary, ac, single-phase, 120 V, 20 A, 80 %.
const powerFeed = z.looseObject({
  id,
  name: text,
  power_panel: fk,
  rack: fk,
  status: choice('active'),
  type: choice('primary'),
  supply: choice('ac'),
  phase: choice('single-phase'),
  voltage: decimalOr(120),
  amperage: decimalOr(20),
  max_utilization: decimalOr(80),
  available_power: decimal,
})

/** The reader of each kind; `manufacturer` is read separately (a name, or a pk into dcim.manufacturer). */
export const OBJECT_SCHEMAS = {
  sites: site,
  locations: location,
  racks: rack,
  deviceTypes: deviceType,
  devices: device,
  powerPorts: powerPort,
  powerPanels: powerPanel,
  powerFeeds: powerFeed,
} satisfies Record<InventoryKind, z.ZodType>

export type RawObject<K extends InventoryKind> = z.output<(typeof OBJECT_SCHEMAS)[K]>

/**
 * The kind a REST endpoint segment, a dumpdata model name or a key of a combined file names: "device-types",
 * "dcim.devicetype", "device_types" and "deviceTypes" are all device types. Undefined for kinds Plenum ignores.
 */
export function kindOf(name: string): InventoryKind | 'manufacturers' | undefined {
  const key = name
    .replace(/^dcim\./, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()
    .replace(/s$/, '')
  return KINDS[key]
}

const KINDS: Record<string, InventoryKind | 'manufacturers'> = {
  site: 'sites',
  location: 'locations',
  rack: 'racks',
  devicetype: 'deviceTypes',
  device: 'devices',
  powerport: 'powerPorts',
  powerpanel: 'powerPanels',
  powerfeed: 'powerFeeds',
  manufacturer: 'manufacturers',
}
