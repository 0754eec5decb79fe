// The timeline's chart strip: power, PUE, temperatures, utilisation and headroom over the run, their cursors
// synced, each marking the time the hall shows; a click on any of them scrubs the hall there.
import { useMemo } from 'react'
import type uPlot from 'uplot'
import type { RunHistory } from '../../../sim/history/types.ts'
import { CHARTS, chartColumns } from './chartSeries.ts'
import type { ChartSpec } from './chartSeries.ts'
import { chartOptions } from './chartOptions.ts'
import { SyncedChart } from './SyncedChart.tsx'

/** Chart height in CSS px, axes included (the legend adds a line below): two rows fit at 1280×720. */
const PLOT_H = 84

function RunChart(props: {
  spec: ChartSpec
  history: RunHistory
  startEpochS: number
  viewS: number
  onPick: (tS: number) => void
}) {
  const { spec, history, startEpochS } = props
  const runId = history.runId
  const options = useMemo(() => chartOptions(spec, `run-${runId}`, PLOT_H), [spec, runId])
  const data = useMemo(
    () => chartColumns(history, spec, startEpochS) as uPlot.AlignedData,
    [history, spec, startEpochS],
  )
  return (
    <figure className="timeline-figure">
      <figcaption>{spec.title}</figcaption>
      <SyncedChart
        options={options}
        data={data}
        viewEpochS={startEpochS + props.viewS}
        onPick={(epochS) => props.onPick(epochS - startEpochS)}
        testId={`chart-${spec.id}`}
      />
    </figure>
  )
}

export function ChartStrip(props: {
  history: RunHistory
  startEpochS: number
  viewS: number
  onPick: (tS: number) => void
}) {
  return (
    <div className="timeline-charts" data-testid="timeline-charts">
      {CHARTS.map((spec) => (
        <RunChart key={spec.id} spec={spec} {...props} />
      ))}
    </div>
  )
}
