// The Inspector for one rack: temperatures and power, its inlet's humidity and ASHRAE state, its zone, and its
// own time to each limit after the failure still in force (RackLimits.tsx).
import { useCallback } from 'react'
import { ENVELOPE_STATES } from '../../sim/index.ts'
import type { SceneLayout } from '../../sim/index.ts'
import { useUi } from '../state/store.ts'
import { envelopeText } from './panelText.ts'
import { fixed } from './format.ts'
import { LiveRow } from './LiveRow.tsx'
import { RackLimits } from './RackLimits.tsx'
import { LiveValue } from './LiveValue.tsx'
import { MeasuredRows } from './MeasuredRows.tsx'
import { useReader } from './useReader.ts'
import { ElevationButton } from './elevation/ElevationButton.tsx'
import { rackStateText } from '../scene/marks/rackState.ts'
import { useLiveText } from './useLiveText.ts'
import './rackState.css'

/** Dew point, RH and the ASHRAE class state of the rack's inlet (docs/physics.md#humidity-and-ashrae-classes). */
function ClimateRows({ index, ashraeClass }: { index: number; ashraeClass: string }) {
  const dewPoint = useReader('rackInletDewPointC', index, 1, 1)
  const rh = useReader('rackInletRhPct', index, 1, 0)
  const state = useCallback(
    (f: Float64Array, layout: SceneLayout) =>
      index < layout.racks.length
        ? envelopeText(ENVELOPE_STATES[f[layout.snapshot.rackEnvelope + index]])
        : '—',
    [index],
  )
  return (
    <table className="kv">
      <tbody>
        <LiveRow label="Inlet dew point" unit="°C" read={dewPoint} testId="inspector-dew-point" />
        <LiveRow label="Inlet RH" unit="%" read={rh} testId="inspector-rh" />
        <LiveRow label={`ASHRAE class ${ashraeClass}`} read={state} testId="inspector-envelope" />
        <ZoneRow index={index} />
      </tbody>
    </table>
  )
}

/** The cooling unit whose zone holds most of the rack, and that zone's air, when the room has zones. */
function ZoneRow({ index }: { index: number }) {
  const zones = useUi((s) => s.rackZones)
  const zone = Array.isArray(zones) ? zones[index] : undefined
  const unitIndex = useUi((s) => (zone ? (s.layout?.units.findIndex((u) => u.id === zone.unitId) ?? -1) : -1))
  const air = useReader('unitZoneAirC', Math.max(unitIndex, 0), 1, 1)
  if (!zone || unitIndex < 0) return null
  const label = (
    <>
      Zone of {zone.unitId}
      <small>{fixed(zone.share * 100, 0)} % of its exhaust</small>
    </>
  )
  return <LiveRow label={label} unit="°C air" read={air} testId="inspector-zone" />
}

/** Why the rack is dark or pulsing, in one line (hidden while it runs within its limits). */
function RackStateLine({ layout, index }: { layout: SceneLayout; index: number }) {
  const ref = useLiveText<HTMLParagraphElement>(
    useCallback(
      (f: Float64Array, l: SceneLayout) =>
        l === layout && index < l.racks.length ? (rackStateText(l, f, index) ?? '') : '',
      [layout, index],
    ),
  )
  return <p className="state-off rack-state" data-testid="inspector-rack-state" ref={ref} />
}

export function RackDetails({ layout, index }: { layout: SceneLayout; index: number }) {
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
      <ElevationButton rackId={rack.id} />
      <RackStateLine layout={layout} index={index} />
      <div className="grid2">
        <LiveValue label="Inlet" unit="°C" read={inlet} testId="inspector-inlet" />
        <LiveValue label="Exhaust" unit="°C" read={exhaust} testId="inspector-exhaust" />
        <LiveValue label="Power" unit="kW" read={power} testId="inspector-power" />
        <LiveValue label="Utilisation" unit="%" read={util} testId="inspector-util" />
      </div>
      <h4 className="sub-head">Inlet air</h4>
      <ClimateRows index={index} ashraeClass={rack.ashraeClass} />
      <RackLimits index={index} />
      <MeasuredRows kind="rack" index={index} />
    </>
  )
}
