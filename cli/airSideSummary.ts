// The summary's air-side row: coil load split into the units' net removal and their fans' heat
// (docs/physics.md#fan-heat-and-the-air-side-first-law).
import type { RunReport } from '../sim/index.ts'

type AirSideReport = RunReport['cooling']['airSide']

/**
 * One row as [label, value] at the end of the run, e.g. "coil 310.2 kW = net 288.0 + fans 22.2 kW; supply
 * 20.0–20.0 °C, coil-leaving 19.2–19.3 °C (fan rise 0.5–0.6 K)", over the running units.
 */
export function airSideRow(a: AirSideReport): [string, string] {
  const running = a.units.filter((u) => u.coilLoadKw > 0 || u.fanHeatKw > 0)
  const span = (pick: (u: AirSideReport['units'][number]) => number, digits: number, unit: string) => {
    if (running.length === 0) return 'n/a'
    const values = running.map(pick)
    return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)} ${unit}`
  }
  const kw = (value: number) => value.toFixed(1)
  const balance = `coil ${kw(a.coilLoadKw)} kW = net ${kw(a.netRemovalKw)} + fans ${kw(a.fanHeatKw)} kW`
  const temperatures = [span((u) => u.supplyC, 1, '°C'), span((u) => u.coilLeavingC, 1, '°C')]
  const supply = `supply ${temperatures[0]}, coil-leaving ${temperatures[1]}`
  return ['air side', `${balance}; ${supply} (fan rise ${span((u) => u.fanRiseK, 2, 'K')})`]
}
