// createSimApi: the thin adapter the worker exposes over comlink; plain functions so vitest can call them directly.
import { activeConditionsOf, rackZonesOf, workloadOf } from '../sim/index.ts'
import type { ActiveCondition, RackZone, WorkloadReport } from '../sim/index.ts'
import { releaseProxy, transfer } from 'comlink'
import {
  createSimulation,
  forkInputsOf,
  parseScenario,
  parseScenarioText,
  sceneLayout,
} from '../sim/index.ts'
import type { ForkInputs, TimedCommand, TraceInput } from '../sim/index.ts'
import type { Command, FailureRecord, Kpis, Scenario, SceneLayout, Simulation } from '../sim/index.ts'
import type { ShadowStatus } from '../sim/index.ts'
import { readTrace, startTrace } from './traceLoad.ts'
import { startLiveRun } from './liveRun.ts'
import type { LiveOptions, LiveRun, LiveSourceSpec, LiveStatus } from './liveRun.ts'
import type { TraceFormat, TraceSummary } from './traceLoad.ts'
import type { RunOrigin, RunProgress, RunStoppedName } from './protocol.ts'
import { nextTurn, replayRun } from './replayRun.ts'
import { rackPlanOf, type RackPlan } from '../sim/forecast/plan/index.ts'
import { applyChanges, type ScenarioChange } from '../sim/forecast/advice/index.ts'
import { growthFitOf, type GrowthFitResult } from './growthFit.ts'
import type { HistorySlice, RunEvent } from '../sim/index.ts'
import { createRunHistory } from './runHistory.ts'

/**
 * Releases a comlink proxy of a main-thread callback once it will not be called again, closing its port.
 * A plain function (a direct call, as in tests) has no such member. `in` would not see it: the proxy
 * answers only `get`.
 */
function release(callback: unknown): void {
  const free = (callback as { [releaseProxy]?: unknown } | undefined)?.[releaseProxy]
  if (typeof free === 'function') void free()
}

/**
 * One simulation at a time. `step` is the ping-pong of principle 10: the caller transfers its spare buffer
 * in, the worker advances, writes the snapshot into it and transfers it back, so one step is in flight.
 */
export function createSimApi() {
  let sim: Simulation | undefined
  // The scenario of the last load, restarted with or without a trace; `loads` lets a newer load win.
  let scenario: Scenario | undefined
  // The trace the current run was started with ({} for the scenario's own workload): part of what a fork replays.
  let trace: TraceInput = {}
  // Commands scheduled on the current run, which its log holds only once they fire.
  let scheduled: TimedCommand[] = []
  let loads = 0
  // Tells runs apart for a caller that keeps a copy of the run's record (RunOrigin, RunProgress).
  let runId = 0
  // Why the run stopped, once a step threw: it is half-advanced, so nothing may read or advance it.
  let broken: string | undefined
  // The live source the twin follows, if any: `step` then runs to what the source has delivered.
  let live: LiveRun | undefined
  // The run's history and event log (recreated with the run, in restart) and the past-time replay beside it.
  const history = createRunHistory()
  const stopLive = () => {
    live?.stop()
    live = undefined
  }
  const current = () => {
    if (broken) {
      const error = new Error(`the run stopped when ${broken}; restore it or load a scenario`)
      throw Object.assign(error, { name: 'RunStoppedError' satisfies RunStoppedName })
    }
    if (!sim) throw new Error('no scenario is loaded: call load() first')
    return sim
  }
  const lastScenario = () => {
    if (!scenario) throw new Error('no scenario is loaded: call load() first')
    return scenario
  }
  /**
   * The one way a run (re)starts: a newer load wins over any still reading, the old live source stops, and
   * nothing of the old run (its trace, scheduled commands, a failed step) carries over.
   */
  const restart = (next: Simulation, nextTrace: TraceInput, nextLive?: LiveRun): SceneLayout => {
    loads++
    runId++
    stopLive()
    live = nextLive
    sim = next
    trace = nextTrace
    scheduled = []
    broken = undefined
    // Before the first settle, so a fresh run's history starts at t = 0 (docs/history.md#the-recorder).
    history.restart(next)
    // Drains what is due at the start (a restored run is already at its present: nothing is left there).
    sim.runUntil(sim.nowS)
    return sceneLayout(sim.scenario, sim.layout)
  }
  return {
    /** Parses and starts a scenario (JSON text or an already-parsed object); returns what the UI draws. */
    load(json: string | unknown, source = 'scenario'): SceneLayout {
      const parsed = typeof json === 'string' ? parseScenarioText(json, source) : parseScenario(json, source)
      scenario = parsed
      return restart(createSimulation(parsed), {})
    },
    /**
     * Parses recorded trace files here in the worker (streaming; `.gz` gunzipped), reporting the fraction read
     * through `onProgress` (a comlink proxy: at most ten calls a second), then restarts the last scenario at
     * t = 0 with the trace as its workload (a long CSV: with the clock at its first timestamp, its measured
     * channels shadowing the twin). A malformed file rejects with `file:line: reason`; a scenario or trace
     * loaded meanwhile wins, and this one then rejects without touching the run.
     */
    async loadTrace(
      files: File[],
      format: TraceFormat,
      onProgress?: (fraction: number) => void,
    ): Promise<{ layout: SceneLayout; summary: TraceSummary }> {
      const base = lastScenario()
      const mine = ++loads
      try {
        const read = await readTrace(files, format, onProgress)
        if (mine !== loads) throw new Error('superseded by a newer load')
        const started = startTrace(base, read)
        return { layout: restart(started.sim, read.input), summary: started.summary }
      } finally {
        release(onProgress)
      }
    },
    /** Restarts the last scenario at t = 0 with its own workload (drops a loaded trace). */
    clearTrace(): SceneLayout {
      return restart(createSimulation(lastScenario()), {})
    },
    /**
     * Starts the run `inputs` describe, at `inputs.nowS`, exactly as it was there: after the worker that ran it
     * died, or after a step failed. Replays in chunks, answering other messages (a ping) between them and
     * reporting the fraction done through `onProgress`; `base` is what a later trace or clearTrace restarts.
     * Does not follow a live source: the restored twin runs on at the chosen speed.
     */
    async restore(
      inputs: ForkInputs,
      base: Scenario = inputs.scenario,
      onProgress?: (fraction: number) => void,
    ): Promise<SceneLayout> {
      const mine = ++loads
      try {
        const restored = await replayRun(inputs, onProgress, () => mine !== loads)
        scenario = base
        const layout = restart(restored, inputs.trace)
        scheduled = [...inputs.pending]
        return layout
      } finally {
        release(onProgress)
      }
    },
    /** What the current run was started from, for a caller that keeps its record (once per restart). */
    origin(): RunOrigin {
      const s = current()
      return { runId, base: lastScenario(), scenario: s.scenario, trace }
    },
    /** What the run did since the caller's copy of its logs had these lengths, and where it is now. */
    progress(commandsFrom: number, liveFrom: number): RunProgress {
      const s = current()
      const { pending, nowS } = forkInputsOf(s, trace, scheduled)
      const commands = s.commandLog.slice(commandsFrom)
      const following = live !== undefined
      return { runId, commands, live: s.liveLog.slice(liveFrom), pending: [...pending], nowS, following }
    },
    /** Answers at once: the page's heartbeat, telling a busy worker from a dead one. */
    ping(): number {
      return runId
    },
    /** What the live run is a function of (scenario, trace, command log, now): for a fork in another worker. */
    forkInputs(): ForkInputs {
      return forkInputsOf(current(), trace, scheduled)
    },
    /**
     * Restarts the last scenario at the live source's present (less `backfillS` of history, replayed first)
     * and follows the source: its rack utilisation drives the servers, its other readings shadow the twin.
     * Its workload is the scenario's where no reading reaches. Rejects a malformed URL or query.
     */
    connectLive(spec: LiveSourceSpec, options: Pick<LiveOptions, 'backfillS'> = {}): SceneLayout {
      const run = startLiveRun(lastScenario(), spec, options)
      return restart(run.sim, {}, run)
    },
    /** Stops following the live source; the twin stays where it is and runs on at the chosen speed. */
    disconnectLive(): void {
      stopLive()
    },
    /** The live connection now (null when none): state, counts, how far source and twin have got. */
    liveStatus(): LiveStatus | null {
      return live?.status() ?? null
    },
    /** Measured beside simulated per rack and cooling unit, MAPE per metric and anomaly flags. */
    shadowStatus(): ShadowStatus {
      return current().shadowStatus()
    },
    /**
     * Advances by dtS simulated seconds (or, following a live source, up to what it has delivered) and
     * returns `out` filled with the snapshot (transferred back).
     */
    step(dtS: number, out: Float64Array): Float64Array {
      const s = current()
      const fromS = s.nowS
      try {
        if (live) live.advance()
        else if (dtS > 0) s.advance(dtS)
      } catch (error) {
        // Events up to the throw have run and the rest have not: refuse the run until it is restored.
        const why = error instanceof Error ? error.message : String(error)
        broken = `a step from run time ${Math.round(fromS)} s failed at ${Math.round(s.nowS)} s: ${why}`
        stopLive()
        throw new Error(broken, { cause: error })
      }
      s.snapshot(out)
      return transfer(out, [out.buffer])
    },
    /**
     * Applies a command now (fail or restore a cooling unit or power asset, change a setpoint or the load
     * scale). For a failure, returns how long until the hottest inlet reaches 27, 32 and 35 °C.
     */
    apply(cmd: Command): FailureRecord | undefined {
      const s = current()
      const before = s.failures.length
      s.apply(cmd)
      return s.failures.length > before ? s.failures[s.failures.length - 1] : undefined
    },
    /** Schedules a command at simulated time atS (seconds since the scenario start, not in the past). */
    schedule(cmd: Command, atS: number): void {
      current().schedule(cmd, atS)
      scheduled.push({ atS, command: cmd })
    },
    /** Every failure applied so far, with its time-to-limit projection. */
    failures(): FailureRecord[] {
      return [...current().failures]
    },
    /** Seconds until the hottest inlet reaches 27, 32 and 35 °C if nothing changes from now (null: not in a day). */
    timeToLimits(): (number | null)[] {
      return current().timeToLimits()
    },
    kpis(): Kpis {
      return current().kpis()
    },
    /** Every condition active now (cooling, power chain, rack-inlet climate) with when it was raised: for ~2 Hz. */
    conditions(): ActiveCondition[] {
      return activeConditionsOf(current())
    },
    /** Per rack its cooling unit's zone (room.airZones 'perUnit'), or null for one well-mixed room. */
    rackZones(): RackZone[] | null {
      return rackZonesOf(current())
    },
    /** Where the last scenario's planned racks (its growth section plus `changes`) will stand, and from when. */
    rackPlan(changes: readonly ScenarioChange[] = []): RackPlan {
      return rackPlanOf(applyChanges(lastScenario(), changes), 'scenario')
    },
    /** The replaying trace's IT peaks and their ETS fit for `months` ahead (replays the trace to its end). */
    growthFit(months: number): Promise<GrowthFitResult> {
      return growthFitOf(current().scenario, trace, months, 900, nextTurn)
    },
    /** History rows the caller lacks: from `sinceRows` if its copy's interval is `sampleS`, else all. Transferred. */
    history(sinceRows = 0, sampleS = NaN): HistorySlice {
      current()
      return history.slice(runId, sinceRows, sampleS)
    },
    /** The run's events from the `from`-th on (ids are positions: stable within a run). */
    events(from = 0): { runId: number; events: RunEvent[] } {
      current()
      return history.events(runId, from)
    },
    /** The recorded full frame nearest before tS (shown while scrubFrame computes), or null. */
    checkpoint(tS: number): { runId: number; timeS: number; frame: Float64Array } | null {
      current()
      return history.checkpoint(runId, tS)
    },
    /** `out` filled with the run's snapshot at exactly tS, replayed beside the live run; a newer call supersedes. */
    async scrubFrame(tS: number, out: Float64Array, onProgress?: (fraction: number) => void) {
      try {
        return await history.scrubFrame(runId, current(), trace, scheduled, tS, out, onProgress)
      } finally {
        release(onProgress)
      }
    },
    /** Utilisation so far (mean, p95) and, for jobs, placed/queued/rejected and waits: cheap, for ~2 Hz. */
    workload(): WorkloadReport {
      return workloadOf(current())
    },
  }
}

export type SimApi = ReturnType<typeof createSimApi>
