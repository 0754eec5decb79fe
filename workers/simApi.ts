// createSimApi: the thin adapter the worker exposes over comlink; plain functions so vitest can call them directly.
import { workloadOf } from '../sim/index.ts'
import type { WorkloadReport } from '../sim/index.ts'
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

export type { TraceFormat, TraceSummary, WorkloadReport, LiveSourceSpec, LiveStatus, ShadowStatus }

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
  // The live source the twin follows, if any: `step` then runs to what the source has delivered.
  let live: LiveRun | undefined
  const stopLive = () => {
    live?.stop()
    live = undefined
  }
  const current = () => {
    if (!sim) throw new Error('no scenario is loaded: call load() first')
    return sim
  }
  return {
    /** Parses and starts a scenario (JSON text or an already-parsed object); returns what the UI draws. */
    load(json: string | unknown, source = 'scenario'): SceneLayout {
      const parsed = typeof json === 'string' ? parseScenarioText(json, source) : parseScenario(json, source)
      loads++
      stopLive()
      scenario = parsed
      trace = {}
      scheduled = []
      sim = createSimulation(parsed)
      sim.runUntil(0)
      return sceneLayout(parsed, sim.layout)
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
      const base = scenario
      if (!base) throw new Error('no scenario is loaded: call load() first')
      const mine = ++loads
      try {
        const read = await readTrace(files, format, onProgress)
        if (mine !== loads) throw new Error('superseded by a newer load')
        stopLive()
        const started = startTrace(base, read)
        sim = started.sim
        trace = read.input
        scheduled = []
        sim.runUntil(0)
        return { layout: sceneLayout(sim.scenario, sim.layout), summary: started.summary }
      } finally {
        release(onProgress)
      }
    },
    /** Restarts the last scenario at t = 0 with its own workload (drops a loaded trace). */
    clearTrace(): SceneLayout {
      const base = scenario
      if (!base) throw new Error('no scenario is loaded: call load() first')
      loads++
      trace = {}
      scheduled = []
      sim = createSimulation(base)
      sim.runUntil(0)
      return sceneLayout(base, sim.layout)
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
      const base = scenario
      if (!base) throw new Error('no scenario is loaded: call load() first')
      const run = startLiveRun(base, spec, options)
      loads++
      stopLive()
      live = run
      trace = {}
      sim = run.sim
      return sceneLayout(sim.scenario, sim.layout)
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
      if (live) live.advance()
      else if (dtS > 0) s.advance(dtS)
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
    /** Utilisation so far (mean, p95) and, for jobs, placed/queued/rejected and waits: cheap, for ~2 Hz. */
    workload(): WorkloadReport {
      return workloadOf(current())
    },
  }
}

export type SimApi = ReturnType<typeof createSimApi>
