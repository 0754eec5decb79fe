// The CLI's output: a deterministic JSON report of one run and a human-readable summary of it.
import type { Kpis, Scenario } from '../sim/index.ts'

/** What a finished run produced; everything here depends only on (scenario, seed, horizon). */
export interface RunOutcome {
  scenario: Scenario
  kpis: Kpis
  eventsProcessed: number
  serverCount: number
}

export interface JsonReport {
  scenario: string
  seed: number
  horizonS: number
  startDate: string
  racks: number
  servers: number
  coolingUnits: number
  kpis: Kpis
  eventsProcessed: number
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
      peakItKw: kpis.peakItKw,
      maxInletC: kpis.maxInletC,
      coolingEnergyKwh: kpis.coolingEnergyKwh,
    },
    eventsProcessed: run.eventsProcessed,
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
  ]
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  const lines = [report.scenario, ...rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`)]
  lines.push(`wall time ${fixed(wallS, 2)} s`)
  return lines.join('\n') + '\n'
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
}

/** Up to two decimals without trailing zeros: 7, 1.5, 0.25. */
function trim(value: number): string {
  return String(Math.round(value * 100) / 100)
}
