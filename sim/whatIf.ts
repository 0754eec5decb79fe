// Fork a what-if from now: a run is deterministic, so a fork is a replay of its log plus hypothetical commands.
import { createSimulation } from './simulation.ts'
import type { Simulation } from './simulation.ts'
import type { Scenario, TimedCommand } from './scenario/types.ts'
import type { TraceInput } from './model/traceWorkload.ts'

/**
 * A new simulation that has lived what `source` lived up to its present: same scenario, seed and trace (pass
 * the same `trace`), the scenario's events replaying themselves, commands applied between steps applied again
 * at the same instants, and commands scheduled from outside scheduled again. Then `hypothetical` (times before
 * now are taken as now) is scheduled on top. JS generators cannot be cloned, so this is how a running twin
 * forks without stalling it: run the fork in a second worker. Costs the simulated time so far again.
 */
export function forkWhatIf(
  source: Simulation,
  hypothetical: readonly TimedCommand[],
  trace: TraceInput = {},
): Simulation {
  const fork = createSimulation(source.scenario as Scenario, trace)
  for (const entry of source.commandLog)
    if (entry.via === 'scheduled') fork.schedule(entry.command, entry.atS)
  for (const entry of source.commandLog) {
    if (entry.via !== 'now') continue
    fork.runUntil(entry.atS)
    fork.apply(entry.command)
  }
  fork.runUntil(source.nowS)
  for (const entry of hypothetical) fork.schedule(entry.command, Math.max(entry.atS, source.nowS))
  return fork
}
