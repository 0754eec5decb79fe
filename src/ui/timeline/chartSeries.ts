// The timeline's charts: which history channels each draws, in which unit, and the history turned into uPlot's
// aligned columns (x = Unix seconds, so the axis reads in the hall's clock). Pure; tested.
import type { HistoryChannel, RunHistory } from '../../../sim/history/types.ts'

export interface ChartLine {
  channel: HistoryChannel
  label: string
  colour: string
  /** History value → drawn value (W → kW, 0..1 → %). */
  scale: number
  /** Which y scale (and axis) the line is read against: 'y' left, 'y2' right. */
  axis: 'y' | 'y2'
}

export interface ChartSpec {
  id: string
  title: string
  /** Unit of the left axis, and of the right one when a line uses it. */
  unit: string
  unit2?: string
  lines: readonly ChartLine[]
}

const line = (channel: HistoryChannel, label: string, colour: string, scale = 1, axis: 'y' | 'y2' = 'y') => ({
  channel,
  label,
  colour,
  scale,
  axis,
})

export const CHARTS: readonly ChartSpec[] = [
  {
    id: 'power',
    title: 'Power',
    unit: 'kW',
    lines: [
      line('itW', 'IT', '#4f8cff', 1e-3),
      line('coolingW', 'Cooling', '#3ecf8e', 1e-3),
      line('facilityW', 'Facility', '#f5a524', 1e-3),
    ],
  },
  { id: 'pue', title: 'PUE', unit: 'ratio', lines: [line('pue', 'PUE', '#c08cff')] },
  {
    id: 'temperature',
    title: 'Temperatures',
    unit: '°C',
    lines: [line('maxInletC', 'Hottest inlet', '#ff6b6b'), line('roomAirC', 'Room air', '#7cc4ff')],
  },
  { id: 'utilization', title: 'Utilisation', unit: '%', lines: [line('utilization', 'CPU', '#4f8cff', 100)] },
  {
    id: 'headroom',
    title: 'Headroom',
    unit: '%',
    unit2: 'K',
    lines: [
      line('powerHeadroom', 'Power', '#f5a524', 100),
      line('coolingHeadroom', 'Cooling', '#3ecf8e', 100),
      line('thermalHeadroomK', 'Thermal', '#ff6b6b', 1, 'y2'),
    ],
  },
]

/** uPlot's columns for one chart: x in Unix seconds, then one column per line; NaN (PUE with no IT) → a gap. */
export function chartColumns(history: RunHistory, spec: ChartSpec, startEpochS: number): (number | null)[][] {
  const n = history.length
  const x: number[] = new Array(n)
  for (let i = 0; i < n; i++) x[i] = startEpochS + history.timeS[i]
  const ys = spec.lines.map((l) => {
    const src = history.channels[l.channel]
    const y: (number | null)[] = new Array(n)
    for (let i = 0; i < n; i++) {
      const v = src[i]
      y[i] = Number.isFinite(v) ? v * l.scale : null
    }
    return y
  })
  return [x, ...ys]
}
