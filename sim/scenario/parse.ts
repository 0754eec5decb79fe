// parseScenario: unknown JSON → a frozen, fully expanded Scenario, or one ScenarioError listing every problem by path.
import type { z } from 'zod'
import { scenarioSchema } from './schema.ts'
import { expandScenario } from './expand.ts'
import { scenarioWorkProblems } from './workLimits.ts'
import type { Scenario } from './types.ts'
import { jsonPath } from './jsonPath.ts'

/** One problem in a scenario: where (a JSON path such as `$.rows[0].racks[1].count`) and why, in one line. */
export interface ScenarioProblem {
  path: string
  message: string
}

/** Thrown by parseScenario; `message` lists every problem, one per line, prefixed with the source name. */
export class ScenarioError extends Error {
  readonly problems: ScenarioProblem[]
  constructor(source: string, problems: ScenarioProblem[]) {
    super(problems.map((p) => `${source}: ${p.path}: ${p.message}`).join('\n'))
    this.name = 'ScenarioError'
    this.problems = problems
  }
}

export { jsonPath } from './jsonPath.ts'

export function zodProblems(error: z.ZodError): ScenarioProblem[] {
  const problems: ScenarioProblem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
      // A union failed: report the branch that got furthest rather than "invalid input".
      const deepest = issue.errors.reduce((a, b) =>
        Math.max(0, ...b.map((i) => i.path.length)) > Math.max(0, ...a.map((i) => i.path.length)) ? b : a,
      )
      for (const sub of deepest)
        problems.push({ path: jsonPath([...issue.path, ...sub.path]), message: sub.message })
      continue
    }
    problems.push({ path: jsonPath(issue.path), message: issue.message })
  }
  return problems
}

/**
 * Validates a scenario (schema, then cross-references: ids unique and known, servers fit their racks,
 * racks inside the room) and expands it: rack groups become racks with floor positions, durations seconds.
 * @param source file name or URL used to prefix error lines
 * @throws ScenarioError naming every problem with its JSON path
 */
export function parseScenario(json: unknown, source = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(json)
  if (!result.success) throw new ScenarioError(source, zodProblems(result.error))
  const problems: ScenarioProblem[] = []
  const scenario = expandScenario(result.data, (path, message) =>
    problems.push({ path: jsonPath(path), message }),
  )
  if (problems.length > 0) throw new ScenarioError(source, problems)
  // Before any run: a scenario whose every simulated hour costs minutes is refused here, in CLI and browser.
  const tooMuch = scenarioWorkProblems(scenario)
  if (tooMuch.length > 0) throw new ScenarioError(source, tooMuch)
  return deepFreeze(scenario)
}

/**
 * Parses JSON text first, so a syntax error also names the source and position. A UTF-8 byte-order mark,
 * which Windows editors write, is dropped: JSON.parse would refuse it.
 */
export function parseScenarioText(text: string, source = 'scenario'): Scenario {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    throw new ScenarioError(source, [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }])
  }
  return parseScenario(json, source)
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
