// createSimulation: a Scenario brought to life: world + clock + processes, driven by advance/apply, read by snapshot/kpis.
import { createEnv } from './core/env.ts'
import type { Process } from './core/env.ts'
import { createRng } from './core/rng.ts'
import { applyCommand } from './commands.ts'
import type { Command } from './commands.ts'
import { buildWorld } from './scenario/build.ts'
import type { Scenario, TimedCommand } from './scenario/types.ts'
import { coolingStep } from './model/cooling.ts'
import { coolingConditionStep } from './model/coolingRedundancy.ts'
import { facilityStep, powerStep } from './model/rackPower.ts'
import { electricalStep } from './model/electrical.ts'
import { protectionStep } from './model/protection.ts'
import { advanceContinuous, settleZone } from './model/continuous.ts'
import { rackTemperatures, thermalStep } from './model/thermal.ts'
import { utilizationWorkload } from './workload/utilization.ts'
import { startJobsWorkload } from './workload/jobs.ts'
import type { SchedulerMetrics } from './placement/scheduler.ts'
import { jobTraceWorkload, replayWorkload } from './workload/traceReplay.ts'
import type { TraceInput } from './workload/traceReplay.ts'
import { createShadow } from './shadow/shadowRun.ts'
import { createLiveFeed } from './live/measurements.ts'
import type { World } from './model/world.ts'
import { snapshotLayout, writeSnapshot } from './metrics/snapshot.ts'
import { kpisOf } from './metrics/kpis.ts'
import { bookInterval, createTracking, pollSensors, recordSample } from './metrics/tracking.ts'
import { timeToLimitsS, watchLimits } from './model/timeToLimit.ts'
import type { LimitWatch } from './model/timeToLimit.ts'
import { inletBandOf, nextRefreshS } from './model/heldRates.ts'
import { firstRackTimes, rackTimesToLimitS } from './model/zones/rackTimeToLimit.ts'
import { FAILURE_LIMITS_C } from './metrics/ashrae.ts'

/** A failure applied during the run and how long the hall would take to reach each limit if nothing changed. */
export interface FailureRecord {
  atS: number
  command: Command
  /** Seconds from the failure to each of FAILURE_LIMITS_C; null if not reached within a day. */
  timeToLimitS: (number | null)[]
  /** Per rack (scenario order), seconds from the failure to each of FAILURE_LIMITS_C: [limit][rack]; null as above. */
  rackTimeToLimitS: (number | null)[][]
}

export type Simulation = ReturnType<typeof createSimulation>

/** A command as it was applied: now (between steps), from a scenario event, or scheduled from outside. */
export interface LoggedCommand extends TimedCommand {
  via: 'now' | 'scenario' | 'scheduled'
}

/**
 * Builds the world at t = 0 and starts its processes: the workload (every workload.updateS), the physics
 * tick (every stepS) and the scenario's timed events. Nothing runs until `advance` or `runUntil`.
 */
export function createSimulation(scenario: Scenario, trace: TraceInput = {}) {
  const world = buildWorld(scenario)
  const env = createEnv(0)
  const rng = createRng(scenario.seed)
  const chain = world.electrical.chain
  const layout = snapshotLayout(world.rackCount, world.unitCount, chain?.pduIds.length, chain?.upsIds.length)
  const tracking = createTracking(world)
  const failures: FailureRecord[] = []
  // Commands applied from outside (UI, CLI), in order: with the scenario and seed they replay the run exactly.
  const commandLog: LoggedCommand[] = []
  // Measured values, recorded (a long CSV) or live, are compared with the twin at every physics tick.
  const shadow = createShadow(world, scenario.startEpochS)
  if (trace.measured) shadow.addRecorded(trace.measured)

  // Continuous state (room temperatures, energy) is carried to now at the old rates before anything changes;
  // readers add the open interval up to now, so one long advance and many short ones do identical arithmetic.
  // Limit watches look inside each interval first, while its rates still hold.
  const watches: LimitWatch[] = []
  // Readers of every settled state (a long run's monthly peaks): rates are held between settles, so power
  // peaks are exact there, whatever the tick.
  const settleListeners: ((nowS: number) => void)[] = []
  const carry = () => {
    for (const watch of watches) watch.observe(world, world.totals.integratedToS, env.now)
    bookInterval(tracking, world, env.now)
    advanceContinuous(world, env.now)
  }
  // Inlet-driven server power is held between settles: one more settle once the room air has moved far enough
  // to change it by 0.1 % of the heat, so its lag does not grow with stepS
  // (docs/physics.md#timing-a-command-acts-from-its-own-time).
  const inletBand = inletBandOf(scenario)
  let refreshId: number | undefined
  const scheduleRefresh = (band: NonNullable<typeof inletBand>) => {
    if (refreshId !== undefined) env.cancel(refreshId)
    const inS = nextRefreshS(world, band, scenario.stepS)
    refreshId = inS === null ? undefined : env.at(env.now + inS, settle)
  }
  // The room starts at the steady state of the first load rather than cold.
  let started = false
  const settle = () => {
    carry()
    live.override()
    const epochS = scenario.startEpochS + env.now
    // Inlets at this instant (new units, setpoints, room air) before servers draw on them: else a command's
    // effect on inlet-driven server power waits for the next tick (docs/physics.md#timing-a-command-acts-from-its-own-time).
    coolingStep(world, epochS)
    rackTemperatures(world, world.zone.airC, world.unitSupplyC, world.rackSupplyC, world.rackInletC)
    powerStep(world)
    electricalStep(world, env.now)
    if (!started) {
      coolingStep(world, epochS) // sets fan speeds, which the steady state needs
      settleZone(world)
      started = true
    }
    coolingStep(world, epochS)
    coolingConditionStep(world, env.now)
    thermalStep(world)
    // A rack that trips (or restarts) here stops (or starts) heating now: its power, the chain and the units'
    // load follow at once, else the trip acted at the next settle, a tick or a workload period later
    // (docs/physics.md#thermal-protection).
    if (protectionStep(world, env.now) > 0) {
      recordSample(tracking, world, env.now) // the inlets that tripped the racks stay the hottest seen
      powerStep(world)
      electricalStep(world, env.now)
      coolingStep(world, epochS)
      thermalStep(world)
    }
    facilityStep(world)
    recordSample(tracking, world, env.now)
    if (inletBand) scheduleRefresh(inletBand)
    for (const listener of settleListeners) listener(env.now)
  }
  function* utilization(update: ReturnType<typeof utilizationWorkload>, updateS: number): Process {
    for (;;) {
      update(world, env.now)
      settle()
      yield updateS
    }
  }
  function* physics(): Process {
    for (;;) {
      yield scenario.stepS
      settle()
      pollSensors(tracking, world, env.now)
      shadow.compare(env.now)
    }
  }
  const live = createLiveFeed(world, env, scenario.startEpochS, shadow, settle)
  const spec = scenario.workload
  let jobMetrics: (() => SchedulerMetrics) | undefined
  // A recorded trace, when given, replaces the scenario's own workload.
  if (trace.jobs)
    jobMetrics = startJobsWorkload(
      jobTraceWorkload(spec, trace.jobs, Math.min(...scenario.serverModels.map((m) => m.memoryGb / m.cores))),
      env,
      world,
      rng,
      scenario.startEpochS,
      settle,
    )
  else if (trace.utilization) env.process(utilization(replayWorkload(world, trace.utilization), spec.updateS))
  else if (spec.kind === 'jobs')
    jobMetrics = startJobsWorkload(spec, env, world, rng, scenario.startEpochS, settle)
  else env.process(utilization(utilizationWorkload(scenario, spec, rng), spec.updateS))
  env.process(physics())
  for (const event of scenario.events) env.at(event.atS, () => apply(event.command, 'scenario'))

  function apply(cmd: Command, via: LoggedCommand['via'] = 'now'): void {
    // The interval since the last event ran with the old units and setpoints: carried before the command
    // changes them, so the command acts from its own time whatever stepS is.
    // Logged once it applied: a refused command (unknown id) must not be replayed by a fork or a restore.
    applyCommand(world, cmd, carry)
    commandLog.push({ atS: env.now, command: cmd, via })
    settle()
    if (cmd.type === 'failCoolingUnit' || cmd.type === 'failPowerAsset' || cmd.type === 'failUpsModule') {
      // Per rack as well: which racks suffer first (docs/physics.md#zones-of-influence).
      const rackTimeToLimitS = rackTimesToLimitS(world, FAILURE_LIMITS_C)
      const timeToLimitS = world.zones
        ? firstRackTimes(rackTimeToLimitS)
        : timeToLimitsS(world, FAILURE_LIMITS_C)
      failures.push({ atS: env.now, command: cmd, timeToLimitS, rackTimeToLimitS })
    }
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
    /** Applies `cmd` at simulated time atS (seconds since the start); throws for a time in the past. */
    schedule(cmd: Command, atS: number) {
      if (!(atS >= env.now))
        throw new Error(`cannot schedule at ${atS} s: the simulation is already at ${env.now} s`)
      env.at(atS, () => apply(cmd, 'scheduled'))
    },
    snapshot(out: Float64Array) {
      writeSnapshot(world, env.now, env.eventsProcessed, layout, out, tracking.climate)
      return out
    },
    kpis: () => kpisOf(world, env.now),
    /** The scheduler's counts and waits when the workload is jobs; undefined otherwise. */
    jobMetrics: () => jobMetrics?.(),
    /** What drives the servers: the scenario's workload kind, or a recorded trace that replaced it. */
    workloadKind: trace.jobs ? 'trace-jobs' : trace.utilization ? 'trace' : spec.kind,
    /** Every command applied so far with its time (scenario events included): the run's replay log. */
    commandLog: commandLog as readonly LoggedCommand[],
    /** Shadow mode: the twin's error against measured values, once any were given (recorded or live). */
    shadow: () => (shadow.active ? shadow.report() : undefined),
    /** Shadow mode now, per sensor, for a panel that polls. */
    shadowStatus: () => shadow.status(),
    /** Live measurements arriving now (see live/measurements.ts); logged, so a fork replays them. */
    ingest: live.ingest,
    liveLog: live.log,
    liveCounts: live.counts,
    tracking: tracking as Readonly<typeof tracking>,
    failures: failures as readonly FailureRecord[],
    /** Seconds until the hottest inlet reaches each of FAILURE_LIMITS_C if nothing changes from now. */
    timeToLimits: () => timeToLimitsS(world, FAILURE_LIMITS_C),
    /** Calls `listener` after every settle (workload update, tick, command, refresh), with the time. */
    onSettle(listener: (nowS: number) => void) {
      settleListeners.push(listener)
    },
    /**
     * Watches the hottest inlet from now on: the returned function tells the seconds from now to the first
     * instant it reached each of `limitsC` (null: not yet), found between ticks rather than at them.
     */
    watchLimits(limitsC: readonly number[]): () => (number | null)[] {
      const watch = watchLimits(limitsC, env.now)
      watches.push(watch)
      return () => {
        watch.observe(world, world.totals.integratedToS, env.now) // the interval still open up to now
        return [...watch.reachedS]
      }
    },
  }
}
