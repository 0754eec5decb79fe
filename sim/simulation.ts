// createSimulation: a Scenario brought to life: world + clock + processes, driven by advance/apply, read by snapshot/kpis.
import { createEnv } from './core/env.ts'
import type { Process } from './core/env.ts'
import { createRng } from './core/rng.ts'
import { applyCommand } from './commands.ts'
import type { Command } from './commands.ts'
import { buildWorld } from './scenario/build.ts'
import type { Scenario } from './scenario/types.ts'
import { coolingStep } from './model/cooling.ts'
import { facilityStep, powerStep } from './model/power.ts'
import { electricalStep } from './model/electrical.ts'
import { advanceContinuous, settleZone } from './model/continuous.ts'
import { thermalStep } from './model/thermal.ts'
import { workloadStep } from './model/workload.ts'
import type { World } from './model/world.ts'
import { snapshotLayout, writeSnapshot } from './metrics/snapshot.ts'
import { kpisOf } from './metrics/kpis.ts'

export type Simulation = ReturnType<typeof createSimulation>

/**
 * Builds the world at t = 0 and starts its processes: the workload (every workload.updateS), the physics
 * tick (every stepS) and the scenario's timed events. Nothing runs until `advance` or `runUntil`.
 */
export function createSimulation(scenario: Scenario) {
  const world = buildWorld(scenario)
  const env = createEnv(0)
  const rng = createRng(scenario.seed)
  const noise = rng.stream('workload')
  const layout = snapshotLayout(world.rackCount, world.unitCount)

  // Continuous state (room temperatures, energy) is carried to now at the old rates before anything changes;
  // readers add the open interval up to now, so one long advance and many short ones do identical arithmetic.
  // The room starts at the steady state of the first load rather than cold.
  let started = false
  const settle = () => {
    advanceContinuous(world, env.now)
    powerStep(world)
    electricalStep(world, env.now)
    const epochS = scenario.startEpochS + env.now
    if (!started) {
      coolingStep(world, epochS) // sets fan speeds, which the steady state needs
      settleZone(world)
      started = true
    }
    coolingStep(world, epochS)
    thermalStep(world)
    facilityStep(world)
  }
  function* workload(): Process {
    for (;;) {
      workloadStep(world, scenario.startEpochS + env.now, noise)
      settle()
      yield scenario.workload.updateS
    }
  }
  function* physics(): Process {
    for (;;) {
      yield scenario.stepS
      settle()
    }
  }
  env.process(workload())
  env.process(physics())
  for (const event of scenario.events) env.at(event.atS, () => apply(event.command))

  function apply(cmd: Command): void {
    applyCommand(world, cmd)
    settle()
  }

  return {
    scenario,
    world: world as Readonly<World>,
    layout,
    get nowS() {
      return env.now
    },
    get eventsProcessed() {
      return env.eventsProcessed
    },
    /** Runs every event up to now + dtS. */
    advance(dtS: number) {
      env.runUntil(env.now + dtS)
    },
    /** Runs every event up to simulated time tS (seconds since the scenario start). */
    runUntil(tS: number) {
      env.runUntil(tS)
    },
    apply,
    snapshot(out: Float64Array) {
      writeSnapshot(world, env.now, env.eventsProcessed, layout, out)
      return out
    },
    kpis: () => kpisOf(world, env.now),
  }
}
