// A and B overlaid per metric on elapsed time (A solid, B dashed) with Δ = B − A on a right-hand axis; the
// charts' cursors move together. x is hours since each run's own start: ui-stack.md §6, docs/compare.md#charts
import { useMemo } from 'react'
import type uPlot from 'uplot'
import type { Sides } from '../../state/compareResult.ts'
import type { ComparedRun } from '../../../workers/protocol.ts'
import { UPlotChart } from '../forecast/UPlotChart.tsx'

export const COMPARE_COLOURS = { a: '#4f8cff', b: '#f5a524', delta: '#c084fc' }
const AXIS = { stroke: '#8d99b0', grid: { stroke: '#263149', width: 1 }, ticks: { stroke: '#263149' } }
const FONT = '12px Inter, system-ui, sans-serif'

interface Metric {
  id: string
  title: string
  unit: string
  read: (r: ComparedRun) => Float64Array
}

const METRICS: readonly Metric[] = [
  { id: 'inlet', title: 'Hottest inlet', unit: '°C', read: (r) => r.series.maxInletC },
  { id: 'facility', title: 'Facility power', unit: 'kW', read: (r) => r.series.facilityKw },
  { id: 'it', title: 'IT power', unit: 'kW', read: (r) => r.series.itKw },
]

const label = (unit: string) => (_u: uPlot, ticks: number[]) => ticks.map((t) => `${+t.toFixed(2)} ${unit}`)
const deltaUnit = (unit: string) => (unit === '°C' ? 'K' : unit)

function options(metric: Metric): Omit<uPlot.Options, 'width'> {
  // Fixed widths: uPlot asks for a size before the labels exist, and "1400 kW" must fit (~7 px a character).
  const [left, right] = [64, 60]
  return {
    height: 128,
    legend: { show: false },
    cursor: { sync: { key: 'compare' }, points: { show: false } },
    scales: { x: { time: false } },
    axes: [
      { ...AXIS, font: FONT, size: 28, values: (_u, ticks) => ticks.map((t) => `${+t.toFixed(1)} h`) },
      { ...AXIS, font: FONT, size: left, values: label(metric.unit) },
      {
        ...AXIS,
        font: FONT,
        size: right,
        side: 1,
        scale: 'd',
        grid: { show: false },
        values: label(deltaUnit(metric.unit)),
      },
    ],
    series: [
      {},
      { label: 'A', stroke: COMPARE_COLOURS.a, width: 2, points: { show: false } },
      { label: 'B', stroke: COMPARE_COLOURS.b, width: 2, dash: [6, 4], points: { show: false } },
      { label: 'Δ', stroke: COMPARE_COLOURS.delta, width: 1, scale: 'd', points: { show: false } },
    ],
  }
}

function MetricChart({ metric, sides }: { metric: Metric; sides: Sides }) {
  const opts = useMemo(() => options(metric), [metric])
  const data = useMemo((): uPlot.AlignedData => {
    const { ref, other } = sides
    const n = Math.min(ref.series.timeS.length, other.series.timeS.length)
    const [a, b] = [metric.read(ref).subarray(0, n), metric.read(other).subarray(0, n)]
    const hours = Array.from(ref.series.timeS.subarray(0, n), (t) => (t - ref.fromS) / 3600)
    return [hours, Array.from(a), Array.from(b), Array.from(a, (v, k) => b[k] - v)]
  }, [metric, sides])
  return (
    <figure className="compare-chart" data-testid={`compare-chart-${metric.id}`}>
      <figcaption>
        <strong>{metric.title}</strong>{' '}
        <span className="muted">
          {metric.unit}; Δ right, {deltaUnit(metric.unit)}
        </span>
      </figcaption>
      <UPlotChart options={opts} data={data} />
    </figure>
  )
}

export function CompareCharts({ sides }: { sides: Sides }) {
  return (
    <div className="compare-charts">
      <div className="compare-key">
        <span>
          <i className="key-line a" /> A
        </span>
        <span>
          <i className="key-line b" /> B (dashed)
        </span>
        <span>
          <i className="key-line delta" /> Δ B − A
        </span>
        <span className="muted">x: hours since each run&apos;s start</span>
      </div>
      {METRICS.map((m) => (
        <MetricChart key={m.id} metric={m} sides={sides} />
      ))}
    </div>
  )
}
