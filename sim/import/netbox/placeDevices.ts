// NetBox devices → servers in rack units: the U a device starts at, counted from the rack's bottom as Plenum does,
// one device per U, and every device left out named with why. docs/hall.md#netbox-import
import type { Mapping } from './mapping.ts'
import { typeKey } from './mapping.ts'
import type { Inventory, NbDevice, NbDeviceType, NbRack } from './inventory.ts'
import type { Skip } from './power.ts'

/** A device placed in a rack: its type and the lowest U it occupies (1 = bottom). */
export interface Placed {
  device: NbDevice
  type: NbDeviceType
  uPosition: number
  uHeight: number
}

/** Plenum's tallest server model and rack, U (sim/scenario/serverSchema.ts, hallSchema.ts). */
export const MAX_SERVER_U = 10
export const MAX_RACK_U = 60
/** Device statuses of equipment that draws no power (NetBox DeviceStatusChoices). */
const UNPOWERED = new Set(['offline', 'planned', 'inventory'])

export const deviceLabel = (device: NbDevice, type: NbDeviceType | undefined) =>
  `device "${device.name || `${type?.model ?? 'unknown type'} #${device.id}`}"`

/**
 * The U (from the bottom, 1-based) of a device whose NetBox `position` is `position` and height `uHeight` units:
 * a half-U position is rounded down to its whole unit; with `desc_units` NetBox counts from the top.
 */
export function plenumU(rack: NbRack, position: number, uHeight: number): number {
  const fromStart = Math.floor(position) - rack.startingUnit
  return rack.descUnits ? rack.uHeight - fromStart - uHeight + 1 : fromStart + 1
}

/** Places every device the mapping keeps; `typePowerW` tells a type without power data from one mapped to skip. */
export function placeDevices(
  inventory: Inventory,
  mapping: Mapping,
  typePowerW: Map<number, number | null>,
): { placed: Map<number, Placed[]>; skipped: Skip[] } {
  const racks = new Map(inventory.racks.map((r) => [r.id, r]))
  const types = new Map(inventory.deviceTypes.map((t) => [t.id, t]))
  const placed = new Map<number, Placed[]>()
  const taken = new Map<number, Map<number, string>>()
  const skipped: Skip[] = []
  const ordered = [...inventory.devices].sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id)
  for (const device of ordered) {
    const type = device.deviceTypeId === null ? undefined : types.get(device.deviceTypeId)
    const what = deviceLabel(device, type)
    const rack = device.rackId === null ? undefined : racks.get(device.rackId)
    const why = ((): string | null => {
      if (device.rackId === null) return 'not in a rack'
      if (!rack) return `its rack (id ${device.rackId}) is not in the file`
      if (rack.uHeight > MAX_RACK_U)
        return `rack "${rack.name}" is ${rack.uHeight} U, above Plenum's ${MAX_RACK_U} U`
      if (device.position === null) return 'no U position (unracked, 0 U or in a device bay)'
      if (!type) return `its device type (id ${device.deviceTypeId}) is not in the file`
      if (UNPOWERED.has(device.status)) return `status "${device.status}": draws no power`
      const entry = mapping[typeKey(type)]
      if (!entry || 'skip' in entry)
        return typePowerW.get(type.id) === null
          ? `no power data: no maximum_draw or allocated_draw on the power ports of any ${type.model}`
          : `its type ${type.model} is mapped to skip`
      if (type.uHeight <= 0) return `${type.model} is 0 U (mounted outside the U space)`
      if (Math.ceil(type.uHeight) > MAX_SERVER_U)
        return `${type.model} is ${type.uHeight} U, above Plenum's ${MAX_SERVER_U} U per server`
      return null
    })()
    if (why || !rack || !type || device.position === null) {
      skipped.push({ what, why: why ?? 'unplaceable' })
      continue
    }
    const uHeight = Math.ceil(type.uHeight)
    const uPosition = plenumU(rack, device.position, uHeight)
    if (uPosition < 1 || uPosition + uHeight - 1 > rack.uHeight) {
      skipped.push({
        what,
        why: `U${device.position} + ${type.uHeight} U lies outside rack "${rack.name}"'s ${rack.uHeight} U`,
      })
      continue
    }
    const units = taken.get(rack.id) ?? new Map<number, string>()
    const clash = [...Array(uHeight).keys()].map((k) => units.get(uPosition + k)).find((o) => o !== undefined)
    if (clash) {
      skipped.push({
        what,
        why: `its U is already held by ${clash} (Plenum holds one device per U, either face)`,
      })
      continue
    }
    for (let k = 0; k < uHeight; k++) units.set(uPosition + k, what)
    taken.set(rack.id, units)
    placed.set(rack.id, [...(placed.get(rack.id) ?? []), { device, type, uPosition, uHeight }])
  }
  return { placed, skipped }
}
