// For tests: the lines of the ScenarioError a scenario is refused with (and a failure if it is accepted).
import { parseScenario, ScenarioError } from '../scenario/parse.ts'

/** One line per problem, each `<source>: <JSON path>: <message>`. @throws when the scenario is accepted */
export function scenarioProblems(input: unknown, source: string): string[] {
  try {
    parseScenario(input, source)
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n')
    throw error
  }
  throw new Error('expected the scenario to be refused')
}
