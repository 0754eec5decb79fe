// Limits on the work a run may ask for, checked before it starts: nothing may compute for minutes without end.
import type { Scenario } from './types.ts'
import { MAX_HORIZON_S } from './primitives.ts'
import type { ScenarioProblem } from './parse.ts'

/**
 * Each event (physics step, utilisation update, job arrival or departure) settles the whole hall: about
 * 10 µs of fixed work plus 0.06–0.09 µs per rack, server and cooling unit on one laptop core (default hall
 * 35 µs, large hall 0.7 ms; `npm run bench`). The fixed part is counted as this many assets.
 */
const EVENT_OVERHEAD_ASSETS = 150
/** Per simulated hour: about 4 s of computing, so the browser's slowest speed (1 min/s) keeps up. */
const MAX_WORK_PER_HOUR = 5e7
/** Per run: about 30 s on one core (the default hall for a year at 60 s steps is 3.5e8). */
const MAX_WORK_PER_RUN = 4e8
/**
 * Racks in a hall: building the recirculation model inverts a racks × racks matrix, O(n³), before the first
 * step (400 racks 0.9 s, 1,000 racks 6.5 s, 2,000 racks 45 s measured on a loaded 2-core box).
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
  sources: EventSource[]
  eventsPerHour: number
  /** eventsPerHour × (assets + EVENT_OVERHEAD_ASSETS), in asset updates. */
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
  const workPerHour = eventsPerHour * (assets + EVENT_OVERHEAD_ASSETS)
  return { assets, sources, eventsPerHour, workPerHour, fixedEvents }
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
    ` over ${fmt(estimate.assets)} racks, servers and cooling units is ${fmt(estimate.workPerHour)} ` +
    `asset updates per simulated hour, above the limit of ${fmt(MAX_WORK_PER_HOUR)}`
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
  const perEvent = estimate.assets + EVENT_OVERHEAD_ASSETS
  const events = (estimate.eventsPerHour * horizonS) / 3600 + estimate.fixedEvents
  const maxHours = Math.min(MAX_EVENTS_PER_RUN, MAX_WORK_PER_RUN / perEvent) / estimate.eventsPerHour
  const advice = `; this hall may run at most ${fmt(Math.floor(maxHours))} h`
  if (events > MAX_EVENTS_PER_RUN)
    return `about ${fmt(events)} events over ${hours(horizonS)}, above the limit of ${fmt(MAX_EVENTS_PER_RUN)} a run${advice}`
  const work = events * perEvent
  if (work > MAX_WORK_PER_RUN)
    return (
      `about ${fmt(events)} events over ${fmt(estimate.assets)} racks, servers and cooling units is ` +
      `${fmt(work)} asset updates, above the limit of ${fmt(MAX_WORK_PER_RUN)} a run (about 30 s)${advice}`
    )
  return undefined
}
