// The Forecast tab's run: options, progress (replicas done of total), the last summary and the recommendations
// the user applied. A run forecasts the current hall's scenario on a pool of Web Workers (bridge/forecastPool);
// a cancelled or failed run keeps the previous summary on screen.
import { create } from 'zustand'
import type { Recommendation } from '../../sim/forecast/advice/recommendation.ts'
import type { ForecastSummary } from '../../sim/forecast/run/index.ts'
import type { ForecastJob } from '../../workers/forecastJob.ts'
import { CancelledError, runForecastPool, type PoolRun } from '../bridge/forecastPool.ts'
import { messageOf } from './actions.ts'
import { defaultOptions, demandOf, optionErrors, scenarioFactsOf } from './forecastOptions.ts'
import type { ForecastOptions } from './forecastOptions.ts'
import { currentHallText } from './hall.ts'
import { useUi } from './store.ts'

export type ForecastStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error'

export interface ForecastRunState {
  status: ForecastStatus
  /** Replicas finished and asked for, of the run in progress (or the last one). */
  done: number
  total: number
  /** The replicas are in and the provisioning advice is being verified (still 'running'). */
  advising: boolean
  options: ForecastOptions
  /** summarise's output: the same document as `npm run sim -- forecast <scenario> --json`'s `forecast`. */
  summary: ForecastSummary | null
  /** What the summary on screen was computed from: scenario name and the options of that run. */
  summaryOf: {
    scenario: string
    options: ForecastOptions
    applied: readonly Recommendation[]
    /** The tariff's currency, for the cost column (null: no tariff). */
    currency: string | null
  } | null
  error: string | null
  /** Recommendations applied, in order: their changes are appended to the scenario's growth section. */
  applied: Recommendation[]
}

const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1

export const useForecastRun = create<ForecastRunState>()(() => ({
  status: 'idle',
  done: 0,
  total: 0,
  advising: false,
  options: defaultOptions(cores),
  summary: null,
  summaryOf: null,
  error: null,
  applied: [],
}))

let current: PoolRun | null = null
// Each start and cancel takes a new number; a run whose number is no longer the latest drops its result.
let generation = 0

/** Changes some options (the panel's fields); a bad value stays so the field can say what is wrong with it. */
export function setForecastOptions(patch: Partial<ForecastOptions>): void {
  useForecastRun.setState((s) => ({ options: { ...s.options, ...patch } }))
}

/** Replaces the applied recommendations (SCENE's apply/revert call this, then startForecast). */
export function setApplied(applied: readonly Recommendation[]): void {
  useForecastRun.setState({ applied: [...applied] })
}

/** The job the workers run: the scenario's text, the knobs' demand, the applied changes. */
export function jobOf(
  text: string,
  scenario: string,
  options: ForecastOptions,
  applied: readonly Recommendation[],
): ForecastJob {
  return {
    scenarioText: text,
    source: `${scenario}.json`,
    months: options.months,
    seed: options.seed,
    failures: options.sampleFailures ? null : false,
    advice: options.advice,
    demand: demandOf(options.growth),
    changes: applied.flatMap((r) => r.changes),
  }
}

/**
 * Forecasts the current hall with the options and applied changes. A run already going is cancelled first
 * (its result would be of other inputs). Resolves when this run ends, however it ends; never rejects.
 */
export async function startForecast(): Promise<void> {
  current?.cancel()
  current = null
  const mine = ++generation
  const { options, applied } = useForecastRun.getState()
  const invalid = Object.values(optionErrors(options))
  if (invalid.length > 0) {
    useForecastRun.setState({ status: 'error', error: invalid.join('; ') })
    return
  }
  const scenario = useUi.getState().scenario
  useForecastRun.setState({
    status: 'running',
    done: 0,
    total: options.replicas,
    advising: false,
    error: null,
  })
  try {
    const text = currentHallText()
    const job = jobOf(text, scenario, options, applied)
    if (mine !== generation) return // a newer start or a cancel while the text loaded wins
    const run = runForecastPool(
      job,
      options.replicas,
      options.workers,
      (done, total) => {
        if (mine === generation) useForecastRun.setState({ done, total })
      },
      () => {
        if (mine === generation) useForecastRun.setState({ advising: true })
      },
    )
    current = run
    const summary = await run.summary
    if (mine !== generation) return
    current = null
    useForecastRun.setState({
      status: 'done',
      advising: false,
      summary,
      summaryOf: { scenario, options, applied: [...applied], currency: scenarioFactsOf(text).currency },
    })
  } catch (error) {
    if (mine !== generation) return
    current = null
    if (error instanceof CancelledError) useForecastRun.setState({ status: 'cancelled', advising: false })
    else useForecastRun.setState({ status: 'error', advising: false, error: messageOf(error) })
  }
}

/** Stops the run in progress: its workers are terminated, the previous summary stays. */
export function cancelForecast(): void {
  if (useForecastRun.getState().status !== 'running') return
  generation++
  current?.cancel()
  current = null
  useForecastRun.setState({ status: 'cancelled', advising: false })
}
