// The forecast's text summary: what crosses first and when, today's breaking point, and the months' energy.
import type { Bands, ForecastSummary } from '../sim/forecast/run/index.ts'
import { adviceText } from './forecastAdvice.ts'

const SHOWN = 12

/** A month, or "> N" when beyond the horizon at that percentile. */
const monthText = (m: number | null, horizon: number) => (m === null ? `> ${horizon}` : m.toFixed(1))
const bandsText = (b: Bands, horizon: number) =>
  [b.p10, b.p50, b.p90].map((m) => monthText(m, horizon).padStart(7)).join(' ')

export function forecastText(name: string, s: ForecastSummary): string {
  const lines = [
    `${name}: forecast over ${s.months} months, ${s.replicas} replicas, seed ${s.seed}`,
    '',
    'First crossing, months from the start (p10 / p50 / p90; "> N": beyond the horizon):',
  ]
  const crossed = s.resources.filter((r) => r.crossedShare > 0)
  if (crossed.length === 0) lines.push(`  no line is crossed within ${s.months} months in any replica`)
  for (const r of crossed.slice(0, SHOWN)) {
    const share = `${Math.round(100 * r.crossedShare)} %`.padStart(6)
    const byFailure = r.failureShare > 0 ? `, ${Math.round(100 * r.failureShare)} % by a failure` : ''
    lines.push(
      `  ${bandsText(r.firstCrossing, s.months)}  ${share} of replicas${byFailure}  ${r.id} (${r.limit.toFixed(0)} ${r.unit})`,
    )
  }
  if (crossed.length > SHOWN)
    lines.push(`  … ${crossed.length - SHOWN} more crossed (--json lists every line)`)
  lines.push('', failuresText(s), ...chillerText(s))
  lines.push('', 'Breaks first (share of replicas):')
  if (s.breaksFirst.length === 0) lines.push('  nothing within the horizon')
  for (const b of s.breaksFirst.slice(0, 5))
    lines.push(
      `  ${(100 * b.firstShare).toFixed(0).padStart(3)} %  ${b.id}, p50 ${monthText(b.p50, s.months)}`,
    )
  const { allIn, worstSingleFailure } = s.breakingPoint
  const point = (label: string, p: typeof allIn | null) =>
    p === null
      ? `  ${label}: no single failure to try`
      : p.breaks === null
        ? `  ${label}: nothing breaks up to ${p.scale.toFixed(2)}× today's peak`
        : `  ${label}: ${p.scale.toFixed(3)}× today's peak, ${p.breaks.kind}:${p.breaks.assetId} breaks`
  lines.push(
    '',
    'Breaking point today:',
    point('all in', allIn),
    point('worst single failure', worstSingleFailure),
  )
  const first = s.monthly[0]
  const last = s.monthly[s.monthly.length - 1]
  lines.push('', 'Month    peak IT kW (p50)   facility MWh (p50)   cost (p50)   tCO2e (p50)')
  for (const m of [first, last]) {
    const cost = m.cost?.p50 == null ? '-' : m.cost.p50.toFixed(0)
    const co2 = m.emissionsKgCo2e?.p50 == null ? '-' : (m.emissionsKgCo2e.p50 / 1000).toFixed(1)
    lines.push(
      `${String(m.month).padStart(5)}   ${(m.peakItKw.p50 ?? 0).toFixed(1).padStart(16)}   ` +
        `${((m.facilityKwh.p50 ?? 0) / 1000).toFixed(1).padStart(18)}   ${cost.padStart(10)}   ${co2.padStart(11)}`,
    )
  }
  lines.push(...adviceText(s))
  lines.push('', `PUE by month (p50): ${s.monthly.map((m) => m.pue.p50?.toFixed(3) ?? '-').join(' ')}`)
  return lines.join('\n') + '\n'
}

/**
 * The chiller plant the failures assumed. The engine models one chiller behind every CRAH, so a planner whose
 * plant has a standby reads here why cooling is crossed by a failure, and what to set.
 */
function chillerText({ failures: f }: ForecastSummary): string[] {
  const plant = f.chillerPlant
  if (!plant) return []
  const { chillers, spares } = plant
  if (chillers === 1)
    return [
      'Chiller plant assumed: 1 chiller, no standby: a sampled chiller failure fails every CRAH. With a standby',
      'chiller set reliability.chillers 2 and reliability.chillerSpares 1 (only both down together fail them).',
    ]
  const standby = spares === 0 ? 'no standby' : `${spares} standby`
  return [
    `Chiller plant assumed: ${chillers} chillers, ${standby}: every CRAH fails while ${spares + 1} of them are down`,
    'together (reliability.chillers, reliability.chillerSpares).',
  ]
}

/** One line on the sampled failures: how many, and how long they left some line past what was running. */
function failuresText({ failures: f }: ForecastSummary): string {
  if (!f.sampled) return 'Equipment failures: not sampled (growth only).'
  const hours = (h: number | null) => (h === null ? '-' : h.toFixed(0))
  return (
    `Equipment failures: ${f.meanOutages.toFixed(2)} a replica on average; hours with a line past what was ` +
    `running, p10 / p50 / p90: ${hours(f.breachHours.p10)} / ${hours(f.breachHours.p50)} / ${hours(f.breachHours.p90)}`
  )
}
