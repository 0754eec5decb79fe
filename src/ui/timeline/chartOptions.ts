// uPlot options for one timeline chart: the hall's clock on x (UTC), units on the axes, the cursor synced with
// the other charts of the run, no drag-to-zoom (a drag on a chart is a scrub, not a zoom).
import uPlot from 'uplot'
import { formatShortTime } from '../format.ts'
import type { ChartSpec } from './chartSeries.ts'

const AXIS = {
  stroke: '#8d99b0',
  grid: { stroke: '#263149', width: 1 },
  ticks: { stroke: '#263149', size: 4 },
  gap: 3,
}

/** Two decimals for PUE, one elsewhere: what the KPI strip prints. */
const digits = (spec: ChartSpec) => (spec.id === 'pue' ? 2 : 1)

export function chartOptions(spec: ChartSpec, syncKey: string, height: number): Omit<uPlot.Options, 'width'> {
  const d = digits(spec)
  const value = (unit: string) => (_u: uPlot, v: number | null) =>
    v == null ? '—' : `${v.toFixed(d)} ${unit}`
  const hasRight = spec.lines.some((l) => l.axis === 'y2')
  return {
    height,
    // The hall's clock is UTC (src/ui/format.ts); uPlot would otherwise label the axis in the viewer's zone.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
    cursor: {
      // docs/timeline.md#cursor-sync: one key per run, so a restarted run's charts do not follow the old ones.
      sync: { key: syncKey, setSeries: true },
      drag: { x: false, y: false },
      points: { size: 6 },
    },
    legend: { live: true },
    scales: { x: { time: true }, y: { auto: true }, ...(hasRight ? { y2: { auto: true } } : {}) },
    axes: [
      { ...AXIS, space: 60, size: 24, values: (_u, ticks) => ticks.map(clockTick) },
      {
        ...AXIS,
        label: spec.unit,
        labelSize: 12,
        size: 44,
        space: 18,
        values: (_u, ticks) => ticks.map((t) => fmtTick(t)),
      },
      ...(hasRight
        ? [
            {
              ...AXIS,
              scale: 'y2',
              side: 1 as const,
              label: spec.unit2,
              labelSize: 12,
              size: 36,
              space: 18,
              grid: { show: false },
            },
          ]
        : []),
    ],
    series: [
      { label: 'Time', value: '{YYYY}-{MM}-{DD} {HH}:{mm}' },
      ...spec.lines.map((l) => ({
        label: l.label,
        stroke: l.colour,
        width: 1.5,
        scale: l.axis,
        value: value(l.axis === 'y2' ? (spec.unit2 ?? '') : spec.unit === 'ratio' ? '' : spec.unit),
      })),
    ],
  }
}

/** Axis ticks without trailing zeros: "120", "1.5", "0.25". */
export const fmtTick = (t: number) => String(Number(t.toFixed(2)))

/** An x tick in the hall's clock (UTC): "Jan 5" at midnight, "14:30" otherwise; ticks are Unix s. */
export function clockTick(epochS: number): string {
  const text = formatShortTime(epochS)
  return epochS % 86_400 === 0 ? text.slice(0, -6) : text.slice(-5)
}
