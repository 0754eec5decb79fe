// Mapped device types → Plenum server models (linear idle–max from a W figure, or a catalogue SPECpower curve).
import { specPowerEntry } from '../../catalog/specpower.ts'
import type { ServerModelInput } from '../../edit/edit.ts'
import { idOf } from './ids.ts'
import type { NbDeviceType } from './inventory.ts'
import type { MappingEntry } from './mapping.ts'
import { typeKey } from './mapping.ts'

/** Air through a server per kW at full load: 0.0828 m³/s gives a 10 K rise (ρ·c_p = 1207 J/(m³·K)). */
export const AIRFLOW_M3S_PER_KW = 0.0828

/** The server model a device type becomes under its (non-skip) mapping entry. */
export function serverModelOf(
  type: NbDeviceType,
  entry: Exclude<MappingEntry, { skip: true }>,
): ServerModelInput {
  const power =
    'catalogue' in entry
      ? { kind: 'specpower' as const, catalog: entry.catalogue }
      : { kind: 'linear' as const, idleW: entry.idleW, maxW: entry.maxW }
  return {
    id: idOf(typeKey(type), `type-${type.id}`),
    name: [type.manufacturer, type.model].filter(Boolean).join(' '),
    uHeight: Math.ceil(type.uHeight),
    power,
    airflowM3sPerKw: AIRFLOW_M3S_PER_KW,
  }
}

/** Full-load power of a mapping entry, W: the W figure, or the catalogue curve's 100 % point. */
export function fullLoadW(entry: Exclude<MappingEntry, { skip: true }>): number {
  if (!('catalogue' in entry)) return entry.maxW
  const curve = specPowerEntry(entry.catalogue)?.curveW ?? [0]
  return curve[curve.length - 1]
}
