// Fork a what-if from now: a run is deterministic, so a fork is a replay of its log plus hypothetical commands.
import { createSimulation } from './simulation.ts'
import type { LoggedCommand, Simulation } from './simulation.ts'
import type { Scenario, TimedCommand } from './scenario/types.ts'
import type { TraceInput } from './workload/traceReplay.ts'
import type { LiveBatch } from './live/measurements.ts'

/**
 * Everything a run is a function of, as plain structured-cloneable data: what a live twin hands to a second
 * worker so the fork is computed there. An interface, so inputs a later source adds (live samples) have a
 * place without changing how forks are made.
 */
export interface ForkInputs {
  scenario: Scenario
  /** The recorded trace that replaced the scenario's workload, or {} for the scenario's own. */
  trace: TraceInput
  /** Every command applied so far, with its time and how it came (the run's replay log). */
  commandLog: readonly LoggedCommand[]
  /**
   * Commands scheduled from outside that have not fired by nowS. The log holds only what was applied, and
   * the event queue cannot be read back, so whoever schedules has to keep these (the sim worker does).
   */
  pending: readonly TimedCommand[]
  /** Live measurements as they arrived (live/measurements.ts), replayed at the same instants. */
  live?: readonly LiveBatch[]
  /** The run's present, s since the scenario start: where the fork leaves the source's history. */
  nowS: number
}

/**
 * The inputs of `source` at its present; `trace` must be the one it was created with, and `scheduled` every
 * command scheduled on it from outside (those that already fired are dropped here).
 */
export function forkInputsOf(
  source: Simulation,
  trace: TraceInput = {},
  scheduled: readonly TimedCommand[] = [],
): ForkInputs {
  const { scenario, nowS } = source
  const pending = scheduled.filter((entry) => entry.atS > nowS).map((entry) => ({ ...entry }))
  return { scenario, trace, commandLog: [...source.commandLog], pending, live: [...source.liveLog], nowS }
}

/**
 * A new simulation that has lived the run described by `inputs` up to `inputs.nowS`: the scenario's events
 * replaying themselves, commands applied between steps applied again at the same instants, and commands
 * scheduled from outside scheduled again. Then `hypothetical` (times before now are taken as now) is
 * scheduled on top. JS generators cannot be cloned, so this is how a running twin forks without stalling
 * it: run the fork in a second worker. Costs the simulated time so far again.
 */
export function forkFromInputs(inputs: ForkInputs, hypothetical: readonly TimedCommand[]): Simulation {
  const replay = replayInputs(inputs, Infinity)
  let step = replay.next()
  while (!step.done) step = replay.next()
  const fork = step.value
  for (const entry of hypothetical) fork.schedule(entry.command, Math.max(entry.atS, inputs.nowS))
  return fork
}

/**
 * forkFromInputs without hypotheticals, as a generator that yields the replay's time after every `chunkS`
 * simulated seconds at most: a worker restoring a long run then answers messages between chunks. The
 * chunks end where one `runUntil` would pass, so the replay is the same whatever `chunkS` is.
 */
export function* replayInputs(inputs: ForkInputs, chunkS: number): Generator<number, Simulation> {
  const { scenario, trace, commandLog, pending, live = [], nowS } = inputs
  const fork = createSimulation(scenario, trace)
  // Scheduled in the source's order, so commands due at the same instant fire in the same order.
  const scheduled = [...commandLog.filter((entry) => entry.via === 'scheduled'), ...pending]
  for (const entry of scheduled) fork.schedule(entry.command, entry.atS)
  // At least one runUntil even when already at tS: it drains events due at tS before what comes next.
  const runTo = function* (tS: number) {
    do {
      fork.runUntil(Math.min(fork.nowS + chunkS, tS))
      yield fork.nowS
    } while (fork.nowS < tS)
  }
  // Commands applied now and live batches, merged by time. At one instant the order does not matter: a
  // batch only queues events and adds readings, so a command first (as here) gives the same state.
  const applied = commandLog.filter((entry) => entry.via === 'now')
  let b = 0
  for (const entry of applied) {
    for (; b < live.length && live[b].atS < entry.atS; b++) {
      yield* runTo(live[b].atS)
      fork.ingest(live[b].measurements)
    }
    yield* runTo(entry.atS)
    fork.apply(entry.command)
  }
  for (; b < live.length; b++) {
    yield* runTo(live[b].atS)
    fork.ingest(live[b].measurements)
  }
  yield* runTo(nowS)
  return fork
}
