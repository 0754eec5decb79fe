// One resource kind's fan chart: the worst line of that kind each month (p50 line, p10–p90 band across
// replicas) against its limit: 100 % of the design limit, or the strictest inlet limit in °C.
import { useMemo } from 'react'
import type uPlot from 'uplot'
import type { ResourceKind } from '../../../sim/forecast/ledger/index.ts'
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'
import { fanScaleOf } from './fanScale.ts'
import { kindLabel } from './kindLabels.ts'
import { UPlotChart } from './UPlotChart.tsx'

const AXIS = { stroke: '#8d99b0', grid: { stroke: '#263149', width: 1 }, ticks: { stroke: '#263149' } }
const FONT = '12px Inter, system-ui, sans-serif'
export const FAN_COLOURS = { band: 'rgba(79,140,255,0.28)', p50: '#4f8cff', limit: '#e5484d' }

function fanOptions(unit: '%' | '°C', yMax: number | null): Omit<uPlot.Options, 'width'> {
  return {
    height: 150,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false },
      ...(yMax === null ? {} : { y: { range: (_u, min) => [Math.min(0, min), yMax] as uPlot.Range.MinMax } }),
    },
    axes: [
      {
        ...AXIS,
        font: FONT,
        size: 30,
        values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')),
      },
      {
        ...AXIS,
        font: FONT,
        // Wide enough for the longest label ("1500 %" when a line runs far past its limit): ~7 px a character.
        size: (_u, values) => 18 + 7 * Math.max(3, ...(values ?? []).map((v) => v.length)),
        values: (_u, ticks) => ticks.map((t) => `${t}${unit === '%' ? ' %' : ' °C'}`),
      },
    ],
    series: [
      {},
      { label: 'p10', stroke: 'transparent', points: { show: false } },
      { label: 'p50', stroke: FAN_COLOURS.p50, width: 2, points: { show: false } },
      { label: 'p90', stroke: 'transparent', points: { show: false } },
      { label: 'limit', stroke: FAN_COLOURS.limit, width: 1.5, dash: [6, 4], points: { show: false } },
    ],
    bands: [{ series: [3, 1], fill: FAN_COLOURS.band }],
  }
}

export function FanChart(props: { summary: ForecastSummary; kind: ResourceKind }) {
  const { summary, kind } = props
  const limit = summary.kindLimits[kind]!
  const data = useMemo((): uPlot.AlignedData => {
    const bands = summary.monthly.map((m) => m.worstByKind[kind])
    return [
      summary.monthly.map((m) => m.month),
      bands.map((b) => b?.p10 ?? null),
      bands.map((b) => b?.p50 ?? null),
      bands.map((b) => b?.p90 ?? null),
      summary.monthly.map(() => limit.limit),
    ]
  }, [summary, kind, limit.limit])
  const scale = useMemo(
    () => fanScaleOf(data[2] as (number | null)[], data[3] as (number | null)[], limit.limit),
    [data, limit.limit],
  )
  const options = useMemo(() => fanOptions(limit.unit, scale.max), [limit.unit, scale.max])
  const what = limit.unit === '%' ? 'worst line, % of its design limit' : 'hottest inlet, °C'
  return (
    <figure className="fan-chart" data-testid={`fan-${kind}`}>
      <figcaption>
        <strong>{kindLabel(kind)}</strong> <span className="muted">{what}</span>
        {scale.offScale && (
          <span className="off-scale" data-testid={`off-scale-${kind}`}>
            {' '}
            · p90 off the scale, up to {scale.offScale.value.toFixed(0)} {limit.unit} at month{' '}
            {scale.offScale.month}
          </span>
        )}
      </figcaption>
      <UPlotChart options={options} data={data} />
    </figure>
  )
}

/** The one legend for every fan chart above them, and the x axis's meaning. */
export function FanLegend() {
  return (
    <div className="fan-legend" data-testid="fan-legend">
      <span>
        <i className="swatch band" /> p10–p90 of replicas
      </span>
      <span>
        <i className="swatch p50" /> p50
      </span>
      <span>
        <i className="swatch limit" /> limit
      </span>
      <span className="muted">x: months from the start</span>
    </div>
  )
}
