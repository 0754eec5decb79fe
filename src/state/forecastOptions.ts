// What the Forecast tab asks for, and its checks: horizon, replicas, seed, workers and the growth knobs that may
// override the scenario's demand. Limits are the command line's (MAX_MONTHS, MAX_REPLICAS).
import { MAX_MONTHS, MAX_REPLICAS } from '../../sim/forecast/run/index.ts'
import type { DemandInput } from '../../workers/forecastDemand.ts'

/** The scenario's own demand, or a rate held for the whole horizon with its uncertainty (σ between replicas). */
export type GrowthKnob =
  | { kind: 'scenario' }
  | { kind: 'compound'; percentPerMonth: number; sigmaPercentPerMonth: number }
  | { kind: 'linear'; baseItKw: number; kwPerMonth: number; sigmaKwPerMonth: number }
  // A fitted forecast (the Forecast tab's "Use as growth" of a growth fit): monthly means and σ.
  | Extract<DemandInput, { kind: 'table' }>

export interface ForecastOptions {
  months: number
  replicas: number
  /** null: the scenario's own seed (what `npm run sim -- forecast` uses without --seed). */
  seed: number | null
  workers: number
  growth: GrowthKnob
  /** false: growth only, as `--no-failures`; true: the scenario's reliability.sampleFailures decides (default). */
  sampleFailures: boolean
  /** Provisioning advice after the summary, as the CLI by default (false: `--no-advice`). */
  advice: boolean
}

/** The most workers the tab starts: beyond the cores they only share them. */
export const MAX_WORKERS = 64

/** Starting options: small enough to finish in seconds on a laptop; one worker per logical core. */
export function defaultOptions(cores: number): ForecastOptions {
  return {
    months: 24,
    replicas: 100,
    seed: null,
    workers: Math.min(MAX_WORKERS, Math.max(1, cores)),
    growth: { kind: 'scenario' },
    sampleFailures: true,
    advice: true,
  }
}

const whole = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi
const within = (v: number, lo: number, hi: number) => Number.isFinite(v) && v >= lo && v <= hi

/** One message per bad field, keyed by field name; empty when the options can run. */
export function optionErrors(o: ForecastOptions): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {}
  if (!whole(o.months, 1, MAX_MONTHS))
    errors.months = `Horizon: a whole number of months from 1 to ${MAX_MONTHS}`
  if (!whole(o.replicas, 1, MAX_REPLICAS))
    errors.replicas = `Replicas: a whole number from 1 to ${MAX_REPLICAS}`
  if (o.seed !== null && !whole(o.seed, 0, 0xffffffff))
    errors.seed = 'Seed: a whole number from 0 to 4294967295, or empty for the scenario’s'
  if (!whole(o.workers, 1, MAX_WORKERS)) errors.workers = `Workers: a whole number from 1 to ${MAX_WORKERS}`
  const g = o.growth
  // The growth schema's own ranges (sim/scenario/growthSchema.ts), so the worker never refuses what passed here.
  if (g.kind === 'compound') {
    if (!within(g.percentPerMonth, -50, 100)) errors.rate = 'Growth: −50 to 100 %/month'
    if (!within(g.sigmaPercentPerMonth, 0, 50)) errors.sigma = 'σ: 0 to 50 %/month'
  } else if (g.kind === 'linear') {
    if (!within(g.baseItKw, 0.1, 1_000_000)) errors.base = 'Start IT: 0.1 to 1,000,000 kW'
    if (!within(g.kwPerMonth, -1_000_000 / 12, 1_000_000 / 12))
      errors.rate = 'Growth: ±83,333 kW/month at most'
    if (!within(g.sigmaKwPerMonth, 0, 1_000_000 / 12)) errors.sigma = 'σ: 0 to 83,333 kW/month'
  }
  return errors
}

/** The demand the knobs put in place of the scenario's, in the growth schema's terms (null: keep the scenario's). */
export function demandOf(growth: GrowthKnob): DemandInput | null {
  // The knobs carry the schema's field names, so the knob is the demand.
  return growth.kind === 'scenario' ? null : { ...growth }
}

/** What the scenario says itself, shown beside the knobs: its demand as written, seed and tariff currency. */
export interface ScenarioFacts {
  demand: DemandInput | null
  seed: number | null
  currency: string | null
}

/** Read from the JSON text as written (the worker validates it); nulls for what it lacks or cannot parse. */
export function scenarioFactsOf(text: string): ScenarioFacts {
  try {
    const doc = JSON.parse(text) as {
      seed?: number
      growth?: { demand?: DemandInput; tariff?: { currency?: string } }
    }
    return {
      demand: doc.growth?.demand ?? null,
      seed: typeof doc.seed === 'number' ? doc.seed : null,
      currency: doc.growth?.tariff?.currency ?? null,
    }
  } catch {
    return { demand: null, seed: null, currency: null }
  }
}

/** "compound +2.5 %/month, σ 1" — the scenario's demand in a line. */
export function demandText(demand: DemandInput | null): string {
  if (!demand) return 'no growth section'
  const sign = (v: number) => (v >= 0 ? `+${v}` : `−${-v}`)
  if (demand.kind === 'compound')
    return `compound ${sign(demand.percentPerMonth)} %/month, σ ${demand.sigmaPercentPerMonth ?? 0} %/month`
  if (demand.kind === 'linear')
    return `linear from ${demand.baseItKw} kW, ${sign(demand.kwPerMonth)} kW/month, σ ${demand.sigmaKwPerMonth ?? 0}`
  return `a table of ${demand.meanKw.length} months${demand.source ? ` (${demand.source})` : ''}`
}
