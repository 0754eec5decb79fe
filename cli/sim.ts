// `npm run sim -- <scenario.json> [--horizon 7d] [--seed N] [--json]`: one headless run, KPIs out.
import { readFileSync } from 'node:fs'
import { createSimulation, parseScenarioText, ScenarioError } from '../sim/index.ts'
import { ArgsError, parseArgs, USAGE } from './args.ts'
import { jsonReport, jsonText, summaryText } from './report.ts'

/** A user error: exit 2 with this one line. */
class UserError extends Error {}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a scenario file',
  EACCES: 'permission denied',
}

function readScenarioText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new UserError(`${path}: cannot read: ${READ_ERRORS[code] ?? (error as Error).message}`)
  }
}

/** One line for a ScenarioError: its first problem (already prefixed with the path) and how many follow. */
function scenarioErrorLine(error: ScenarioError): string {
  const [first] = error.message.split('\n')
  const more = error.problems.length - 1
  return more > 0 ? `${first} (and ${more} more)` : first
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv)
  if (args.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  const parsed = parseScenarioText(readScenarioText(args.scenarioPath), args.scenarioPath)
  // The parsed Scenario is frozen: overrides go into a copy.
  const scenario = {
    ...parsed,
    seed: args.seed ?? parsed.seed,
    horizonS: args.horizonS ?? parsed.horizonS,
  }

  const startMs = performance.now()
  const sim = createSimulation(scenario)
  sim.runUntil(scenario.horizonS)
  const wallS = (performance.now() - startMs) / 1000

  const report = jsonReport({
    scenario,
    kpis: sim.kpis(),
    eventsProcessed: sim.eventsProcessed,
    serverCount: sim.world.serverCount,
  })
  process.stdout.write(args.json ? jsonText(report) : summaryText(report, wallS))
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  const isUserError =
    error instanceof ArgsError || error instanceof UserError || error instanceof ScenarioError
  let line: string
  if (error instanceof ScenarioError) line = scenarioErrorLine(error)
  else if (isUserError) line = error.message
  else line = `engine error: ${error instanceof Error ? error.message : String(error)}`
  // Exactly one line, whatever the message held; no stack traces for anything.
  process.stderr.write(`sim: ${line.replace(/\s*\n\s*/g, ' ')}\n`)
  process.exitCode = isUserError ? 2 : 1
}
