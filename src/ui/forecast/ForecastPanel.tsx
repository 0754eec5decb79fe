// The Forecast tab: when the hall's capacity lines are first crossed as its growth unfolds, run as a Monte Carlo
// of replicas on the page's worker pool. docs/forecast.md#the-forecast-tab
import { useMemo } from 'react'
import type { ResourceKind } from '../../../sim/forecast/ledger/index.ts'
import { scenarioFactsOf, type ScenarioFacts } from '../../state/forecastOptions.ts'
import { useForecastRun } from '../../state/forecastRun.ts'
import { hallJson, useHall } from '../../state/hall.ts'
import { useUi } from '../../state/store.ts'
import { BreakingPointView } from './BreakingPointView.tsx'
import { BreaksFirstTable } from './BreaksFirstTable.tsx'
import { CrossingTimeline } from './CrossingTimeline.tsx'
import { FanChart, FanLegend } from './FanChart.tsx'
import { ForecastControls } from './ForecastControls.tsx'
import { ForecastExport } from './ForecastExport.tsx'
import { ForecastRunBar } from './ForecastRunBar.tsx'
import { MonthlyTable } from './MonthlyTable.tsx'
import { GrowthFit } from './GrowthFit.tsx'
import { Recommendations } from './Recommendations.tsx'

const NO_FACTS: ScenarioFacts = { demand: null, seed: null, currency: null }

/** The current hall's own demand, seed and currency, read from its document when it changes. */
function useScenarioFacts(): ScenarioFacts {
  const doc = useHall((s) => s.doc)
  return useMemo(() => (doc ? scenarioFactsOf(hallJson(doc)) : NO_FACTS), [doc])
}

/** The chiller plant the sampled failures assumed (the engine models one chiller behind every CRAH). */
function chillerNote(plant: { chillers: number; spares: number } | null): string {
  if (!plant) return ''
  if (plant.chillers === 1)
    return ' (1 chiller, no standby: its failure fails every CRAH; see reliability.chillers)'
  return ` (${plant.chillers} chillers, ${plant.spares} standby)`
}

function Results() {
  const summary = useForecastRun((s) => s.summary)
  const of = useForecastRun((s) => s.summaryOf)
  const scenario = useUi((s) => s.scenario)
  if (!summary || !of) return null
  const kinds = Object.keys(summary.kindLimits) as ResourceKind[]
  return (
    <div className="forecast-results" data-testid="forecast-results">
      <p className="muted" data-testid="forecast-of">
        {of.scenario !== scenario && <strong>Of scenario “{of.scenario}”. </strong>}
        {summary.replicas} replicas × {summary.months} months, seed {summary.seed},{' '}
        {summary.failures.sampled
          ? `failures sampled${chillerNote(summary.failures.chillerPlant)}`
          : 'growth only'}
        {of.applied.length > 0 && `, with ${of.applied.length} applied recommendation(s)`}
      </p>
      <ForecastExport summary={summary} scenario={of.scenario} />
      <h3>First crossing</h3>
      <CrossingTimeline summary={summary} />
      <h3>Recommendations</h3>
      <Recommendations />
      <h3>What breaks first</h3>
      <BreaksFirstTable summary={summary} />
      <h3>Breaking point today</h3>
      <BreakingPointView summary={summary} />
      <h3>Load by resource kind</h3>
      <FanLegend />
      {kinds.map((kind) => (
        <FanChart key={kind} summary={summary} kind={kind} />
      ))}
      <h3>Energy, cost and emissions by month</h3>
      <MonthlyTable summary={summary} currency={of.currency} />
    </div>
  )
}

export function ForecastPanel({ hidden }: { hidden: boolean }) {
  const facts = useScenarioFacts()
  return (
    <div className="tab-pane forecast-panel" role="tabpanel" hidden={hidden} data-testid="forecast-panel">
      <section className="panel">
        <ForecastControls facts={facts} />
        <ForecastRunBar />
      </section>
      <section className="panel">
        <Results />
      </section>
      <section className="panel">
        <h3>Growth fitted from history</h3>
        <GrowthFit />
      </section>
    </div>
  )
}
