// createSimApi: the thin adapter the worker exposes over comlink; plain functions so vitest can call them directly.
import { transfer } from 'comlink'
import { createSimulation, parseScenario, parseScenarioText, sceneLayout } from '../sim/index.ts'
import type { Command, FailureRecord, Kpis, SceneLayout, Simulation } from '../sim/index.ts'

/**
 * One simulation at a time. `step` is the ping-pong of principle 10: the caller transfers its spare buffer
 * in, the worker advances, writes the snapshot into it and transfers it back, so one step is in flight.
 */
export function createSimApi() {
  let sim: Simulation | undefined
  const current = () => {
    if (!sim) throw new Error('no scenario is loaded: call load() first')
    return sim
  }
  return {
    /** Parses and starts a scenario (JSON text or an already-parsed object); returns what the UI draws. */
    load(json: string | unknown, source = 'scenario'): SceneLayout {
      const scenario =
        typeof json === 'string' ? parseScenarioText(json, source) : parseScenario(json, source)
      sim = createSimulation(scenario)
      sim.runUntil(0)
      return sceneLayout(scenario, sim.layout)
    },
    /** Advances by dtS simulated seconds and returns `out` filled with the snapshot (transferred back). */
    step(dtS: number, out: Float64Array): Float64Array {
      const s = current()
      if (dtS > 0) s.advance(dtS)
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
  }
}

export type SimApi = ReturnType<typeof createSimApi>
