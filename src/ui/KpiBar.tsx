// The KPI strip: facility-level numbers from the snapshot header, updated per frame through refs.
import { HEADER, pueNow } from '../../sim/index.ts'
import type { SceneLayout } from '../../sim/index.ts'
import { fixed } from './format.ts'
import { LiveValue } from './LiveValue.tsx'
import { PueNote } from './PueNote.tsx'

const kw = (slot: number) => (f: Float64Array) => fixed(f[slot] / 1000, 1)
const readIt = kw(HEADER.itW)
const readCooling = kw(HEADER.coolingW)
const readFacility = kw(HEADER.facilityW)
const readPue = (f: Float64Array) => fixed(pueNow(f), 2)
const readMaxInlet = (f: Float64Array) => fixed(f[HEADER.maxInletC], 1)
// The mixed room air the racks draw from when cooling falls short: it leads the inlets when units fail.
const readRoomAir = (f: Float64Array) => fixed(f[HEADER.roomAirC], 1)
const readUnits = (f: Float64Array, layout: SceneLayout) =>
  `${f[HEADER.runningUnits]} / ${layout.units.length}`

export function KpiBar() {
  return (
    <section className="kpis" aria-label="Key figures">
      <LiveValue label="IT load" unit="kW" read={readIt} testId="kpi-it" />
      <LiveValue label="Cooling" unit="kW" read={readCooling} testId="kpi-cooling" />
      <LiveValue label="Facility" unit="kW" read={readFacility} testId="kpi-facility" />
      {/* The note sits in the PUE cell's top-right corner, beside the short label (docs/feel.md#pue-when-racks-are-off). */}
      <div className="kpi-pue">
        <LiveValue label="PUE" read={readPue} testId="kpi-pue" />
        <PueNote />
      </div>
      <LiveValue label="Max inlet" unit="°C" read={readMaxInlet} testId="kpi-max-inlet" />
      <LiveValue label="Room air" unit="°C" read={readRoomAir} testId="kpi-room-air" />
      <LiveValue label="Units running" read={readUnits} testId="kpi-units" />
    </section>
  )
}
