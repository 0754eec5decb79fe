// One row's strip in the one-line diagram: its label (racks, kW, % of their budgets, how many are off) and a cell
// per rack coloured by its draw against its budget, dark with a red edge when it is off; a cell's title says why.
import type { SceneLayout } from '../../../sim/index.ts'
import { MARK_UNIT_FAILED_HEX, RACK_OFF_HEX } from '../../scene/palette.ts'
import { rackConditionOf, rackStateText } from '../../scene/marks/rackState.ts'
import { loadColour, loadText } from './loadText.ts'
import { cellBox } from './oneLineModel.ts'
import type { RowStrip } from './oneLineModel.ts'

export function Strip({ s, layout, frame }: { s: RowStrip; layout: SceneLayout; frame: Float64Array }) {
  const snap = layout.snapshot
  let powerW = 0
  let budgetW = 0
  let off = 0
  for (const i of s.racks) {
    powerW += frame[snap.rackPowerW + i]
    budgetW += layout.racks[i].powerBudgetKw * 1000
    if (rackConditionOf(layout, frame, i) !== 'running') off++
  }
  const share = budgetW > 0 ? powerW / budgetW : 0
  return (
    <g data-testid={`oneline-row-${s.rowId}`} data-off={off} data-load-w={powerW.toFixed(0)}>
      <text x={s.x} y={s.y + 11} className="ol-row">
        Row {s.rowId} · {s.racks.length} racks · {loadText(powerW)} · {Math.round(share * 100)} %
        {off > 0 && <tspan className="ol-down"> · {off} off</tspan>}
      </text>
      {s.racks.map((i, k) => {
        const b = cellBox(s, k)
        const dead = rackConditionOf(layout, frame, i) !== 'running'
        const rack = layout.racks[i]
        const drawW = frame[snap.rackPowerW + i]
        const why = rackStateText(layout, frame, i)
        return (
          <rect
            key={i}
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            rx={1.5}
            fill={dead ? RACK_OFF_HEX : loadColour(drawW / (rack.powerBudgetKw * 1000))}
            stroke={dead ? MARK_UNIT_FAILED_HEX : 'none'}
            strokeWidth={0.8}
          >
            <title>{`${rack.id}: ${loadText(drawW, rack.powerBudgetKw)} of budget${why ? ` — ${why}` : ''}`}</title>
          </rect>
        )
      })}
    </g>
  )
}
