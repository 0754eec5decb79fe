// The capacity ledger, the forecast and placement read today's racks: a hall with none yet (a new, empty one;
// docs/hall.md#empty-halls) is refused with that reason, not left to fail on an empty list.
import { ScenarioError } from '../scenario/parse.ts'
import type { Scenario } from '../scenario/types.ts'

/** Throws a ScenarioError at `$.rows` when the hall has no racks; `what` names the refused work. */
export function requireRacks(scenario: Pick<Scenario, 'racks' | 'name'>, what: string): void {
  if (scenario.racks.length === 0)
    throw new ScenarioError(scenario.name, [
      { path: '$.rows', message: `the hall has no racks yet: ${what} starts from the racks it has today` },
    ])
}
