// runHorizon: months of a hall under a load path, at the fine physics step (the truth) or event to event (fast).
import { createSimulation } from '../../simulation.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import { MONTH_S } from '../growth/calendar.ts'
import { createMonthBook } from './monthBook.ts'
import type { MonthRow } from './monthBook.ts'

/** The load multiplier against today's load at tS seconds from the start (1 at tS = 0). */
export type LoadScaleAt = (tS: number) => number

/**
 * 'fine': the physics tick every FINE_STEP_S, the reference.
 * 'fast': the tick every COARSE_STEP_S (each workload update settles the hall anyway), and settles every
 * FINE_STEP_S only within TRIP_MARGIN_K of the servers' trip point.
 * Both sample every settle and settle PRE_EVENT_S before each scenario command
 * (docs/forecast.md#long-horizons-method-and-proof).
 */
export type HorizonMethod = 'fine' | 'fast'

export interface HorizonOptions {
  months: number
  loadScaleAt: LoadScaleAt
  /** IT power whose first crossing is reported, W. */
  itLimitW: number
  /** Hottest-inlet limits whose first crossings are reported, °C. */
  inletLimitsC?: readonly number[]
  method: HorizonMethod
  /** A recorded trace replaces the scenario's workload; a utilisation replay does not read the load scale. */
  trace?: TraceInput
}

export interface HorizonResult {
  months: MonthRow[]
  inletLimitsC: readonly number[]
  /** Seconds from the start to the first instant the hottest inlet reached each limit; null: never. */
  inletCrossingS: (number | null)[]
  /** Seconds from the start to the first settle at which IT power reached itLimitW; null: never. */
  itCrossingS: number | null
  /** Events the engine ran (ticks, workload updates, scale changes) plus the extra settles (near the trip
   * point, before scenario commands): the run's cost in engine terms. */
  events: number
}

export const FINE_STEP_S = 60
/** The schema's largest stepS: ticks then add little to the settles every workload update makes anyway. */
export const COARSE_STEP_S = 3600
/** The load path is applied as a step every hour: both methods see the same piecewise-constant path. */
export const SCALE_STEP_S = 3600
/** How far below the servers' trip inlet the fast method starts settling every FINE_STEP_S, K. */
export const TRIP_MARGIN_K = 3
/** How long before each scenario command both methods settle to see the state it ends, s. */
export const PRE_EVENT_S = 0.001
const DEFAULT_LIMITS_C = [27, 32] as const

/**
 * Runs `scenario` for `options.months` mean months under the load path and books each month's peaks and
 * energies and the first crossings. Deterministic: the same scenario (seed), path and method give the same result.
 * @throws RangeError for months outside 1…120, a limit ≤ 0 W or a path that does not start at 1
 */
export function runHorizon(scenario: Scenario, options: HorizonOptions): HorizonResult {
  const { months, loadScaleAt, itLimitW, method } = options
  const inletLimitsC = options.inletLimitsC ?? DEFAULT_LIMITS_C
  checkOptions(options)
  const stepS = method === 'fine' ? FINE_STEP_S : COARSE_STEP_S
  const sim = createSimulation({ ...scenario, stepS }, options.trace)
  // Every workload kind redraws (or, for jobs, rescales) every updateS: the fast method looks at the trip
  // margin that often; jobs also settle at each arrival.
  const checkS = scenario.workload.updateS
  const crossings = sim.watchLimits(inletLimitsC)
  const book = createMonthBook(sim.world)
  let itCrossingS: number | null = null
  // Every settle is a sample: power is held between settles, so its peaks are exact there, and both methods
  // see their own settles (ticks, updates, refreshes, commands) rather than fast seeing only updates.
  sim.onSettle((nowS) => {
    book.sample()
    if (itCrossingS === null && sim.world.totals.itW >= itLimitW) itCrossingS = nowS
  })
  // Server protection is judged at settles only, so near its trip point (or with a rack tripped and waiting to
  // restart) the fast method settles every FINE_STEP_S as the reference does: else a rack runs past 45 °C for
  // up to a workload period before it trips.
  const { serverTripInletC } = scenario.room
  const nearTrip = () =>
    method === 'fast' &&
    (hottestC(sim.world.rackInletC) >= serverTripInletC - TRIP_MARGIN_K || sim.world.rackTripped.includes(1))
  let extraSettles = 0
  const settleNow = () => {
    sim.apply({ type: 'setLoadScale', scale: sim.world.loadScale }) // changes nothing; settles now
    extraSettles++
  }
  // The hottest inlet peaks at the end of an interval, and a scheduled command (a failure's restore) ends one
  // between settles: both methods settle PRE_EVENT_S before each, so the peak is seen, not the last settle.
  const eventTimesS = [...new Set(scenario.events.map((e) => e.atS))].filter((t) => t > PRE_EVENT_S)
  eventTimesS.sort((a, b) => a - b)
  let nextEvent = 0
  const runTo = (tS: number) => {
    for (; nextEvent < eventTimesS.length && eventTimesS[nextEvent] <= tS; nextEvent++) {
      const beforeS = eventTimesS[nextEvent] - PRE_EVENT_S
      if (beforeS <= sim.nowS) continue
      sim.runUntil(beforeS)
      settleNow()
    }
    sim.runUntil(tS)
  }
  const advanceTo = (tS: number) => {
    if (nearTrip())
      for (let fineS = sim.nowS + FINE_STEP_S; fineS < tS; fineS += FINE_STEP_S) {
        runTo(fineS)
        settleNow()
      }
    runTo(tS)
  }
  let nextScaleS = 0
  let nextCheck = 1
  for (let month = 0; month < months; month++) {
    const endS = (month + 1) * MONTH_S
    // Scheduled a month ahead, before the workload update at the same instant was (updateS is far below a
    // month; the heap breaks ties by insertion), so that update already draws at the new scale.
    for (; nextScaleS < endS + MONTH_S; nextScaleS += SCALE_STEP_S)
      sim.schedule({ type: 'setLoadScale', scale: loadScaleAt(nextScaleS) }, nextScaleS)
    if (month === 0) sim.runUntil(0)
    for (; nextCheck * checkS < endS; nextCheck++) advanceTo(nextCheck * checkS)
    advanceTo(endS)
    book.close(endS)
  }
  return {
    months: [...book.rows],
    inletLimitsC,
    inletCrossingS: crossings(),
    itCrossingS,
    events: sim.eventsProcessed + extraSettles,
  }
}

function hottestC(inletC: Float64Array): number {
  let hottest = -Infinity
  for (let i = 0; i < inletC.length; i++) if (inletC[i] > hottest) hottest = inletC[i]
  return hottest
}

function checkOptions({ months, loadScaleAt, itLimitW }: HorizonOptions): void {
  if (!(Number.isInteger(months) && months >= 1 && months <= 120))
    throw new RangeError(`horizon: months must be a whole number from 1 to 120, got ${months}`)
  if (!(itLimitW > 0)) throw new RangeError(`horizon: itLimitW must be above 0 W, got ${itLimitW}`)
  // The run starts from the steady state of today's load (the scenario's first settle), so the path starts at 1.
  const first = loadScaleAt(0)
  if (Math.abs(first - 1) > 1e-9)
    throw new RangeError(`horizon: loadScaleAt(0) must be 1 (today's load), got ${first}`)
}
