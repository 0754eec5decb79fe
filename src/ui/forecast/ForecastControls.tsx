// The forecast's inputs: horizon, replicas, seed, workers, and growth: the scenario's own demand (shown as it
// is written) or a compound or linear rate with its σ that replaces it for this forecast.
import { useForecastRun, setForecastOptions } from '../../state/forecastRun.ts'
import { demandText, optionErrors, type GrowthKnob, type ScenarioFacts } from '../../state/forecastOptions.ts'
import { NumberField } from './NumberField.tsx'

const num = (v: number | null) => v ?? NaN

/** Starting knobs for a kind: the scenario's own numbers when it uses that kind, else a modest rate. */
function knobFor(kind: GrowthKnob['kind'], facts: ScenarioFacts): GrowthKnob {
  const d = facts.demand
  if (kind === 'compound')
    return d?.kind === 'compound'
      ? { kind, percentPerMonth: d.percentPerMonth, sigmaPercentPerMonth: d.sigmaPercentPerMonth ?? 0 }
      : { kind, percentPerMonth: 2, sigmaPercentPerMonth: 1 }
  if (kind === 'linear')
    return d?.kind === 'linear'
      ? { kind, baseItKw: d.baseItKw, kwPerMonth: d.kwPerMonth, sigmaKwPerMonth: d.sigmaKwPerMonth ?? 0 }
      : { kind, baseItKw: 100, kwPerMonth: 5, sigmaKwPerMonth: 1 }
  // A fitted table comes only from a growth fit's "Use as growth" (GrowthFit.tsx), not from this select.
  return { kind: 'scenario' }
}

function GrowthFields({ growth, errors }: { growth: GrowthKnob; errors: Partial<Record<string, string>> }) {
  const set = (patch: Record<string, number | null>) =>
    setForecastOptions({ growth: { ...growth, ...patch } as GrowthKnob })
  if (growth.kind === 'compound')
    return (
      <>
        <NumberField
          label="Growth"
          unit="%/month"
          value={growth.percentPerMonth}
          error={errors.rate}
          testId="forecast-rate"
          onChange={(v) => set({ percentPerMonth: num(v) })}
        />
        <NumberField
          label="σ"
          unit="%/month"
          value={growth.sigmaPercentPerMonth}
          error={errors.sigma}
          testId="forecast-sigma"
          onChange={(v) => set({ sigmaPercentPerMonth: num(v) })}
        />
      </>
    )
  if (growth.kind === 'linear')
    return (
      <>
        <NumberField
          label="Start IT"
          unit="kW"
          value={growth.baseItKw}
          error={errors.base}
          testId="forecast-base"
          onChange={(v) => set({ baseItKw: num(v) })}
        />
        <NumberField
          label="Growth"
          unit="kW/month"
          value={growth.kwPerMonth}
          error={errors.rate}
          testId="forecast-rate"
          onChange={(v) => set({ kwPerMonth: num(v) })}
        />
        <NumberField
          label="σ"
          unit="kW/month"
          value={growth.sigmaKwPerMonth}
          error={errors.sigma}
          testId="forecast-sigma"
          onChange={(v) => set({ sigmaKwPerMonth: num(v) })}
        />
      </>
    )
  return null
}

function Check(props: { testId: string; checked: boolean; onChange: (on: boolean) => void; label: string }) {
  return (
    <label className="forecast-check">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  )
}

export function ForecastControls({ facts }: { facts: ScenarioFacts }) {
  const options = useForecastRun((s) => s.options)
  const errors = optionErrors(options)
  return (
    <div className="forecast-controls" data-testid="forecast-controls">
      <div className="forecast-fields">
        <NumberField
          label="Horizon"
          unit="months"
          value={options.months}
          error={errors.months}
          testId="forecast-months"
          onChange={(v) => setForecastOptions({ months: num(v) })}
        />
        <NumberField
          label="Replicas"
          value={options.replicas}
          error={errors.replicas}
          testId="forecast-replicas"
          onChange={(v) => setForecastOptions({ replicas: num(v) })}
        />
        <NumberField
          label="Seed"
          value={options.seed}
          error={errors.seed}
          testId="forecast-seed"
          emptyMeans={facts.seed === null ? 'scenario’s' : `${facts.seed} (scenario’s)`}
          onChange={(v) => setForecastOptions({ seed: v })}
        />
        <NumberField
          label="Workers"
          value={options.workers}
          error={errors.workers}
          testId="forecast-workers"
          onChange={(v) => setForecastOptions({ workers: num(v) })}
        />
      </div>
      <div className="forecast-fields">
        <label className="forecast-field wide">
          <span className="field-label">Growth</span>
          <select
            data-testid="forecast-growth"
            value={options.growth.kind}
            onChange={(e) =>
              setForecastOptions({ growth: knobFor(e.target.value as GrowthKnob['kind'], facts) })
            }
          >
            <option value="scenario">scenario’s own</option>
            <option value="compound">compound %/month</option>
            <option value="linear">linear kW/month</option>
            <option value="table" disabled>
              fitted from a trace
            </option>
          </select>
        </label>
        <GrowthFields growth={options.growth} errors={errors} />
      </div>
      <Check
        testId="forecast-failures"
        checked={options.sampleFailures}
        onChange={(sampleFailures) => setForecastOptions({ sampleFailures })}
        label="Sample equipment failures (MTBF/MTTR from the scenario’s reliability); off: growth only"
      />
      <Check
        testId="forecast-advice"
        checked={options.advice}
        onChange={(advice) => setForecastOptions({ advice })}
        label="Provisioning advice, each verified by re-running growth only (seconds to minutes more)"
      />
      <p className="muted scenario-demand" data-testid="scenario-demand">
        The scenario says: {demandText(facts.demand)}
        {options.growth.kind !== 'scenario' && ' (replaced for this forecast)'}
      </p>
    </div>
  )
}
