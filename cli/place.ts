// `npm run sim -- place <scenario> --servers N --model <id> [--date] [--top] [--json]`: placement advice.
import { parseScenarioText } from '../sim/index.ts'
import { placementsFor, PlacementRequestError } from '../sim/forecast/placement/index.ts'
import { readText, UserError } from './inputs.ts'
import { PLACE_USAGE, parsePlaceArgs } from './placeArgs.ts'
import { placeText } from './placeText.ts'

/** The place subcommand; returns its exit code. Errors are thrown to cli/sim.ts, which prints one line. */
export function placeMain(argv: readonly string[]): number {
  const args = parsePlaceArgs(argv)
  if (args.help) {
    process.stdout.write(PLACE_USAGE + '\n')
    return 0
  }
  const scenario = parseScenarioText(readText(args.scenarioPath), args.scenarioPath)
  let result
  try {
    result = placementsFor(scenario, {
      model: args.model,
      count: args.servers,
      date: args.date,
      top: args.top,
      inletLimitC: args.inletLimitC,
      failureInletLimitC: args.failureInletLimitC,
      maxVerifications: args.maxVerifications,
    })
  } catch (error) {
    // The request's own problems name the option, as the other argument errors do.
    if (error instanceof PlacementRequestError)
      throw new UserError(`--${error.message.replace(/^count:/, 'servers:')}`)
    throw error
  }
  const uHeight = scenario.serverModels.find((m) => m.id === args.model)!.uHeight
  process.stdout.write(
    args.json
      ? JSON.stringify({ placement: result }, null, 2) + '\n'
      : placeText(scenario.name, result, uHeight),
  )
  return 0
}
