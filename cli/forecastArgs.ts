// parseForecastArgs: `npm run sim -- forecast <scenario> …` arguments → what to forecast, or an ArgsError.
import { MAX_MONTHS, MAX_REPLICAS } from '../sim/forecast/run/index.ts'
import { ArgsError, parseSeed } from './args.ts'
import { parseShard, type ShardSpec } from './shard.ts'

export const FORECAST_USAGE = `Usage: npm run sim -- forecast <scenario.json> [--months 24] [--replicas 100] [--seed N]
                    [--fail-within <months>[@p10|p50|p90]] [--no-failures] [--workers N] [--shard i/n] [--json]

Forecasts when each capacity line (rack space and power, circuits, A/B feeds, PDUs, UPS, cooling, inlets) is
first crossed as the scenario's growth section unfolds: one steady ledger at every month's peak per replica,
each replica drawing its own growth rate and its own equipment failures (MTBF/MTTR from the scenario's
reliability section), each stretch of assets down together ledgered with them failed; p10/p50/p90 of the
crossing months and the share caused by failures, what breaks first, today's breaking point and stranded
capacity, and monthly peak IT, energy, cost and emissions.

  --months <N>          forecast horizon in months, 1–${MAX_MONTHS} (default 24)
  --replicas <N>        Monte Carlo replicas, 1–${MAX_REPLICAS} (default 100), run one after another
  --seed <N>            integer 0..4294967295 (default: the scenario's); same seed, same output
  --fail-within <m>[@p]  exit 3 when any line's first crossing at percentile p (default p50) falls within
                        <m> months, naming it on one line on stderr: a capacity gate for CI
  --no-failures         sample no equipment failures: a growth-only forecast (as reliability.sampleFailures false)
  --workers <N>         run the replicas on N worker threads, 1–256 (default 1); the output does not change
  --shard <i/n>         run only replicas i, i+n, i+2n… and print that part; merge the parts with
                        npm run sim -- merge <parts…> (byte-identical to the unsharded --json output)
  --json                print one JSON document { forecast: … } on stdout instead of a summary
  --no-advice           skip provisioning advice (each recommendation is verified by re-running the
                        forecast growth-only on up to 20 replicas: seconds to minutes)

Exit codes: 0 ok, 1 engine error, 2 bad arguments or scenario, 3 a --fail-within gate tripped.`

export const PERCENTILES = ['p10', 'p50', 'p90'] as const
export type Percentile = (typeof PERCENTILES)[number]

export interface ForecastArgs {
  help: false
  scenarioPath: string
  months: number
  replicas: number
  seed?: number
  failWithin?: { months: number; percentile: Percentile }
  json: boolean
  /** Provisioning advice after the summary (default); false: --no-advice. */
  advice: boolean
  /** false: --no-failures (growth only); undefined: the scenario's reliability.sampleFailures decides. */
  failures?: false
  /** Worker threads for the replicas (the Monte Carlo part's pool); 1 runs them in this thread. */
  workers: number
  shard?: ShardSpec
}

const VALUE_FLAGS = ['--months', '--replicas', '--seed', '--fail-within', '--workers', '--shard']

/** @throws ArgsError naming the argument for unknown flags, missing or bad values, and zero or several paths */
export function parseForecastArgs(argv: readonly string[]): ForecastArgs | { help: true } {
  const paths: string[] = []
  const values = new Map<string, string>()
  let json = false
  let advice = true
  let failures: false | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('-') || arg === '-') paths.push(arg)
    else if (arg === '--help' || arg === '-h') return { help: true }
    else if (arg === '--json') json = true
    else if (arg === '--no-advice') advice = false
    else if (arg === '--no-failures') failures = false
    else {
      const eq = arg.indexOf('=')
      const flag = eq < 0 ? arg : arg.slice(0, eq)
      if (!VALUE_FLAGS.includes(flag))
        throw new ArgsError(`forecast: unknown option ${flag} (see forecast --help)`)
      if (values.has(flag)) throw new ArgsError(`${flag} given more than once`)
      const value =
        eq >= 0
          ? arg.slice(eq + 1)
          : i + 1 < argv.length && !argv[i + 1].startsWith('--')
            ? argv[++i]
            : undefined
      if (value === undefined || value === '') throw new ArgsError(`${flag} needs a value`)
      values.set(flag, value)
    }
  }
  if (paths.length !== 1)
    throw new ArgsError(
      paths.length === 0
        ? 'forecast: missing scenario path'
        : `forecast: expected one scenario path, got ${paths.join(' ')}`,
    )
  const args: ForecastArgs = {
    help: false,
    scenarioPath: paths[0],
    months: wholeNumber('--months', values.get('--months') ?? '24', 1, MAX_MONTHS),
    replicas: wholeNumber('--replicas', values.get('--replicas') ?? '100', 1, MAX_REPLICAS),
    json,
    advice,
    workers: wholeNumber('--workers', values.get('--workers') ?? '1', 1, 256),
  }
  if (failures === false) args.failures = false
  const shard = values.get('--shard')
  if (shard !== undefined) args.shard = parseShard(shard)
  const seed = values.get('--seed')
  if (seed !== undefined) args.seed = parseSeed(seed)
  const gate = values.get('--fail-within')
  if (gate !== undefined) args.failWithin = parseFailWithin(gate)
  return args
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN
  if (!(n >= min && n <= max))
    throw new ArgsError(`${flag}: "${text}" is not a whole number from ${min} to ${max}`)
  return n
}

/** `<months>[@p10|p50|p90]`: a window in months (fractions allowed, > 0) and the percentile judged. */
function parseFailWithin(text: string): { months: number; percentile: Percentile } {
  const match = /^(\d+(?:\.\d+)?)(?:@(\w+))?$/.exec(text)
  const months = match ? Number(match[1]) : NaN
  const percentile = match?.[2] ?? 'p50'
  if (!(months > 0) || !(PERCENTILES as readonly string[]).includes(percentile))
    throw new ArgsError(`--fail-within: "${text}" is not <months>[@p10|p50|p90], e.g. 18@p10`)
  return { months, percentile: percentile as Percentile }
}
