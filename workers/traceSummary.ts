// What a loaded trace amounts to (counts, length) and what the importers repaired, in plain sentences.
import { METRICS, swfJobs } from '../sim/index.ts'
import type { Metric, Scenario, TraceInput, UtilizationSeries } from '../sim/index.ts'
import type { SwfLog } from '../sim/index.ts'

export type TraceFormat = 'planetlab' | 'bitbrains' | 'opendc' | 'swf' | 'csv'

/** What a loaded trace holds, for the panel: counts, how long it runs and what the importers repaired. */
export interface TraceSummary {
  format: TraceFormat
  files: string[]
  /** Utilisation series replayed (0 for a job log). */
  series: number
  /** Jobs scheduled (0 for utilisation series). */
  jobs: number
  /** From the first sample or submission to the last one's end, s. */
  durationS: number
  /** One plain sentence per repair or omission; empty for a clean trace. */
  warnings: string[]
  /** A long CSV only: how its assets meet the hall (csvFit). */
  csv?: CsvFit
}

/** How a long CSV's assets meet the hall it replays on. */
export interface CsvFit {
  /** Utilisation series named after a rack: each drives every server of that rack. */
  rackSeries: number
  /** Servers some series drives (the rest idle); 0 when the scenario's workload runs (no series). */
  drivenServers: number
  /** Measured channels compared with the twin, and their metrics in the long CSV's table order. */
  shadowChannels: number
  shadowMetrics: Metric[]
  /** Measured channels whose asset is no rack or cooling unit of the hall simulating that metric. */
  ignoredChannels: number
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const were = (n: number) => (n === 1 ? 'was' : 'were')

/** The counts and length of replayed series; adds one sentence per kind of repair to `warnings`. */
export function seriesSummary(series: UtilizationSeries[], warnings: string[]) {
  let outOfOrder = 0
  let duplicates = 0
  let empty = 0
  let durationS = 0
  for (const s of series) {
    outOfOrder += s.warnings?.outOfOrder ?? 0
    duplicates += s.warnings?.duplicates ?? 0
    const n = s.timesS.length
    if (n === 0) empty++
    else durationS = Math.max(durationS, s.timesS[n - 1] + (s.stepS ?? 0))
  }
  if (outOfOrder)
    warnings.push(`${plural(outOfOrder, 'sample')} out of time order ${were(outOfOrder)} sorted`)
  if (duplicates) warnings.push(`${plural(duplicates, 'repeated timestamp')}: the last reading was kept`)
  if (empty)
    warnings.push(
      `${plural(empty, 'series', 'series')} without samples ${empty === 1 ? 'replays' : 'replay'} as idle`,
    )
  return { series: series.length, jobs: 0, durationS }
}

/** SWF jobs as the engine schedules them (sim/traces/swfJobs.ts), with the summary's warnings. */
export function jobsOf(logs: SwfLog[], files: string, warnings: string[]): NonNullable<TraceInput['jobs']> {
  const { jobs, skipped, outOfOrder } = swfJobs(logs, files)
  if (outOfOrder) warnings.push(`${plural(outOfOrder, 'job')} out of submit order ${were(outOfOrder)} sorted`)
  if (skipped) warnings.push(`${plural(skipped, 'job')} without a run time or processor count skipped`)
  return jobs
}

/**
 * The CsvFit of a long CSV's input on `scenario`, replayed with `mapping: 'rack'` (sim/workload/traceReplay.ts):
 * rack-named series drive their racks, the others one server each round-robin over the remaining servers.
 * `ignored` are the shadow's ignored channels ("asset/metric").
 */
export function csvFit(scenario: Scenario, input: TraceInput, ignored: readonly string[]): CsvFit {
  const series = input.utilization?.series ?? []
  const ids = new Set(series.map((s) => s.id))
  const named = scenario.racks.filter((r) => ids.has(r.id))
  const total = scenario.racks.reduce((n, r) => n + r.servers.length, 0)
  const rackServers = named.reduce((n, r) => n + r.servers.length, 0)
  const others = Math.min(series.length - named.length, total - rackServers)
  const left = new Set(ignored)
  const compared = (input.measured ?? []).filter((c) => !left.has(`${c.asset}/${c.metric}`))
  const metrics = new Set(compared.map((c) => c.metric))
  return {
    rackSeries: named.length,
    drivenServers: rackServers + others,
    shadowChannels: compared.length,
    shadowMetrics: (Object.keys(METRICS) as Metric[]).filter((m) => metrics.has(m)),
    ignoredChannels: left.size,
  }
}
