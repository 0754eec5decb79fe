// Limits on the work a run may ask for, checked before it starts: nothing may compute for minutes without end.
import type { Scenario } from './types.ts'
import { MAX_HORIZON_S } from './primitives.ts'
import type { ScenarioProblem } from './parse.ts'

/**
 * Each event (physics step, utilisation update, job arrival or departure) settles the whole hall, costing
 * one "asset update" per rack, server and cooling unit, 150 for the fixed work, and racks² / 20 for the
 * recirculation product. Calibrated with createSimulation on a 2-core box under a load of 10: tiny hall
 * (173 updates an event) 10 µs, default hall (590) 42 µs, large hall (19,088) 1.4 ms: about 0.07 µs each.
 */
const EVENT_OVERHEAD = 150
const RECIRCULATION_DIVISOR = 20
/** Per simulated hour: a few seconds of computing, so the browser's slowest speed (1 min/s) keeps up. */
const MAX_WORK_PER_HOUR = 5e7
/**
 * Per run: about 30 s on that loaded box (the default hall for a year at 60 s steps, 3.7e8, took 26 s; the
 * large hall for 291 h, 4e8, about 29 s).
 */
const MAX_WORK_PER_RUN = 4e8
/**
 * Racks in a hall: building the recirculation model inverts a racks × racks matrix, O(n³), before the first
 * step (400 racks 0.9 s, 1,000 racks 6.5 s, 2,000 racks 45 s measured on a loaded 2-core box; the build has been
 * about 2.4 times faster since, docs/hall.md#reload-cost, and the limit was left where it was).
 */
const MAX_RACKS = 1000
/** Events per run, whatever the hall: two million keep the event heap and command logs small. */
const MAX_EVENTS_PER_RUN = 2_000_000

/** One source of events and its rate per simulated hour (an upper bound), with the field that sets it. */
interface EventSource {
  path: string
  what: string
  perHour: number
}

/** What a scenario costs per simulated hour: its event sources and the work each event does. */
export interface WorkEstimate {
  /** Racks, servers and cooling units: what every event settles. */
  assets: number
  /** Asset updates one event costs: assets + EVENT_OVERHEAD + racks² / RECIRCULATION_DIVISOR. */
  perEvent: number
  sources: EventSource[]
  eventsPerHour: number
  /** eventsPerHour × perEvent, in asset updates. */
  workPerHour: number
  /** Events that do not recur: scenario events and recorded jobs (an arrival and a departure each). */
  fixedEvents: number
}

/** The work estimate of `scenario`; `traceJobs` recorded jobs replace its workload's own arrivals. */
export function estimateWork(scenario: Scenario, traceJobs = 0): WorkEstimate {
  const servers = scenario.racks.reduce((n, rack) => n + rack.servers.length, 0)
  const assets = scenario.racks.length + servers + scenario.coolingUnits.length
  const workload = scenario.workload
  const sources: EventSource[] = [
    { path: '$.stepS', what: 'physics steps', perHour: 3600 / scenario.stepS },
    { path: '$.workload.updateS', what: 'workload updates', perHour: 3600 / workload.updateS },
  ]
  let fixedEvents = scenario.events.length + 2 * traceJobs
  if (workload.kind === 'jobs' && traceJobs === 0) {
    const arrivals = workload.arrivals
    if (arrivals.kind === 'poisson') {
      // Following a profile, the rate peaks at ratePerHour / baseUtilization (the level is at most 1).
      const peak = arrivals.followProfile ? 1 / (workload.profile?.baseUtilization ?? 1) : 1
      const what = 'job arrivals and departures'
      sources.push({
        path: '$.workload.arrivals.ratePerHour',
        what,
        perHour: 2 * arrivals.ratePerHour * peak,
      })
    } else fixedEvents += 2 * arrivals.jobs.length
  }
  const eventsPerHour = sources.reduce((n, s) => n + s.perHour, 0)
  const racks = scenario.racks.length
  const perEvent = assets + EVENT_OVERHEAD + Math.round((racks * racks) / RECIRCULATION_DIVISOR)
  return { assets, perEvent, sources, eventsPerHour, workPerHour: eventsPerHour * perEvent, fixedEvents }
}

const fmt = (n: number) => (n < 1e6 ? Math.round(n).toLocaleString('en-US') : n.toExponential(1))
const hours = (s: number) => `${fmt(s / 3600)} h`

/**
 * Problems of a scenario too big to build in seconds, or whose every simulated hour costs too much (naming
 * the field that costs most).
 */
export function scenarioWorkProblems(scenario: Scenario): ScenarioProblem[] {
  const racks = scenario.racks.length
  if (racks > MAX_RACKS) {
    const message = `${fmt(racks)} racks, above the limit of ${fmt(MAX_RACKS)}: the recirculation model inverts a racks × racks matrix before the run`
    return [{ path: '$.rows', message }]
  }
  const estimate = estimateWork(scenario)
  if (estimate.workPerHour <= MAX_WORK_PER_HOUR) return []
  const top = estimate.sources.reduce((a, b) => (b.perHour > a.perHour ? b : a))
  const message =
    `${fmt(top.perHour)} ${top.what} per simulated hour` +
    (top.perHour < estimate.eventsPerHour ? ` (${fmt(estimate.eventsPerHour)} events in all)` : '') +
    ` × ${fmt(estimate.perEvent)} asset updates each (${fmt(estimate.assets)} racks, servers and cooling ` +
    `units) is ${fmt(estimate.workPerHour)} per simulated hour, above the limit of ${fmt(MAX_WORK_PER_HOUR)}`
  return [{ path: top.path, message }]
}

/**
 * Why running `scenario` for `horizonS` would take too long, or undefined when it may run: the horizon
 * beyond ten years, more than MAX_EVENTS_PER_RUN events, or more than MAX_WORK_PER_RUN asset updates.
 * For the CLI's --horizon and a worker's forecast horizon; the per-hour limits are parseScenario's.
 */
export function runWorkProblem(scenario: Scenario, horizonS: number, traceJobs = 0): string | undefined {
  if (!(horizonS <= MAX_HORIZON_S))
    return `${hours(horizonS)} is longer than the ${hours(MAX_HORIZON_S)} (3650 d) a run may span`
  const estimate = estimateWork(scenario, traceJobs)
  const { perEvent } = estimate
  const events = (estimate.eventsPerHour * horizonS) / 3600 + estimate.fixedEvents
  const maxHours = Math.min(MAX_EVENTS_PER_RUN, MAX_WORK_PER_RUN / perEvent) / estimate.eventsPerHour
  const advice = `; this hall may run at most ${fmt(Math.floor(maxHours))} h`
  if (events > MAX_EVENTS_PER_RUN)
    return `about ${fmt(events)} events over ${hours(horizonS)}, above the limit of ${fmt(MAX_EVENTS_PER_RUN)} a run${advice}`
  const work = events * perEvent
  if (work > MAX_WORK_PER_RUN)
    return (
      `about ${fmt(events)} events × ${fmt(perEvent)} asset updates each is ${fmt(work)}, above the ` +
      `limit of ${fmt(MAX_WORK_PER_RUN)} a run (about 30 s)${advice}`
    )
  return undefined
}
