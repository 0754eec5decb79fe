// parseArgs: the `npm run sim` argument list → what to run, or an ArgsError with a one-line message.
import { parseDurationS } from '../sim/index.ts'

export const USAGE = `Usage: npm run sim -- <scenario.json> [--horizon 7d] [--seed N] [--fail <id>@<time>]...
                    [--outdoor <file.csv>] [--json]

Runs a scenario headless with the same engine as the browser and prints its KPIs, thermal, cooling and
power figures.

  --horizon <duration>  how long to simulate: seconds or 90s, 30m, 6h, 7d, 2w (default: the scenario's)
  --seed <N>            integer 0..4294967295 for the random streams (default: the scenario's)
  --fail <id>@<time>    fail a cooling unit, UPS system or PDU at <time> after the start (0, 90s, 2h, 1d);
                        repeatable; the report gives each failure's time to 27, 32 and 35 °C inlet
  --outdoor <file.csv>  count economiser hours over this outdoor series (timestamp,dryBulbC[,wetBulbC]
                        [,dewPointC], one sample a line) instead of the scenario's; the simulation itself
                        still runs on the scenario's outdoor conditions
  --json                print one JSON document on stdout instead of a summary
  -h, --help            print this help

Exit codes: 0 ok, 1 engine error, 2 bad arguments or scenario.`

const MAX_SEED = 0xffffffff
const VALUE_FLAGS = ['--horizon', '--seed', '--fail', '--outdoor']

/** One `--fail <id>@<time>`: the asset id, seconds after the start, and the text as given (for messages). */
export interface FailArg {
  id: string
  atS: number
  text: string
}

export interface RunArgs {
  help: false
  scenarioPath: string
  horizonS?: number
  seed?: number
  /** In command-line order, which is also the order of failures at the same time. */
  failures: FailArg[]
  outdoorPath?: string
  json: boolean
}

export type CliArgs = RunArgs | { help: true }

/** A user mistake on the command line; `message` is one line, printed as is. */
export class ArgsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArgsError'
  }
}

/**
 * Parses argv (without node and the script). Accepts `--flag value` and `--flag=value`; `--` ends options.
 * @throws ArgsError for unknown flags, missing or bad values, repeated flags, and zero or several paths
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const paths: string[] = []
  const values = new Map<string, string>()
  const failTexts: string[] = []
  let json = false
  let optionsEnded = false

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      paths.push(arg)
    } else if (arg === '--') {
      optionsEnded = true
    } else if (arg === '--help' || arg === '-h') {
      return { help: true }
    } else if (arg === '--json') {
      json = true
    } else {
      const eq = arg.indexOf('=')
      const flag = eq < 0 ? arg : arg.slice(0, eq)
      if (!VALUE_FLAGS.includes(flag)) throw new ArgsError(`unknown option ${flag} (see --help)`)
      if (values.has(flag)) throw new ArgsError(`${flag} given more than once`)
      let value: string | undefined
      if (eq >= 0) value = arg.slice(eq + 1)
      // A following flag is not a value ("--seed --json"), but "-1" is, so it can be called out of range.
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i]
      if (value === undefined || value === '') throw new ArgsError(`${flag} needs a value`)
      if (flag === '--fail') failTexts.push(value)
      else values.set(flag, value)
    }
  }

  if (paths.length === 0) throw new ArgsError('missing scenario path (see --help)')
  if (paths.length > 1)
    throw new ArgsError(`expected one scenario path, got ${paths.length}: ${paths.join(' ')}`)

  const failures = failTexts.map(parseFail)
  const args: RunArgs = { help: false, scenarioPath: paths[0], failures, json }
  const horizon = values.get('--horizon')
  if (horizon !== undefined) args.horizonS = parseHorizonS(horizon)
  const seed = values.get('--seed')
  if (seed !== undefined) args.seed = parseSeed(seed)
  const outdoorPath = values.get('--outdoor')
  if (outdoorPath !== undefined) args.outdoorPath = outdoorPath
  return args
}

function parseHorizonS(text: string): number {
  try {
    return parseDurationS(text)
  } catch (error) {
    throw new ArgsError(`--horizon: ${(error as Error).message}`)
  }
}

function parseSeed(text: string): number {
  const seed = /^\d+$/.test(text) ? Number(text) : NaN
  if (!(seed <= MAX_SEED)) throw new ArgsError(`--seed: "${text}" is not an integer from 0 to ${MAX_SEED}`)
  return seed
}

/** `<id>@<time>`; the id is checked against the scenario later. Time 0 (the start) is allowed here. */
function parseFail(text: string): FailArg {
  const at = text.lastIndexOf('@')
  const id = text.slice(0, at)
  if (at < 1 || at === text.length - 1)
    throw new ArgsError(`--fail: "${text}" is not <id>@<time>, e.g. crah-1@2h`)
  const time = text.slice(at + 1)
  try {
    return { id, atS: /^0+(\.0*)?[smhdw]?$/.test(time) ? 0 : parseDurationS(time), text }
  } catch (error) {
    throw new ArgsError(`--fail ${text}: ${(error as Error).message}`)
  }
}
