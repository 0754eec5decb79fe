// Growth fitted from history: with a recorded trace replaying, its IT peaks and their ETS fit are computed in the
// simulation worker and drawn (history, one-step fit, forecast with its 80 % interval); "Use as growth" makes the
// fitted table the forecast's demand. Too few peaks: says so with the counts instead of drawing a guess.
import { useMemo, useState } from 'react'
import type uPlot from 'uplot'
import type { GrowthFitResult } from '../../../workers/growthFit.ts'
import { simClient } from '../../bridge/simClient.ts'
import { messageOf } from '../../state/actions.ts'
import { setForecastOptions, useForecastRun } from '../../state/forecastRun.ts'
import { useUi } from '../../state/store.ts'
import { fitChartData, FIT_COLOURS } from './growthFitChart.ts'
import { UPlotChart } from './UPlotChart.tsx'

const AXIS = { stroke: '#8d99b0', grid: { stroke: '#263149', width: 1 }, ticks: { stroke: '#263149' } }

const OPTIONS: Omit<uPlot.Options, 'width'> = {
  height: 180,
  legend: { show: false },
  cursor: { show: false },
  scales: { x: { time: true } },
  axes: [AXIS, { ...AXIS, size: 60, values: (_u, ticks) => ticks.map((t) => `${t} kW`) }],
  series: [
    {},
    { label: 'peaks', stroke: FIT_COLOURS.history, width: 0, points: { show: true, size: 5 } },
    { label: 'fit', stroke: FIT_COLOURS.fit, width: 1.5, points: { show: false } },
    { label: 'forecast', stroke: FIT_COLOURS.forecast, width: 2, points: { show: false } },
    { label: 'low 80 %', stroke: 'transparent', points: { show: false } },
    { label: 'high 80 %', stroke: 'transparent', points: { show: false } },
  ],
  bands: [{ series: [5, 4], fill: FIT_COLOURS.band }],
}

// Each state but idle remembers the trace it is of: a result of the previous trace is not shown for the next.
type FitState =
  | { phase: 'idle' }
  | { phase: 'fitting' }
  | { phase: 'done'; result: GrowthFitResult }
  | { phase: 'error'; message: string }

function FitView({ result }: { result: GrowthFitResult }) {
  const data = useMemo(() => fitChartData(result), [result])
  const fit = result.fit
  return (
    <div data-testid="growth-fit-result">
      <p className={fit ? 'muted' : 'growth-fit-note'} data-testid="growth-fit-note">
        {result.note}
      </p>
      {fit && data && (
        <>
          <UPlotChart options={OPTIONS} data={data} testId="growth-fit-chart" />
          <p className="muted">
            Dots: {result.kind}ly IT peaks of the replayed trace; thin line: the model&apos;s one-step fit;
            thick line and band: its forecast and 80 % interval by month.
          </p>
          <button
            type="button"
            data-testid="use-fit-as-growth"
            title="Forecast with this table of monthly means and σ as the demand"
            onClick={() => setForecastOptions({ growth: { ...fit.demand } })}
          >
            Use as growth
          </button>
        </>
      )}
    </div>
  )
}

export function GrowthFit() {
  const trace = useUi((s) => (s.trace?.phase === 'replaying' ? s.trace : null))
  const months = useForecastRun((s) => s.options.months)
  const [fitted, setState] = useState<{ of: typeof trace; state: FitState }>({
    of: null,
    state: { phase: 'idle' },
  })
  const state: FitState = fitted.of === trace ? fitted.state : { phase: 'idle' }
  if (!trace)
    return <p className="muted">Load a recorded trace (Workload tab) to fit growth from its history.</p>
  const fit = () => {
    const of = trace
    setState({ of, state: { phase: 'fitting' } })
    simClient.growthFit(months).then(
      (result) => setState({ of, state: { phase: 'done', result } }),
      (error: unknown) => setState({ of, state: { phase: 'error', message: messageOf(error) } }),
    )
  }
  return (
    <div className="growth-fit" data-testid="growth-fit">
      <button type="button" data-testid="fit-growth" disabled={state.phase === 'fitting'} onClick={fit}>
        {state.phase === 'fitting' ? 'Fitting…' : 'Fit growth from the trace'}
      </button>
      {state.phase === 'fitting' && (
        <progress aria-label="Fitting growth from the trace" data-testid="fit-growth-progress" />
      )}
      {state.phase === 'error' && <p className="growth-fit-note">{state.message}</p>}
      {state.phase === 'done' && <FitView result={state.result} />}
    </div>
  )
}
