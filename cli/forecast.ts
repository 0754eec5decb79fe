// `npm run sim -- forecast <scenario> [--months 24] [--replicas 100] [--seed N] [--fail-within m@p] [--json]`:
// replicas run one after another in this process; the summary as text or as { forecast: … } JSON.
import { parseScenarioText } from '../sim/index.ts'
import { crossedWithin, runForecast, type ForecastSummary } from '../sim/forecast/run/index.ts'
import { FORECAST_USAGE, parseForecastArgs, type ForecastArgs } from './forecastArgs.ts'
import { withAdvice } from './forecastAdvice.ts'
import { forecastText } from './forecastText.ts'
import { readText, UserError } from './inputs.ts'
import { pooledForecast } from './shardForecast.ts'

/** Exit code when a --fail-within gate trips. */
export const GATE_EXIT = 3

/** The forecast subcommand; returns its exit code. Errors are thrown to cli/sim.ts, which prints one line. */
export async function forecastMain(argv: readonly string[]): Promise<number> {
  const args = parseForecastArgs(argv)
  if (args.help) {
    process.stdout.write(FORECAST_USAGE + '\n')
    return 0
  }
  const scenarioText = readText(args.scenarioPath)
  const parsed = parseScenarioText(scenarioText, args.scenarioPath)
  const scenario = { ...parsed, seed: args.seed ?? parsed.seed }
  checkTable(args, scenario.growth?.demand)
  // Progress on stderr keeps stdout one JSON document; only at tenths, so a log stays short.
  const onReplica = (done: number, of: number) => {
    if (!args.json && (done === of || done % Math.max(1, Math.ceil(of / 10)) === 0))
      process.stderr.write(`forecast: ${done}/${of} replicas\n`)
  }
  const failures = args.failures ?? scenario.reliability?.sampleFailures ?? true
  const options = { months: args.months, replicas: args.replicas, seed: scenario.seed, failures, onReplica }
  // --workers and --shard run on the Monte Carlo part's pool (cli/shardForecast.ts); same records either way.
  const pooled =
    args.workers > 1 || args.shard
      ? await pooledForecast(scenario, {
          ...options,
          workers: args.workers,
          shard: args.shard,
          // A shard's header carries the scenario so merge advises as this run does (cli/forecastAdvice.ts).
          advice: args.advice ? { scenarioPath: args.scenarioPath, scenarioText } : null,
        })
      : runForecast(scenario, options)
  if ('partText' in pooled) {
    process.stdout.write(pooled.partText)
    return 0
  }
  // Advice after the summary, from it alone: the same whichever path ran the replicas.
  const log = args.json ? undefined : (line: string) => process.stderr.write(line + '\n')
  const summary = args.advice ? withAdvice(scenario, pooled.summary, log) : pooled.summary
  process.stdout.write(
    args.json ? JSON.stringify({ forecast: summary }, null, 2) + '\n' : forecastText(scenario.name, summary),
  )
  return gate(args, summary)
}

/** A fitted growth table shorter than the horizon cannot be forecast past its end. */
function checkTable(args: ForecastArgs, demand: { kind: string; meanKw?: number[] } | undefined): void {
  if (demand?.kind === 'table' && demand.meanKw && demand.meanKw.length - 1 < args.months)
    throw new UserError(
      `${args.scenarioPath}: $.growth.demand.meanKw: covers ${demand.meanKw.length - 1} months, --months asks for ${args.months}`,
    )
}

function gate(args: ForecastArgs, summary: ForecastSummary): number {
  if (!args.failWithin) return 0
  const { months, percentile } = args.failWithin
  const crossed = crossedWithin(summary, months, percentile)
  if (crossed.length === 0) return 0
  const [first] = crossed
  const more = crossed.length > 1 ? ` (and ${crossed.length - 1} more)` : ''
  process.stderr.write(
    `sim: forecast: ${first.id} is first crossed at month ${first.firstCrossing[percentile]!.toFixed(2)} ` +
      `(${percentile}), within --fail-within ${months}${more}\n`,
  )
  return GATE_EXIT
}
