// The CLI's output: a deterministic JSON report of one run and a human-readable summary of it.
import { runReport } from '../sim/index.ts'
import type { Kpis, OutdoorSeries, Scenario, Simulation } from '../sim/index.ts'
import type { FailureReport, RunReport } from '../sim/index.ts'
import { plantRows } from './plantSummary.ts'
import { humidityRows } from './humiditySummary.ts'
import { zonesRows } from './zonesSummary.ts'
import { airSideRow } from './airSideSummary.ts'

/** What a finished run produced; everything here depends only on (scenario, seed, horizon). */
export interface RunOutcome {
  scenario: Scenario
  kpis: Kpis
  eventsProcessed: number
  serverCount: number
  detail: RunReport
  /** What --trace read, when given. */
  trace?: TraceReport
}

/** The trace a run replayed: `series` for utilisation formats, `jobs` for swf; path as given. */
export interface TraceReport {
  format: string
  path: string
  series?: number
  jobs?: number
  /**
   * Rows sorted back into time order and repeated times (last one kept); for swf, repeated job ids (all
   * kept) and jobs left out for an unknown run time or processor count (`skipped`).
   */
  warnings: { outOfOrder: number; duplicates: number; skipped?: number }
}

export interface JsonReport extends RunReport {
  scenario: string
  seed: number
  horizonS: number
  startDate: string
  racks: number
  servers: number
  coolingUnits: number
  kpis: Kpis
  eventsProcessed: number
  trace?: TraceReport
}

/**
 * The report of `sim` after it ran, as `npm run sim` writes it: `outdoor` is the weather file given (--outdoor),
 * `trace` what --trace read.
 */
export function simReport(
  scenario: Scenario,
  sim: Simulation,
  options: { outdoor?: OutdoorSeries; trace?: TraceReport } = {},
): JsonReport {
  return jsonReport({
    scenario,
    kpis: sim.kpis(),
    eventsProcessed: sim.eventsProcessed,
    serverCount: sim.world.serverCount,
    detail: runReport(sim, { outdoor: options.outdoor }),
    trace: options.trace,
  })
}

/** No wall time or other host state goes in, so equal seeds give byte-identical JSON. */
export function jsonReport(run: RunOutcome): JsonReport {
  const { scenario, kpis } = run
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    horizonS: scenario.horizonS,
    startDate: new Date(scenario.startEpochS * 1000).toISOString(),
    racks: scenario.racks.length,
    servers: run.serverCount,
    coolingUnits: scenario.coolingUnits.length,
    kpis: {
      itEnergyKwh: kpis.itEnergyKwh,
      facilityEnergyKwh: kpis.facilityEnergyKwh,
      pue: kpis.pue,
      pueUpsOutput: kpis.pueUpsOutput,
      partialPueCooling: kpis.partialPueCooling,
      partialPueElectrical: kpis.partialPueElectrical,
      peakItKw: kpis.peakItKw,
      maxInletC: kpis.maxInletC,
      coolingEnergyKwh: kpis.coolingEnergyKwh,
    },
    eventsProcessed: run.eventsProcessed,
    ...run.detail,
    ...(run.trace ? { trace: run.trace } : {}),
  }
}

/** JSON.stringify turns NaN (PUE before any IT energy) into null, which JSON readers accept. */
export function jsonText(report: JsonReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}

/** "7 d (168 h)", "6 h", "90 s": days for long runs, hours below a day, seconds below an hour. */
export function formatHorizon(horizonS: number): string {
  const hours = horizonS / 3600
  if (horizonS >= 86_400) return `${trim(horizonS / 86_400)} d (${trim(hours)} h)`
  if (horizonS >= 3600) return `${trim(hours)} h`
  return `${trim(horizonS)} s`
}

/** The summary for people; wall time is host-dependent, so it lives here and never in the JSON. */
export function summaryText(report: JsonReport, wallS: number): string {
  const k = report.kpis
  const rows: [string, string][] = [
    ['horizon', `${formatHorizon(report.horizonS)} from ${report.startDate}`],
    ['seed', String(report.seed)],
    ['equipment', `${report.racks} racks, ${report.servers} servers, ${report.coolingUnits} cooling units`],
    ['IT energy', `${fixed(k.itEnergyKwh, 1)} kWh`],
    ['facility energy', `${fixed(k.facilityEnergyKwh, 1)} kWh`],
    ['cooling energy', `${fixed(k.coolingEnergyKwh, 1)} kWh`],
    ['PUE', fixed(k.pue, 3)],
    ['peak IT', `${fixed(k.peakItKw, 1)} kW`],
    ['max inlet', `${fixed(k.maxInletC, 1)} °C`],
    ['events processed', String(report.eventsProcessed)],
    ...detailRows(report),
  ]
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  const lines = [report.scenario, ...rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`)]
  lines.push(`wall time ${fixed(wallS, 2)} s`)
  return lines.join('\n') + '\n'
}

/** Rows for the thermal, cooling and power sections: time above limits, failures, losses, economiser. */
function detailRows({
  thermal,
  cooling,
  power,
  workload,
  trace,
  plant,
  humidity,
}: JsonReport): [string, string][] {
  const hours = (seconds: number) => `${fixed(seconds / 3600, 2)} h`
  const e = cooling.economiser
  return [
    ['above 27 °C', hours(thermal.secondsAboveRecommended)],
    [`above ${thermal.ashraeClass} allowable`, hours(thermal.secondsAboveAllowable)],
    ...thermal.failures.map(failureRow),
    ...zonesRows(thermal.zones),
    ...humidityRows(humidity),
    ['UPS / PDU losses', `${fixed(power.upsLossKwh, 1)} kWh / ${fixed(power.pduLossKwh, 1)} kWh`],
    ['partial PUE', fixed(power.partialPue, 3)],
    ...plantRows(plant),
    ['power events', `${power.eventCount} (redundancy ${power.redundancy})`],
    ...(power.redundancy === 'not modelled'
      ? []
      : [['over-subscribed racks', listText(power.overSubscribedRacks)] as [string, string]]),
    ...coolingRedundancyRows(cooling.redundancy),
    airSideRow(cooling.airSide),
    ...(trace ? [['trace', traceText(trace)] as [string, string]] : []),
    ['utilisation', `mean ${pct(workload.meanUtilization)}, p95 ${pct(workload.p95Utilization)}`],
    ...(workload.jobs ? [['jobs', jobsText(workload.jobs)] as [string, string]] : []),
    [
      `economiser${e.source === 'file' ? ' (file)' : ''}`,
      `full ${trim(e.fullH)} h, partial ${trim(e.partialH)} h, mechanical ${trim(e.mechanicalH)} h`,
    ],
  ]
}

/**
 * "cooling N+1: intact; heat 112.4 kW, 160 kW left with 1 unit out, 240 kW running" and the events with the
 * hours spent redundancy lost and over capacity (docs/physics.md#cooling-redundancy-and-ab-feed-subscription).
 */
function coolingRedundancyRows(r: JsonReport['cooling']['redundancy']): [string, string][] {
  const hours = (seconds: number) => `${fixed(seconds / 3600, 2)} h`
  const left =
    r.spareUnits > 0
      ? `, ${trim(r.designCapacityKw)} kW left with ${r.spareUnits} unit${r.spareUnits > 1 ? 's' : ''} out`
      : ''
  return [
    [
      `cooling ${r.design}`,
      `${r.state}; heat ${fixed(r.heatLoadKw, 1)} kW${left}, ${trim(r.runningCapacityKw)} kW running`,
    ],
    [
      'cooling events',
      `${r.eventCount} (redundancy lost ${hours(r.secondsRedundancyLost)}, over capacity ${hours(r.secondsOverCapacity)})`,
    ],
  ]
}

/** "none", "A-01, A-02", or the first five and the count: "A-01, …, A-05, … (12 in all)". */
function listText(ids: readonly string[]): string {
  if (ids.length === 0) return 'none'
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, … (${ids.length} in all)` : ids.join(', ')
}

/** "crah-1 fails at 15 h" → "27 °C in 47 s, 32 °C in 13.2 min, 35 °C not within a day". */
function failureRow({ atS, command, timeToLimitS }: FailureReport): [string, string] {
  let id: string = command.type
  if ('unitId' in command) id = command.unitId
  else if ('assetId' in command) id = command.assetId
  else if ('upsId' in command) id = `a module of ${command.upsId}`
  const entries = Object.entries(timeToLimitS)
  const limits = entries.every(([, s]) => s === null)
    ? ['no limit within a day']
    : entries.map(([limitC, s]) => `${limitC} °C ${s === null ? 'not within a day' : `in ${formatSpan(s)}`}`)
  return [`${id} fails at ${formatHorizon(atS)}`, limits.join(', ')]
}

/** "47 s", "13.2 min", "2.5 h": a time to a limit in the unit people think of it in. */
export function formatSpan(seconds: number): string {
  if (seconds < 60) return `${trim(seconds)} s`
  if (seconds < 3600) return `${trim(seconds / 60)} min`
  return `${trim(seconds / 3600)} h`
}

const pct = (u: number | null) => (u === null ? 'n/a' : `${fixed(u * 100, 1)} %`)

function jobsText(j: NonNullable<JsonReport['workload']['jobs']>): string {
  return `${j.placed} placed, ${j.rejected} rejected, ${j.queuedNow} queued; wait mean ${fixed(j.meanWaitS, 0)} s, p95 ${fixed(j.p95WaitS, 0)} s`
}

/** "planetlab, 1052 series from <path>", then any repairs: "; 3 out of order, 2 duplicates". */
function traceText({ format, path, series, jobs, warnings }: TraceReport): string {
  const count = jobs === undefined ? `${series} series` : `${jobs} jobs`
  const repairs = [
    warnings.outOfOrder > 0 ? `${warnings.outOfOrder} out of order` : '',
    warnings.duplicates > 0 ? `${warnings.duplicates} duplicate${jobs === undefined ? 's' : ' ids'}` : '',
    warnings.skipped ? `${warnings.skipped} skipped` : '',
  ].filter(Boolean)
  return `${format}, ${count} from ${path}${repairs.length > 0 ? `; ${repairs.join(', ')}` : ''}`
}

function fixed(value: number | null, digits: number): string {
  return value !== null && Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
}

/** Up to two decimals without trailing zeros: 7, 1.5, 0.25. */
function trim(value: number): string {
  return String(Math.round(value * 100) / 100)
}
