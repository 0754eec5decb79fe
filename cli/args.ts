// parseArgs: the `npm run sim` argument list → what to run, or an ArgsError with a one-line message.
import { parseDurationS } from '../sim/index.ts'

export const USAGE = `Usage: npm run sim -- <scenario.json> [--horizon 7d] [--seed N] [--fail <id>@<time>]...
                    [--outdoor <file.csv>] [--recirculation <file.csv>]
                    [--trace <path> --trace-format <format>] [--ledger [--queue-target 5m]] [--json]

Runs a scenario headless with the same engine as the browser and prints its KPIs, thermal, cooling and
power figures. Other commands: forecast <scenario.json> --help (when capacity runs out, with provisioning
advice), place <scenario.json> --help (where N servers of a model can go), failures <scenario.json>
--replicas N (Monte Carlo of cooling-unit failures) and merge <part.json…> (shards combined); README lists them.

  --horizon <duration>  how long to simulate: seconds or 90s, 30m, 6h, 7d, 2w (default: the scenario's);
                        at most 3650 d, 2 million events and 4e8 asset updates (about 30 s of computing),
                        checked before the run starts
  --seed <N>            integer 0..4294967295 for the random streams (default: the scenario's)
  --fail <id>@<time>    fail a cooling unit, UPS system or PDU at <time> after the start (0, 90s, 2h, 1d);
                        repeatable; the report gives each failure's time to 27, 32 and 35 °C inlet
  --outdoor <file.csv>  count economiser hours over this outdoor series (timestamp,dryBulbC[,wetBulbC]
                        [,dewPointC], one sample a line) instead of the scenario's; the simulation itself
                        still runs on the scenario's outdoor conditions
  --recirculation <file.csv>
                        a measured recirculation matrix (from,to,fraction: the share of rack from's exhaust
                        entering rack to's inlet, one pair a line) instead of the scenario's
  --trace <path>        replay a recorded trace instead of the scenario's workload; needs --trace-format:
                          planetlab  a folder of per-VM files (or one file), one integer % per line
                          bitbrains  a folder of GWA-T-12 *.csv files (or one file)
                          opendc     a folder holding tasks.parquet and fragments.parquet
                          swf        a Standard Workload Format log, .swf or .swf.gz (a job log)
                          csv        the long CSV (timestamp,asset,metric,value,unit): the run starts at its
                                     first reading; power and temperatures shadow the twin
                        files of a folder are taken in file-name order; large files are streamed, with
                        progress on stderr
  --trace-mapping <m>   roundRobin (series i drives server i mod n; the default, but for a csv, whose
                        series named after a rack drive that rack) or spread (across racks)
  --trace-loop          start a utilisation trace over when it ends (default: servers go idle)
  --ledger              instead of a run: the capacity ledger at the day's peak load (every resource and
                        asset with limit, use, margin and redundancy state), what breaks first and the
                        breaking point, all equipment in and under the worst single failure
  --queue-target <d>    with --ledger and a jobs workload: the 95th-percentile queue wait to hold to
  --json                print one JSON document on stdout instead of a summary
  -h, --help            print this help

Exit codes: 0 ok, 1 engine error, 2 bad arguments or scenario.`

const MAX_SEED = 0xffffffff
const VALUE_FLAGS = [
  '--horizon',
  '--seed',
  '--fail',
  '--outdoor',
  '--recirculation',
  '--trace',
  '--trace-format',
  '--trace-mapping',
  '--queue-target',
]
export const TRACE_FORMATS = ['planetlab', 'bitbrains', 'opendc', 'swf', 'csv'] as const
export type TraceFormat = (typeof TRACE_FORMATS)[number]
const MAPPINGS = ['roundRobin', 'spread'] as const

/** One `--fail <id>@<time>`: the asset id, seconds after the start, and the text as given (for messages). */
export interface FailArg {
  id: string
  atS: number
  text: string
}

/** `--trace` and its companions; `path` exactly as given (it is echoed in the report). */
export interface TraceArgs {
  path: string
  format: TraceFormat
  mapping?: (typeof MAPPINGS)[number]
  loop: boolean
}

export interface RunArgs {
  help: false
  scenarioPath: string
  horizonS?: number
  seed?: number
  /** In command-line order, which is also the order of failures at the same time. */
  failures: FailArg[]
  outdoorPath?: string
  recirculationPath?: string
  trace?: TraceArgs
  json: boolean
  /** --ledger: print the capacity ledger and breaking point instead of running (cli/ledger.ts). */
  ledger?: true
  queueTargetS?: number
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
  let loop = false
  let ledger = false
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
    } else if (arg === '--trace-loop') {
      loop = true
    } else if (arg === '--ledger') {
      ledger = true
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
  const recirculationPath = values.get('--recirculation')
  if (recirculationPath !== undefined) args.recirculationPath = recirculationPath
  const trace = parseTrace(values, loop)
  if (trace) args.trace = trace
  if (ledger) args.ledger = true
  if (ledger && failures.length > 0) throw new ArgsError('--fail applies to a run, not to --ledger')
  const queueTarget = values.get('--queue-target')
  if (queueTarget !== undefined) {
    if (!ledger) throw new ArgsError('--queue-target needs --ledger')
    args.queueTargetS = parseDurationArg('--queue-target', queueTarget)
  }
  return args
}

/** --trace, --trace-format, --trace-mapping and --trace-loop together, or undefined when none is given. */
function parseTrace(values: Map<string, string>, loop: boolean): TraceArgs | undefined {
  const path = values.get('--trace')
  const format = values.get('--trace-format')
  const mapping = values.get('--trace-mapping')
  if (path === undefined) {
    const stray = format !== undefined ? '--trace-format' : mapping !== undefined ? '--trace-mapping' : ''
    if (stray || loop) throw new ArgsError(`${stray || '--trace-loop'} needs --trace <path>`)
    return undefined
  }
  const formats = TRACE_FORMATS.join(', ')
  if (format === undefined) throw new ArgsError(`--trace needs --trace-format: one of ${formats}`)
  if (!isOneOf(TRACE_FORMATS, format))
    throw new ArgsError(`--trace-format: "${format}" is not one of ${formats}`)
  const trace: TraceArgs = { path, format, loop }
  if (mapping !== undefined) {
    if (!isOneOf(MAPPINGS, mapping))
      throw new ArgsError(`--trace-mapping: "${mapping}" is not one of ${MAPPINGS.join(', ')}`)
    trace.mapping = mapping
  }
  if (format === 'swf' && (mapping !== undefined || loop))
    throw new ArgsError(`${loop ? '--trace-loop' : '--trace-mapping'} applies to utilisation traces, not swf`)
  return trace
}

function isOneOf<T extends string>(list: readonly T[], text: string): text is T {
  return (list as readonly string[]).includes(text)
}

function parseHorizonS(text: string): number {
  return parseDurationArg('--horizon', text)
}

function parseDurationArg(flag: string, text: string): number {
  try {
    return parseDurationS(text)
  } catch (error) {
    throw new ArgsError(`${flag}: ${(error as Error).message}`)
  }
}

export function parseSeed(text: string): number {
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
