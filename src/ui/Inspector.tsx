// Details of the selected rack or cooling unit: static specs from the layout, live values through refs.
import { useCallback, useMemo, useState } from 'react'
import type { SceneLayout } from '../../sim/index.ts'
import { select } from '../state/actions.ts'
import { send } from '../state/commands.ts'
import { useUi } from '../state/store.ts'
import { fixed } from './format.ts'
import { LiveValue } from './LiveValue.tsx'
import { MeasuredRows } from './MeasuredRows.tsx'

type Block = keyof Omit<SceneLayout['snapshot'], 'rackCount' | 'unitCount' | 'length'>

/** A reader of one value of instance `index` in `block`, scaled and rounded for display. */
function useReader(block: Block, index: number, scale: number, decimals: number) {
  return useCallback(
    (f: Float64Array, layout: SceneLayout) => {
      // The snapshot may still belong to the previous scenario for one frame after a switch.
      const count = block.startsWith('rack') ? layout.racks.length : layout.units.length
      return index < count ? fixed(f[layout.snapshot[block] + index] * scale, decimals) : '—'
    },
    [block, index, scale, decimals],
  )
}

function RackDetails({ layout, index }: { layout: SceneLayout; index: number }) {
  const rack = layout.racks[index]
  const inlet = useReader('rackInletC', index, 1, 1)
  const exhaust = useReader('rackExhaustC', index, 1, 1)
  const power = useReader('rackPowerW', index, 1e-3, 2)
  const util = useReader('rackUtilization', index, 100, 0)
  return (
    <>
      <h3 data-testid="inspector-title">Rack {rack.id}</h3>
      <p className="muted">
        {rack.serverCount} servers · {rack.powerBudgetKw} kW budget · front faces {rack.facing}
      </p>
      <div className="grid2">
        <LiveValue label="Inlet" unit="°C" read={inlet} testId="inspector-inlet" />
        <LiveValue label="Exhaust" unit="°C" read={exhaust} testId="inspector-exhaust" />
        <LiveValue label="Power" unit="kW" read={power} testId="inspector-power" />
        <LiveValue label="Utilisation" unit="%" read={util} testId="inspector-util" />
      </div>
      <MeasuredRows kind="rack" index={index} />
    </>
  )
}

function UnitDetails({ layout, index }: { layout: SceneLayout; index: number }) {
  const unit = layout.units[index]
  const running = useUi((s) => s.unitRunning[index] ?? true)
  const [pending, setPending] = useState(false)
  const load = useReader('unitLoadW', index, 1e-3, 1)
  const supply = useReader('unitSupplyC', index, 1, 1)
  const power = useReader('unitPowerW', index, 1e-3, 1)
  const toggle = async () => {
    setPending(true)
    await send({ type: running ? 'failCoolingUnit' : 'restoreCoolingUnit', unitId: unit.id })
    setPending(false)
  }
  return (
    <>
      <h3 data-testid="inspector-title">
        {unit.type.toUpperCase()} {unit.id}
      </h3>
      <p className="muted">
        {unit.capacityKw} kW capacity ·{' '}
        <span className={running ? 'state-on' : 'state-off'} data-testid="inspector-unit-state">
          {running ? 'running' : 'failed'}
        </span>
      </p>
      <div className="grid2">
        <LiveValue label="Heat load" unit="kW" read={load} testId="inspector-load" />
        <LiveValue label="Supply air" unit="°C" read={supply} testId="inspector-supply" />
        <LiveValue label="Power draw" unit="kW" read={power} testId="inspector-unit-power" />
      </div>
      <MeasuredRows kind="unit" index={index} />
      <button
        type="button"
        className={running ? 'danger' : 'primary'}
        data-testid="unit-toggle"
        disabled={pending}
        onClick={() => void toggle()}
      >
        {running ? 'Fail unit' : 'Restore unit'}
      </button>
    </>
  )
}

export function Inspector() {
  const selection = useUi((s) => s.selection)
  const layout = useUi((s) => s.layout)
  const valid = useMemo(() => {
    if (!selection || !layout) return false
    return selection.index < (selection.kind === 'rack' ? layout.racks : layout.units).length
  }, [selection, layout])
  return (
    <section className="panel inspector" data-testid="inspector">
      <div className="panel-head">
        <h2>Inspector</h2>
        {valid && (
          <button type="button" className="ghost" aria-label="Clear selection" onClick={() => select(null)}>
            ×
          </button>
        )}
      </div>
      {!valid || !selection || !layout ? (
        <p className="muted" data-testid="inspector-hint">
          Click a rack in the hall, or a cooling unit below. Drag to orbit, right-drag to pan, scroll to zoom.
        </p>
      ) : selection.kind === 'rack' ? (
        <RackDetails key={`r${selection.index}`} layout={layout} index={selection.index} />
      ) : (
        <UnitDetails key={`u${selection.index}`} layout={layout} index={selection.index} />
      )}
    </section>
  )
}
