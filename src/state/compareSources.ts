// What a compared run can be, and its inputs for the compare worker: the hall on screen (forked from now, or
// from t = 0), the hall on screen + what-if changes, a shipped scenario, or a hall kept in the library.
import { parseScenario, parseScenarioText } from '../../sim/index.ts'
import type { ForkInputs } from '../../sim/index.ts'
import type { CompareRunSpec } from '../../workers/protocol.ts'
import { betweenSteps } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { getHall } from '../library/halls.ts'
import { library } from '../library/libraryState.ts'
import { delayText } from './fork.ts'
import type { ForkChange } from './fork.ts'
import { scenarioLabel, scenarioText } from './scenarios.ts'

export type CompareSource =
  | { kind: 'now' } // the hall on screen, its run forked at the present
  | { kind: 'zero' } // the hall on screen, started again from t = 0 with the same seed
  | { kind: 'fork'; changes: readonly ForkChange[] } // 'now' with what-if changes on top
  | { kind: 'scenario'; name: string }
  | { kind: 'hall'; id: string; name: string }

export function sourceLabel(s: CompareSource): string {
  switch (s.kind) {
    case 'now':
      return 'Hall on screen, from now'
    case 'zero':
      return 'Hall on screen, from t = 0'
    case 'fork':
      return s.changes.length === 0
        ? 'Hall on screen + what-if (no change yet)'
        : `Hall on screen + ${s.changes.map((c) => `${c.label} ${delayText(c.delayS)}`).join(', ')}`
    case 'scenario':
      return `${scenarioLabel(s.name)} (shipped)`
    case 'hall':
      return `${s.name} (library)`
  }
}

const fromZero = (scenario: ForkInputs['scenario']): ForkInputs => ({
  scenario,
  trace: {},
  commandLog: [],
  pending: [],
  nowS: 0,
})

/** The live run's inputs taken between two steps, so "now" is exactly the clock on screen. */
const liveInputs = () => betweenSteps(() => simClient.forkInputs())

/**
 * The compare worker's inputs for `source`. Throws one line naming the source when it cannot be read (a
 * scenario that fails to parse names its file and JSON path, a library hall that is gone says so).
 */
export async function specOf(source: CompareSource): Promise<CompareRunSpec> {
  const label = sourceLabel(source)
  switch (source.kind) {
    case 'now':
      return { label, inputs: await liveInputs(), hypothetical: [] }
    case 'zero': {
      // The run's own trace is kept (it replaces the scenario's workload); what was done to it is not.
      const inputs = await liveInputs()
      return { label, inputs: { ...fromZero(inputs.scenario), trace: inputs.trace }, hypothetical: [] }
    }
    case 'fork': {
      const inputs = await liveInputs()
      const hypothetical = source.changes.map((c) => ({ atS: inputs.nowS + c.delayS, command: c.command }))
      return { label, inputs, hypothetical }
    }
    case 'scenario': {
      const text = await scenarioText(source.name)
      return {
        label,
        inputs: fromZero(parseScenarioText(text, `scenarios/${source.name}.json`)),
        hypothetical: [],
      }
    }
    case 'hall': {
      const db = await library()
      const entry = db ? await getHall(db, source.id) : undefined
      if (!entry) throw new Error(`the library hall "${source.name}" is no longer stored`)
      return {
        label,
        inputs: fromZero(parseScenario(entry.doc, `library hall "${source.name}"`)),
        hypothetical: [],
      }
    }
  }
}
