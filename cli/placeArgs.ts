// `npm run sim -- place <scenario> --servers N --model <id> …` arguments → a placement request, or an ArgsError.
import { parseArgs } from 'node:util'
import { MAX_SERVERS } from '../sim/forecast/placement/index.ts'
import { ArgsError } from './args.ts'

export const PLACE_USAGE = `Usage: npm run sim -- place <scenario.json> --servers <N> --model <id> [--date YYYY-MM-DD] [--top 5]
                    [--inlet-limit <°C>] [--failure-inlet-limit <°C>] [--max-verify <N>] [--json]

Where N servers of a model can go without breaching a rack's power budget, a branch circuit, an A/B feed, a
PDU, a UPS, the cooling or an inlet limit, with everything in service and under each single failure the
design claims to survive. Candidates are racks with enough contiguous free units (units a later dated
deployment takes stay reserved); each is checked by settling the hall at today's peak with the servers added
(at their rack's utilisation), and split over several racks when no single rack holds them. Ranked by the
smallest margin left on the lines a placement loads; the growth deployments that apply each are printed.

  --servers <N>               servers to place, 1–${MAX_SERVERS}
  --model <id>                a serverModels id of the scenario
  --date <YYYY-MM-DD>         when they go in: the hall as of that date (default: the scenario's start)
  --top <N>                   placements to list, 1–50 (default 5)
  --inlet-limit <°C>          hottest inlet allowed, all in service (default: each rack's ASHRAE recommended
                              maximum, 27 °C)
  --failure-inlet-limit <°C>  hottest inlet allowed under a single failure (default: the class's allowable)
  --max-verify <N>            candidates simulated at most, 1–500 (default top + 6; ~1 s each in a 440-rack hall)
  --json                      print one JSON document { placement: … } instead of a table

Exit codes: 0 ok (also when nothing fits: the reason is printed), 1 engine error, 2 bad arguments or scenario.`

export interface PlaceArgs {
  help: false
  scenarioPath: string
  servers: number
  model: string
  date?: string
  top: number
  inletLimitC?: number
  failureInletLimitC?: number
  maxVerifications?: number
  json: boolean
}

const OPTIONS = {
  servers: { type: 'string' },
  model: { type: 'string' },
  date: { type: 'string' },
  top: { type: 'string' },
  'inlet-limit': { type: 'string' },
  'failure-inlet-limit': { type: 'string' },
  'max-verify': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

/** @throws ArgsError naming the option for unknown options, missing or bad values, and zero or several paths */
export function parsePlaceArgs(argv: readonly string[]): PlaceArgs | { help: true } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    // node:util's messages name the option; keep the first sentence, on one line.
    throw new ArgsError(`place: ${(error as Error).message.split('. ')[0].replace(/\s+/g, ' ')}`)
  }
  const { values, positionals } = parsed
  if (values.help) return { help: true }
  if (positionals.length !== 1)
    throw new ArgsError(
      positionals.length === 0
        ? 'place: missing scenario path'
        : `place: expected one scenario path, got ${positionals.join(' ')}`,
    )
  if (values.servers === undefined) throw new ArgsError('place: --servers <N> is required')
  if (values.model === undefined || values.model === '')
    throw new ArgsError('place: --model <id> is required')
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new ArgsError(`--date: "${values.date}" is not a date YYYY-MM-DD`)
  const args: PlaceArgs = {
    help: false,
    scenarioPath: positionals[0],
    servers: whole('--servers', values.servers, 1, MAX_SERVERS),
    model: values.model,
    top: whole('--top', values.top ?? '5', 1, 50),
    json: values.json ?? false,
  }
  if (values.date !== undefined) args.date = values.date
  if (values['inlet-limit'] !== undefined) args.inletLimitC = celsius('--inlet-limit', values['inlet-limit'])
  const failureLimit = values['failure-inlet-limit']
  if (failureLimit !== undefined) args.failureInletLimitC = celsius('--failure-inlet-limit', failureLimit)
  if (values['max-verify'] !== undefined)
    args.maxVerifications = whole('--max-verify', values['max-verify'], 1, 500)
  return args
}

const whole = (flag: string, text: string, min: number, max: number) =>
  inRange(flag, text, /^\d+$/, [min, max], `a whole number from ${min} to ${max}`)

/** An inlet limit: a temperature a server may breathe, 10–60 °C. */
const celsius = (flag: string, text: string) =>
  inRange(flag, text, /^\d+(\.\d+)?$/, [10, 60], 'a temperature from 10 to 60 °C')

/** `text` as a number matching `form` within [min, max]. @throws ArgsError saying what it should be */
function inRange(flag: string, text: string, form: RegExp, [min, max]: number[], what: string): number {
  const value = form.test(text) ? Number(text) : NaN
  if (value >= min && value <= max) return value
  throw new ArgsError(`${flag}: "${text}" is not ${what}`)
}
