// The scenario catalogue: every scenarios/*.json shipped with the app, the default bundled, the rest lazy.
import defaultScenario from '../../scenarios/default.json?raw'

export const DEFAULT_SCENARIO = 'default'

// A glob (not named imports) so the picker offers whatever scenarios exist at build time; schema.json is
// the editor schema, not a scenario.
const lazy = import.meta.glob<string>(
  ['../../scenarios/*.json', '!../../scenarios/default.json', '!../../scenarios/schema.json'],
  { query: '?raw', import: 'default' },
)

const nameOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '')

const loaders: Record<string, () => Promise<string>> = { [DEFAULT_SCENARIO]: async () => defaultScenario }
for (const [path, load] of Object.entries(lazy)) loaders[nameOf(path)] = load

/** Scenario names for the picker, the default first. */
export const scenarioNames: readonly string[] = [
  DEFAULT_SCENARIO,
  ...Object.keys(loaders)
    .filter((n) => n !== DEFAULT_SCENARIO)
    .sort(),
]

/** "large-hall" → "Large hall", for the picker. */
export function scenarioLabel(name: string): string {
  const words = name.replace(/[-_]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The JSON text of a scenario by name. */
export function scenarioText(name: string): Promise<string> {
  const load = loaders[name]
  if (!load) return Promise.reject(new Error(`no scenario named "${name}"`))
  return load()
}
