// Provisioning advice on the command line: computed from the summary after every replica is in (so the unsharded,
// pooled and merged paths give the same recommendations), and printed as the text summary's last section.
// docs/forecast.md#provisioning-advice
import { adviseForecast } from '../sim/forecast/advice/index.ts'
import type { ForecastSummary } from '../sim/forecast/run/index.ts'
import { parseScenarioText } from '../sim/index.ts'
import type { Scenario } from '../sim/scenario/types.ts'

/** What a forecast shard's header carries so `merge` can advise as the unsharded run does; null: --no-advice. */
export interface AdviceHeader {
  scenarioPath: string
  scenarioText: string
}

/** The summary with its recommendations; progress (one line per verification re-run) to `log` when given. */
export function withAdvice(
  scenario: Scenario,
  summary: ForecastSummary,
  log?: (line: string) => void,
): ForecastSummary {
  const onRerun =
    log && ((id: string, attempt: number) => log(`advice: re-running for ${id}, proposal ${attempt + 1}`))
  return { ...summary, recommendations: adviseForecast(scenario, summary, { onRerun }) }
}

/** merge's side of it: the scenario from the header (parsed as the forecast parsed it), then withAdvice. */
export function withAdviceFromHeader(header: AdviceHeader | null | undefined, summary: ForecastSummary) {
  if (!header) return summary
  // The seed the forecast ran with (--seed overrides the scenario's; the day profiles draw from it).
  const scenario = { ...parseScenarioText(header.scenarioText, header.scenarioPath), seed: summary.seed }
  return withAdvice(scenario, summary)
}

const monthText = (m: number | null, months: number) => (m === null ? `> ${months}` : m.toFixed(1))

/** The "Provisioning advice" section: one line per recommendation, its reason below. */
export function adviceText(s: Pick<ForecastSummary, 'months' | 'recommendations'>): string[] {
  const lines = [
    '',
    'Provisioning advice (in service by; ✓ verified by a growth-only re-run, ✗ not resolved):',
  ]
  if (s.recommendations === null) return ['', 'Provisioning advice: skipped (--no-advice).']
  if (s.recommendations.length === 0)
    lines.push('  none: no line is crossed by growth at p10 within the horizon')
  for (const r of s.recommendations) {
    const mark = r.verified ? '✓' : '✗'
    const p50 = `p50 ${monthText(r.crossingBeforeMonth, s.months)} → ${monthText(r.crossingAfterMonth, s.months)}`
    lines.push(`  ${r.by}  ${mark} ${r.action} ${r.target} for ${r.resolves} (${p50})`, `      ${r.reason}`)
  }
  return lines
}
