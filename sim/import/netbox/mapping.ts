// The editable mapping from NetBox device types to Plenum server models (docs/hall.md#netbox-import), and its
// default: each type's power from its devices' power ports, idle as the catalogue's median idle share.
import { z } from 'zod'
import { SPECPOWER_CATALOG, SPECPOWER_IDS } from '../../catalog/specpower.ts'
import type { Inventory, NbDeviceType } from './inventory.ts'

export const mappingEntrySchema = z.union([
  z.strictObject({ catalogue: z.enum(SPECPOWER_IDS) }),
  z
    .strictObject({ idleW: z.number().min(0).max(20_000), maxW: z.number().min(1).max(20_000) })
    .refine((e) => e.idleW <= e.maxW, { path: ['idleW'], message: 'must not exceed maxW' }),
  z.strictObject({ skip: z.literal(true) }),
])
/** Keyed by device type slug (or model when a type has no slug). */
export const mappingSchema = z.record(z.string(), mappingEntrySchema)
export type MappingEntry = z.output<typeof mappingEntrySchema>
export type Mapping = Record<string, MappingEntry>

/**
 * Active idle over full-load power, the median of the 20 SPECpower_ssj2008 results in sim/catalog/specpower.ts
 * (0.245: from 0.114 to 0.735). NetBox gives one figure per device; this sets the other end of the linear model.
 */
export const IDLE_SHARE = median(SPECPOWER_CATALOG.map((e) => e.curveW[0] / e.curveW[e.curveW.length - 1]))

/** The key a device type is mapped under: its slug, else its model name. */
export const typeKey = (type: Pick<NbDeviceType, 'slug' | 'model'>) => type.slug || type.model

/**
 * One device's power at full load from its power ports, W, or null without data. Redundant supplies each carry
 * the whole load, so the largest `maximum_draw` counts, not their sum; the sum of `allocated_draw` (the planned
 * share per port) wins where filled in (ui-stack note §2, NetBox dcim PowerPort).
 */
export function devicePowerW(ports: Inventory['powerPorts']): number | null {
  const allocated = ports.filter((p) => p.allocatedDrawW !== null && p.allocatedDrawW > 0)
  if (allocated.length > 0) return allocated.reduce((sum, p) => sum + (p.allocatedDrawW ?? 0), 0)
  const maxima = ports.map((p) => p.maximumDrawW ?? 0).filter((w) => w > 0)
  return maxima.length > 0 ? Math.max(...maxima) : null
}

/** Each type's power: the largest of its devices' (devicePowerW), null when none of them has data. */
export function typePowersW(inventory: Inventory): Map<number, number | null> {
  const ports = new Map<number, Inventory['powerPorts']>()
  for (const port of inventory.powerPorts)
    if (port.deviceId !== null) ports.set(port.deviceId, [...(ports.get(port.deviceId) ?? []), port])
  const powers = new Map<number, number | null>(inventory.deviceTypes.map((t) => [t.id, null]))
  for (const device of inventory.devices) {
    if (device.deviceTypeId === null) continue
    const w = devicePowerW(ports.get(device.id) ?? [])
    const before = powers.get(device.deviceTypeId) ?? null
    if (w !== null && (before === null || w > before)) powers.set(device.deviceTypeId, w)
  }
  return powers
}

/** Without a user's choice: a type with power data → a linear idle–max model; without → skipped. */
export function defaultMapping(inventory: Inventory): Mapping {
  const powers = typePowersW(inventory)
  const mapping: Mapping = {}
  for (const type of inventory.deviceTypes) {
    const drawW = powers.get(type.id) ?? null
    const maxW = drawW === null ? null : Math.min(drawW, 20_000) // the schema's server limit
    mapping[typeKey(type)] = maxW === null ? { skip: true } : { idleW: Math.round(maxW * IDLE_SHARE), maxW }
  }
  return mapping
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
