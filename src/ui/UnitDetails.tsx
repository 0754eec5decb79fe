// The Inspector for one cooling unit: its air side (return, coil-leaving, supply, fan rise), coil load against
// its rating, supply dew point and draw, with fail/restore (docs/physics.md#fan-heat-and-the-air-side-first-law).
import { useCallback, useState } from 'react'
import type { SceneLayout } from '../../sim/index.ts'
import { send } from '../state/commands.ts'
import { useUi } from '../state/store.ts'
import { coilLoadText } from './panelText.ts'
import { LiveRow } from './LiveRow.tsx'
import { MeasuredRows } from './MeasuredRows.tsx'
import { useReader } from './useReader.ts'

function AirSideRows({ index, unit }: { index: number; unit: SceneLayout['units'][number] }) {
  const { capacityKw } = unit
  const ret = useReader('unitReturnC', index, 1, 1)
  const coil = useReader('unitCoilLeavingC', index, 1, 1)
  const supply = useReader('unitSupplyC', index, 1, 1)
  const rise = useReader('unitFanRiseK', index, 1, 2)
  const dewPoint = useReader('unitSupplyDewPointC', index, 1, 1)
  const power = useReader('unitPowerW', index, 1e-3, 1)
  // A CRAH's own draw is its fan; the chillers' power is shared out by coil load (plant/plantStep.ts).
  const drawLabel = (
    <>
      Power draw
      <small>{unit.type === 'crac' ? 'fan + compressor' : 'fan + its share of the chillers'}</small>
    </>
  )
  const load = useCallback(
    (f: Float64Array, layout: SceneLayout) =>
      index < layout.units.length ? coilLoadText(f[layout.snapshot.unitLoadW + index], capacityKw) : '—',
    [index, capacityKw],
  )
  return (
    <table className="kv">
      <tbody>
        <LiveRow label="Return air" unit="°C" read={ret} testId="inspector-return" />
        <LiveRow label="Coil-leaving air" unit="°C" read={coil} testId="inspector-coil-leaving" />
        <LiveRow label="Supply air" unit="°C" read={supply} testId="inspector-supply" />
        <LiveRow label="Fan temperature rise" unit="K" read={rise} testId="inspector-fan-rise" />
        <LiveRow label="Coil load" read={load} testId="inspector-load" />
        <LiveRow label="Supply dew point" unit="°C" read={dewPoint} testId="inspector-supply-dew-point" />
        <LiveRow label={drawLabel} unit="kW" read={power} testId="inspector-unit-power" />
      </tbody>
    </table>
  )
}

export function UnitDetails({ layout, index }: { layout: SceneLayout; index: number }) {
  const unit = layout.units[index]
  const running = useUi((s) => s.unitRunning[index] ?? true)
  const [pending, setPending] = useState(false)
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
      <AirSideRows index={index} unit={unit} />
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
