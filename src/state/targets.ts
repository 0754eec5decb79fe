// What can be failed in a hall (cooling units, UPS systems, PDUs) and the commands that fail and restore each.
import type { Command, SceneLayout } from '../../sim/index.ts'

export type TargetKind = 'unit' | 'ups' | 'pdu'

export interface FailTarget {
  /** Unique across kinds, for a <select> value: "unit:crah-1", "pdu:pdu-a1". */
  key: string
  kind: TargetKind
  id: string
  /** One line for a picker: "crah-1 · CRAH 80 kW". */
  label: string
  fail: Command
  restore: Command
}

export const TARGET_GROUPS: readonly { kind: TargetKind; title: string }[] = [
  { kind: 'unit', title: 'Cooling units' },
  { kind: 'ups', title: 'UPS systems' },
  { kind: 'pdu', title: 'PDUs' },
]

/** Every failable asset of `layout`, cooling units first, then UPS systems, then PDUs, each in layout order. */
export function failTargets(layout: SceneLayout): FailTarget[] {
  const power = (kind: 'ups' | 'pdu', id: string, label: string): FailTarget => ({
    key: `${kind}:${id}`,
    kind,
    id,
    label,
    fail: { type: 'failPowerAsset', assetId: id },
    restore: { type: 'restorePowerAsset', assetId: id },
  })
  return [
    ...layout.units.map((u): FailTarget => ({
      key: `unit:${u.id}`,
      kind: 'unit',
      id: u.id,
      label: `${u.id} · ${u.type.toUpperCase()} ${u.capacityKw} kW`,
      fail: { type: 'failCoolingUnit', unitId: u.id },
      restore: { type: 'restoreCoolingUnit', unitId: u.id },
    })),
    ...layout.power.ups.map((u) => power('ups', u.id, `${u.id} · UPS ${u.redundancy} ${u.capacityKw} kW`)),
    ...layout.power.pdus.map((p) => power('pdu', p.id, `${p.id} · PDU on ${p.upsId}, ${p.capacityKw} kW`)),
  ]
}

/** The asset a command acts on (unit, UPS or PDU id), or "" for commands on the whole hall. */
export function targetIdOf(cmd: Command): string {
  if ('unitId' in cmd) return cmd.unitId
  if ('assetId' in cmd) return cmd.assetId
  if ('upsId' in cmd) return cmd.upsId
  return ''
}

/** Power assets down after `cmd`, given those down before (UPS systems and PDUs only: units are in the snapshot). */
export function powerDownAfter(down: readonly string[], cmd: Command): readonly string[] {
  if (cmd.type === 'failPowerAsset' && !down.includes(cmd.assetId)) return [...down, cmd.assetId]
  if (cmd.type === 'restorePowerAsset') return down.filter((id) => id !== cmd.assetId)
  return down
}
