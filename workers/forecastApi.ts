// createForecastApi: a what-if from now and its baseline, both replayed from the live run's inputs, walked to a horizon.
import {
  commandSchema,
  FAILURE_LIMITS_C,
  forkFromInputs,
  jsonPath,
  pueOf,
  runWorkProblem,
} from '../sim/index.ts'
import type { FailureRecord, ForkInputs, Simulation, TimedCommand } from '../sim/index.ts'
import { transfer } from 'comlink'

export const MAX_HORIZON_S = 30 * 86_400
export const MAX_SAMPLES = 10_000

/** One run sampled every sampleS from now (the last sample is at the horizon): columns for a chart. */
export interface ForecastSeries {
  /** Simulated time, s since the scenario start. */
  timeS: Float64Array
  /** Hottest rack inlet at the sample, °C. */
  maxInletC: Float64Array
  itKw: Float64Array
  facilityKw: Float64Array
  coolingKw: Float64Array
  /** Facility energy / IT energy from now to the sample (NaN at now, before any energy). */
  pue: Float64Array
  /** Power-chain conditions active at the sample. */
  powerConditions: Float64Array
}

/** A run from now to the horizon reduced to what a planner compares. */
export interface ForecastSummary {
  /** Hottest rack inlet at any physics step over the horizon, °C, and when (s since the scenario start). */
  peakInletC: number
  peakAtS: number
  /** Seconds from now until the hottest inlet first reaches each of FAILURE_LIMITS_C, to 0.1 s (null: never). */
  reachedS: (number | null)[]
  /** Seconds over the horizon with some inlet above 27 °C / above the ASHRAE class's allowable maximum. */
  aboveRecommendedS: number
  aboveAllowableS: number
  itEnergyKwh: number
  facilityEnergyKwh: number
  coolingEnergyKwh: number
  /** Facility energy / IT energy over the horizon (The Green Grid); NaN with no IT energy. */
  pue: number
  /** Racks that shut down on inlet temperature during the horizon (restarts not counted). */
  serverTrips: number
  /** Power-chain conditions raised during the horizon, and the most active at any sample. */
  powerConditionsRaised: number
  /** Cooling (redundancy lost, over capacity) and rack-inlet climate conditions raised during the horizon. */
  coolingConditionsRaised: number
  climateConditionsRaised: number
  peakPowerConditions: number
  /** Failures that happened during the horizon, each with its frozen-input time-to-limit projection. */
  failures: FailureRecord[]
}

export interface RunForecast {
  series: ForecastSeries
  summary: ForecastSummary
}

export interface Forecast {
  /** The fork's "now" and the horizon's end, s since the scenario start; the scenario's t = 0 as Unix s. */
  fromS: number
  toS: number
  startEpochS: number
  baseline: RunForecast
  fork: RunForecast
}

/** Events of `log` from index `from` on that raised a condition. */
const raisedSince = (log: readonly { transition: 'raised' | 'cleared' }[], from: number) =>
  log.slice(from).filter((e) => e.transition === 'raised').length

/** Sample times from `fromS` every `sampleS`, plus the horizon's end when it falls between two samples. */
function sampleTimes(fromS: number, toS: number, sampleS: number): number[] {
  const whole = Math.floor((toS - fromS) / sampleS)
  const times = Array.from({ length: whole + 1 }, (_, k) => fromS + k * sampleS)
  if (times[whole] < toS) times.push(toS)
  return times
}

/**
 * Runs `sim` from its present to `toS`, observing the hottest inlet after every physics step (where the
 * engine's own peak tracking looks) and sampling KPIs at `sampleS`. Observing only runs events, so the run
 * is exactly the one an unobserved simulation would take. `onSample(k)` runs after sample k is recorded (the
 * compare view reads per-rack inlets there; docs/compare.md#how-a-comparison-runs).
 */
export function walkForecast(
  sim: Simulation,
  toS: number,
  sampleS: number,
  onSample?: (k: number) => void,
): RunForecast {
  const { world, tracking } = sim
  const fromS = sim.nowS
  const stepS = sim.scenario.stepS
  const start = sim.kpis()
  const compliance = tracking.compliance
  const [above27S, aboveAllowableS] = [
    compliance.timeAboveS('recommended'),
    compliance.timeAboveS('allowable'),
  ]
  const [trips0, power0, failures0] = [
    world.thermalEvents.length,
    world.electrical.log.length,
    sim.failures.length,
  ]
  const [cooling0, climate0] = [world.coolingConditions.log.length, tracking.climate.conditions.log.length]

  const times = sampleTimes(fromS, toS, sampleS)
  const columns = Array.from({ length: 7 }, () => new Float64Array(times.length))
  const [timeS, maxInletC, itKw, facilityKw, coolingKw, pue, powerConditions] = columns
  // Crossings found between physics steps, not at them (sim/model/timeToLimit.ts watchLimits).
  const reachedS = sim.watchLimits(FAILURE_LIMITS_C)
  let [peakInletC, peakAtS] = [-Infinity, fromS]
  const observe = (tS: number) => {
    let hottestC = -Infinity
    for (let i = 0; i < world.rackCount; i++) hottestC = Math.max(hottestC, world.rackInletC[i])
    if (hottestC > peakInletC) [peakInletC, peakAtS] = [hottestC, tS]
    return hottestC
  }
  const record = (k: number, hottestC: number) => {
    const now = sim.kpis()
    const itKwh = now.itEnergyKwh - start.itEnergyKwh
    timeS[k] = sim.nowS
    maxInletC[k] = hottestC
    itKw[k] = world.totals.itW / 1000
    facilityKw[k] = world.totals.facilityW / 1000
    coolingKw[k] = world.totals.coolingW / 1000
    pue[k] = pueOf(now.facilityEnergyKwh - start.facilityEnergyKwh, itKwh)
    powerConditions[k] = world.electrical.conditions.length
    onSample?.(k)
  }
  record(0, observe(fromS))
  // Physics ticks fall on whole multiples of stepS from t = 0; counting them avoids drift from adding.
  let tick = Math.floor(fromS / stepS) + 1
  for (let k = 1; k < times.length;) {
    const tS = Math.min(tick * stepS, times[k])
    sim.runUntil(tS)
    const hottestC = observe(tS)
    if (tS === tick * stepS) tick++
    if (tS === times[k]) record(k++, hottestC)
  }

  const end = sim.kpis()
  const itEnergyKwh = end.itEnergyKwh - start.itEnergyKwh
  const facilityEnergyKwh = end.facilityEnergyKwh - start.facilityEnergyKwh
  const summary: ForecastSummary = {
    peakInletC,
    peakAtS,
    reachedS: reachedS(),
    aboveRecommendedS: compliance.timeAboveS('recommended') - above27S,
    aboveAllowableS: compliance.timeAboveS('allowable') - aboveAllowableS,
    itEnergyKwh,
    facilityEnergyKwh,
    coolingEnergyKwh: end.coolingEnergyKwh - start.coolingEnergyKwh,
    pue: pueOf(facilityEnergyKwh, itEnergyKwh),
    serverTrips: world.thermalEvents.slice(trips0).filter((e) => e.transition === 'tripped').length,
    powerConditionsRaised: raisedSince(world.electrical.log, power0),
    coolingConditionsRaised: raisedSince(world.coolingConditions.log, cooling0),
    climateConditionsRaised: raisedSince(tracking.climate.conditions.log, climate0),
    peakPowerConditions: Math.max(...powerConditions),
    failures: sim.failures.slice(failures0).map((f) => ({ ...f, timeToLimitS: [...f.timeToLimitS] })),
  }
  return { series: { timeS, maxInletC, itKw, facilityKw, coolingKw, pue, powerConditions }, summary }
}

/** Throws one line naming the argument (and JSON path) for anything a forecast cannot run with. */
export function checkRequest(
  inputs: ForkInputs,
  hypothetical: readonly TimedCommand[],
  horizonS: number,
  sampleS: number,
) {
  if (!(horizonS > 0 && horizonS <= MAX_HORIZON_S))
    throw new Error(
      `forecast: horizonS must be > 0 and at most 30 days (${MAX_HORIZON_S} s), got ${horizonS}`,
    )
  if (!(sampleS > 0 && Number.isFinite(sampleS)))
    throw new Error(`forecast: sampleS must be a positive number of seconds, got ${sampleS}`)
  const samples = Math.ceil(horizonS / sampleS) + 1
  if (samples > MAX_SAMPLES)
    throw new Error(
      `forecast: ${samples} samples (horizonS / sampleS) is more than ${MAX_SAMPLES}; sample less often`,
    )
  if (!(inputs.nowS >= 0 && Number.isFinite(inputs.nowS)))
    throw new Error(`forecast: inputs.nowS must be a time ≥ 0 s, got ${inputs.nowS}`)
  // Baseline and fork each replay from 0 to now + horizon: refuse before minutes of work, as the CLI does.
  const tooMuch = runWorkProblem(inputs.scenario, 2 * (inputs.nowS + horizonS), inputs.trace.jobs?.length)
  if (tooMuch) throw new Error(`forecast: replaying to now + the horizon twice: ${tooMuch}`)
  const { coolingUnits, powerChain } = inputs.scenario
  const powerIds = [...(powerChain?.upsSystems ?? []), ...(powerChain?.pdus ?? [])].map((a) => a.id)
  hypothetical.forEach((entry, i) => {
    const at = `hypothetical[${i}]`
    if (!Number.isFinite(entry.atS))
      throw new Error(`forecast: ${at}.atS must be a time in s, got ${entry.atS}`)
    const parsed = commandSchema.safeParse(entry.command)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new Error(`forecast: ${at}.command${jsonPath(issue.path).slice(1)}: ${issue.message}`)
    }
    const cmd = parsed.data
    if ('unitId' in cmd && !coolingUnits.some((u) => u.id === cmd.unitId))
      throw new Error(`forecast: ${at}.command.unitId: no cooling unit has id "${cmd.unitId}"`)
    const assetId = 'assetId' in cmd ? cmd.assetId : 'upsId' in cmd ? cmd.upsId : undefined
    if (assetId !== undefined && !powerIds.includes(assetId))
      throw new Error(`forecast: ${at}.command: no UPS system or PDU has id "${assetId}"`)
  })
}

const transferables = (run: RunForecast) => Object.values(run.series).map((column) => column.buffer)

/**
 * The forecast worker's api. `run` replays the live run twice from `inputs` (the baseline, and the fork with
 * `hypothetical` on top: absolute times in s since the scenario start, times before now taken as now) and
 * walks both to now + horizonS. It is synchronous and costs the simulated time so far twice plus the
 * horizon twice, which is why it lives in a worker of its own.
 */
export function createForecastApi() {
  return {
    run(
      inputs: ForkInputs,
      hypothetical: readonly TimedCommand[],
      horizonS: number,
      sampleS: number,
    ): Forecast {
      checkRequest(inputs, hypothetical, horizonS, sampleS)
      const toS = inputs.nowS + horizonS
      const baseline = walkForecast(forkFromInputs(inputs, []), toS, sampleS)
      const fork = walkForecast(forkFromInputs(inputs, hypothetical), toS, sampleS)
      const forecast = { fromS: inputs.nowS, toS, startEpochS: inputs.scenario.startEpochS, baseline, fork }
      return transfer(forecast, [...transferables(baseline), ...transferables(fork)])
    },
  }
}

export type ForecastApi = ReturnType<typeof createForecastApi>
