// Growth fitted from a recorded trace: the trace replayed on the hall to its end for the IT power history, its
// monthly or weekly peaks, and the ETS fit and forecast the growth section can take (docs/forecast.md#growth-fit-in-the-hall).
import { createSimulation, runWorkProblem } from '../sim/index.ts'
import type { Scenario, TraceInput } from '../sim/index.ts'
import { growthFromPeaks, peaksOf, zOfLevel } from '../sim/forecast/growth/index.ts'
import type { GrowthFit, PeriodPeak } from '../sim/forecast/growth/index.ts'
import { candidateForms, minimumLength } from '../sim/forecast/growth/etsFit.ts'
import { seriesSummary } from './traceSummary.ts'

/** Seasons of monthly and weekly peaks: a year (growthFromPeaks' periods). */
const SEASON = { month: 12, week: 52 } as const
/** Samples replayed between two pauses: 8 × 900 s is 120 physics steps of the default hall, a few ms. */
const SAMPLES_PER_CHUNK = 8

export interface GrowthFitResult {
  /** The IT power history sampled every sampleS, s after the scenario start, W. */
  sampleS: number
  /** Peaks per calendar month and ISO week: what the fit could take. */
  peaks: { month: PeriodPeak[]; week: PeriodPeak[] }
  /** Peaks a seasonal fit needs (two whole seasons), and the fewest any fit needs (ETS(A,N,N)). */
  seasonalNeeds: { month: number; week: number }
  leastNeeded: number
  /** Which peaks were fitted, or null when there were too few of either for any fit. */
  kind: 'month' | 'week' | null
  fit: { name: string; fitted: number[]; seasonal: boolean; demand: GrowthFit['demand'] } | null
  /** z of the 80 % interval the chart draws around the forecast (mean ± z·σ). */
  z80: number
  /** What the fit could and could not do, with the counts, in one sentence. */
  note: string
}

/** How long a trace runs from the scenario start, s: its last sample's end, or its last job's. */
export function traceLengthS(trace: TraceInput): number {
  const series = trace.utilization?.series ?? []
  const seriesS = seriesSummary(series, []).durationS
  const jobsS = (trace.jobs ?? []).reduce((end, j) => Math.max(end, j.submitS + j.durationS), 0)
  return Math.max(seriesS, jobsS)
}

/**
 * Replays `trace` on `scenario` from 0 to its end, sampling the hall's IT power every `sampleS`, and fits the
 * peaks: monthly when there are two years of them (a seasonal fit), else weekly (seasonal from two years of weeks,
 * non-seasonal below that), for `months` months ahead.
 * @throws (rejects) Error for no trace, or one that would take minutes to replay (runWorkProblem's words)
 */
export async function growthFitOf(
  scenario: Scenario,
  trace: TraceInput,
  months: number,
  sampleS = 900,
  pause: () => Promise<void> = async () => undefined,
): Promise<GrowthFitResult> {
  const lengthS = traceLengthS(trace)
  if (!(lengthS > 0))
    throw new Error('fit growth: no recorded trace is replaying (load one in the Workload tab)')
  const tooMuch = runWorkProblem(scenario, lengthS, trace.jobs?.length)
  if (tooMuch)
    throw new Error(`fit growth: replaying the trace's ${(lengthS / 86_400).toFixed(1)} days: ${tooMuch}`)
  const sim = createSimulation(scenario, trace)
  const timesS: number[] = []
  const powerW: number[] = []
  // Up to, not at, the end: a sample at the very end would open a period holding a single instant.
  for (let t = 0, k = 0; t < lengthS; t += sampleS, k++) {
    // Between chunks the worker answers other calls (the page's heartbeat ping): a long trace takes seconds.
    if (k % SAMPLES_PER_CHUNK === 0) await pause()
    sim.runUntil(t)
    timesS.push(t)
    powerW.push(sim.world.totals.itW)
  }
  const series = { startEpochS: scenario.startEpochS, timesS, powerW }
  const peaks = { month: peaksOf(series, 'month'), week: peaksOf(series, 'week') }
  const seasonalNeeds = {
    month: minimumLength(candidateForms(SEASON.month)[5]),
    week: minimumLength(candidateForms(SEASON.week)[5]),
  }
  const leastNeeded = minimumLength(candidateForms(1)[0])
  const kind: GrowthFitResult['kind'] =
    peaks.month.length >= seasonalNeeds.month ? 'month' : peaks.week.length >= leastNeeded ? 'week' : null
  const counts = `${peaks.week.length} weekly and ${peaks.month.length} monthly peaks`
  const base = { sampleS, peaks, seasonalNeeds, leastNeeded, kind, z80: zOfLevel(80) }
  if (!kind)
    return {
      ...base,
      fit: null,
      note: `The trace gives ${counts}; any fit needs at least ${leastNeeded} and a seasonal one ${seasonalNeeds.week} weekly or ${seasonalNeeds.month} monthly: too short to fit.`,
    } satisfies GrowthFitResult
  const result = growthFromPeaks(peaks[kind], kind, months, 'the replayed trace')
  const chosen = result.fits[0]
  const seasonal = chosen.form.season !== 'N'
  const why = seasonal
    ? `seasonal, from ${peaks[kind].length} ${kind}ly peaks`
    : `no seasonal term: ${peaks[kind].length} ${kind}ly peaks, a seasonal fit needs ${seasonalNeeds[kind]}`
  return {
    ...base,
    fit: { name: chosen.name, fitted: chosen.fitted, seasonal, demand: result.demand },
    note: `${chosen.name} chosen by AICc (${why}).`,
  } satisfies GrowthFitResult
}
