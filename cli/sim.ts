// `npm run sim -- <scenario.json> [options]`: one headless run, reported as JSON or as a summary.
import {
  createSimulation,
  parseScenarioText,
  parseScenarioWithRecirculationCsv,
  runWorkProblem,
  ScenarioError,
  TraceError,
} from '../sim/index.ts'
import { ArgsError, parseArgs, USAGE } from './args.ts'
import { failureCommands, readOutdoor, readText, UserError } from './inputs.ts'
import { jsonText, simReport, summaryText } from './report.ts'
import { loadTrace } from './trace.ts'
import { ledgerReport } from './ledger.ts'
import { ledgerText } from './ledgerText.ts'
import { failuresCommand } from './failuresCommand.ts'
import { mergeCommand } from './shardMerge.ts'
import { forecastMain } from './forecast.ts'
import { placeMain } from './place.ts'

/** One line for a ScenarioError: its first problem (already prefixed with the path) and how many follow. */
function scenarioErrorLine(error: ScenarioError): string {
  const [first] = error.message.split('\n')
  const more = error.problems.length - 1
  return more > 0 ? `${first} (and ${more} more)` : first
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'forecast') return forecastMain(argv.slice(1))
  if (argv[0] === 'place') return placeMain(argv.slice(1))
  // Monte Carlo of sampled cooling failures, and shards of a run merged back (cli/shard.ts).
  if (argv[0] === 'failures' || argv[0] === 'merge') {
    const rest = argv.slice(1)
    process.stdout.write(argv[0] === 'merge' ? mergeCommand(rest) : await failuresCommand(rest))
    return 0
  }
  const args = parseArgs(argv)
  if (args.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  const scenarioText = readText(args.scenarioPath)
  const matrixPath = args.recirculationPath
  const parsed =
    matrixPath === undefined
      ? parseScenarioText(scenarioText, args.scenarioPath)
      : parseScenarioWithRecirculationCsv(scenarioText, args.scenarioPath, readText(matrixPath), matrixPath)
  // The parsed Scenario is frozen: overrides go into a copy.
  const base = {
    ...parsed,
    seed: args.seed ?? parsed.seed,
    horizonS: args.horizonS ?? parsed.horizonS,
  }

  const failures = failureCommands(base, args.failures)
  const outdoor = args.outdoorPath === undefined ? undefined : readOutdoor(args.outdoorPath)
  // Progress lines go to stderr, so stdout stays the one JSON document under --json.
  const trace = args.trace && (await loadTrace(args.trace, (line) => process.stderr.write(line)))
  // A long CSV moves the start to its first reading, which the report's startDate then shows.
  const startEpochS = trace?.startEpochS
  const scenario = startEpochS === undefined ? base : { ...base, startEpochS }
  if (args.ledger) {
    const ledger = ledgerReport(scenario, { trace: trace?.input, queueTargetS: args.queueTargetS })
    process.stdout.write(args.json ? JSON.stringify(ledger, null, 2) + '\n' : ledgerText(ledger))
    return 0
  }
  // Before the run: a horizon that would compute for minutes is refused with the limit it breaks.
  const tooLong = runWorkProblem(scenario, scenario.horizonS, trace?.input.jobs?.length)
  if (tooLong)
    throw new UserError(
      args.horizonS === undefined ? `${args.scenarioPath}: $.horizon: ${tooLong}` : `--horizon: ${tooLong}`,
    )

  const startMs = performance.now()
  const sim = createSimulation(scenario, trace?.input)
  for (const { command, atS } of failures) sim.schedule(command, atS)
  sim.runUntil(scenario.horizonS)
  const wallS = (performance.now() - startMs) / 1000

  const report = simReport(scenario, sim, { outdoor, trace: trace?.report })
  process.stdout.write(args.json ? jsonText(report) : summaryText(report, wallS))
  return 0
}

function fail(error: unknown): number {
  const isUserError =
    error instanceof ArgsError ||
    error instanceof UserError ||
    error instanceof ScenarioError ||
    error instanceof TraceError
  let line: string
  if (error instanceof ScenarioError) line = scenarioErrorLine(error)
  else if (isUserError) line = error.message
  else line = `engine error: ${error instanceof Error ? error.message : String(error)}`
  // Exactly one line, whatever the message held; no stack traces for anything.
  process.stderr.write(`sim: ${line.replace(/\s*\n\s*/g, ' ')}\n`)
  return isUserError ? 2 : 1
}

process.exitCode = await main(process.argv.slice(2)).catch(fail)
