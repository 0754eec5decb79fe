// Slow UI state (principle 12): what the controls and panels show; per-frame numbers live in bridge/live.ts.
import { create } from 'zustand'
import type { ActiveCondition, Command, FailureRecord, RackZone, SceneLayout } from '../../sim/index.ts'
import type { Forecast, TraceFormat, TraceSummary, WorkloadReport } from '../../workers/protocol.ts'
import { DEFAULT_SCENARIO } from './scenarios.ts'
import { HEALTHY } from './workerHealth.ts'
import type { WorkerHealth } from './workerHealth.ts'

export type Selection = { kind: 'rack' | 'unit'; index: number }

/**
 * How racks are coloured: a continuous inlet gradient, flat ASHRAE bands, CPU utilisation, or the forecast's
 * stranded capacity (which resource binds each rack; needs a forecast summary).
 */
export type ColourMode =
  | 'gradient'
  | 'bands'
  | 'utilization'
  | 'stranded'
  /** Rack power against its budget (what it draws now). */
  | 'power'
  /** The binding headroom of each rack: power, cooling or inlet, whichever is least. */
  | 'headroom'
  /** B's inlet minus A's from the compare view (src/state/compare.ts). */
  | 'compare'

export type SideTab = 'inspect' | 'whatif' | 'power' | 'workload' | 'forecast' | 'events'

/** A recorded trace being read in the worker (progress 0..1), or replaying in place of the scenario's workload. */
export type TraceState =
  | { phase: 'reading'; format: TraceFormat; files: readonly string[]; progress: number }
  | { phase: 'replaying'; summary: TraceSummary }

/** Speed choices in simulated seconds per wall-clock second. */
export const SPEEDS: readonly { value: number; label: string }[] = [
  { value: 60, label: '1 min/s' },
  { value: 600, label: '10 min/s' },
  { value: 3600, label: '1 h/s' },
  { value: 21600, label: '6 h/s' },
]

/** A what-if fork's result: what was changed (one label each), over which horizon, baseline and fork. */
export interface ForkResult {
  changes: readonly string[]
  horizonS: number
  forecast: Forecast
}

/** The what-if from now: the request in the forecast worker (its "now", s), replaced ones, the last result. */
export interface ForkState {
  computingFromS: number | null
  /** Requests a newer one replaced before they finished, since the last result. */
  superseded: number
  result: ForkResult | null
}

export interface Kpis {
  timeS: number
  itKw: number
  pue: number
  maxInletC: number
  powerConditions: number
  /** Cooling (redundancy lost, over capacity) and rack-inlet climate conditions active now. */
  coolingConditions: number
  climateConditions: number
}

export interface UiState {
  scenario: string
  layout: SceneLayout | null
  loading: boolean
  running: boolean
  speed: number
  selection: Selection | null
  colourMode: ColourMode
  sideTab: SideTab
  /** Running flag per cooling unit, sampled from the snapshot at about 2 Hz. */
  unitRunning: readonly boolean[]
  /** Header KPIs sampled at about 2 Hz, for panels that may re-render. */
  kpis: Kpis | null
  /** Every failure applied so far (now, scheduled or from the scenario), oldest first, from the worker. */
  failures: readonly FailureRecord[]
  /** Seconds until the hottest inlet reaches 27/32/35 °C if nothing changes, projected at sim time atS. */
  outlook: { atS: number; timeToLimitS: readonly (number | null)[] } | null
  /** Failures the user scheduled that have not fired yet (atS in simulated seconds since the start). */
  scheduled: readonly { command: Command; atS: number }[]
  /** UPS systems and PDUs failed through a command (the snapshot carries only their count of conditions). */
  powerDown: readonly string[]
  /** The trace format picker: 'auto' guesses from the file names and first line. */
  traceFormat: TraceFormat | 'auto'
  /** The recorded trace driving the run, if any (null: the scenario's own workload). */
  trace: TraceState | null
  /** Utilisation and job figures of the run so far, fetched at about 2 Hz while the Workload tab is open. */
  workload: WorkloadReport | null
  /** Every condition active now with when it was raised, fetched at about 2 Hz while the Power tab is open. */
  conditions: readonly ActiveCondition[] | null
  /** Per rack its cooling unit's zone, once per run ('none' for one well-mixed room; null: not fetched). */
  rackZones: readonly RackZone[] | 'none' | null
  /** The what-if from now, computed in the forecast worker beside the live run. */
  fork: ForkState
  /** Whether the simulation worker answers, and what became of the run when it did not. */
  worker: WorkerHealth
  error: string | null
}

/** What a restarted run starts with: no failures, projections or workload figures carried over. */
export const RESTARTED = {
  unitRunning: [],
  kpis: null,
  failures: [],
  outlook: null,
  scheduled: [],
  powerDown: [],
  workload: null,
  conditions: null,
  rackZones: null,
  // A fork of the old run says nothing about the new one.
  fork: { computingFromS: null, superseded: 0, result: null },
} satisfies Partial<UiState>

export const useUi = create<UiState>()(() => ({
  ...RESTARTED,
  scenario: DEFAULT_SCENARIO,
  layout: null,
  loading: false,
  running: false,
  speed: 600,
  selection: null,
  colourMode: 'gradient',
  sideTab: 'inspect',
  traceFormat: 'auto',
  trace: null,
  worker: HEALTHY,
  error: null,
}))

/** What a freshly loaded scenario starts with: a restarted run, no selection and no trace. */
export const FRESH_RUN: Partial<UiState> = { ...RESTARTED, selection: null, trace: null }
