// What the hover tooltip says about a rack or a cooling unit: its name and the few numbers a walk-through asks
// first, read from the newest snapshot (pure: the tooltip and its test share it).
import type { SceneLayout } from '../../sim/index.ts'
import { fixed } from '../ui/format.ts'
import { rackStateText } from './marks/rackState.ts'

/** The instance under the pointer: rack i or unit j of the layout (the instanced meshes' instanceId). */
export interface HoverTarget {
  kind: 'rack' | 'unit'
  index: number
}

export interface TooltipText {
  title: string
  rows: [label: string, value: string][]
}

/**
 * The tooltip for `target`; `frame` is the newest snapshot of this layout, or null before one has arrived (the
 * numbers then show a dash).
 */
export function tooltipText(
  layout: SceneLayout,
  frame: Float64Array | null,
  target: HoverTarget,
): TooltipText {
  const s = layout.snapshot
  const at = (base: number) => (frame ? frame[base + target.index] : NaN)
  if (target.kind === 'rack') {
    const rack = layout.racks[target.index]
    // Why it is dark, or pulsing: "No power: pdu-a1 and pdu-b1 failed".
    const state = frame ? rackStateText(layout, frame, target.index) : null
    return {
      title: `Rack ${rack.id}`,
      rows: [
        ...(state ? [['State', state] as [string, string]] : []),
        ['Inlet', `${fixed(at(s.rackInletC), 1)} °C`],
        ['IT', `${fixed(at(s.rackPowerW) / 1000, 2)} / ${rack.powerBudgetKw} kW`],
        ['Servers', String(rack.serverCount)],
      ],
    }
  }
  const unit = layout.units[target.index]
  const running = at(s.unitRunning)
  return {
    title: `${unit.type.toUpperCase()} ${unit.id}`,
    rows: [
      ['Supply', `${fixed(at(s.unitSupplyC), 1)} °C`],
      ['Load', `${fixed(at(s.unitLoadW) / 1000, 1)} / ${unit.capacityKw} kW`],
      ['State', Number.isNaN(running) ? '—' : running > 0 ? 'running' : 'failed'],
    ],
  }
}
