// The run's history as the page reads it: a bounded, downsampled KPI series with per-rack columns, and one event
// log of everything the engine records. Shared contract of sim/history (which fills it) and the UI (which draws it).

/** Hall-wide channels, one Float32 value per history row, in this order. */
export const HISTORY_CHANNELS = [
  'itW',
  'coolingW',
  'facilityW',
  /** Facility over IT power at the row (NaN with no IT load). */
  'pue',
  'maxInletC',
  'roomAirC',
  /** Mean CPU utilisation of the hall's servers, 0..1. */
  'utilization',
  /** Power headroom: 1 - IT power / usable IT capacity of the power chain, 0..1 (negative when over). */
  'powerHeadroom',
  /** Cooling headroom: 1 - heat load / running cooling capacity, 0..1 (negative when over). */
  'coolingHeadroom',
  /** Thermal headroom: ASHRAE recommended maximum (27 °C) minus the hottest inlet, K. */
  'thermalHeadroomK',
] as const
export type HistoryChannel = (typeof HISTORY_CHANNELS)[number]

/**
 * Rows at simulated times `timeS[0..length)`, evenly `sampleS` apart (the interval doubles each time the buffer
 * fills and every other row is dropped, so memory is bounded whatever the run's length).
 */
export interface RunHistory {
  /** Which run this is the history of (the sim worker's runId): a restart starts a new one. */
  runId: number
  /** Simulated seconds between rows now. */
  sampleS: number
  length: number
  /** Rows' times, s since the scenario start. */
  timeS: Float64Array
  channels: Record<HistoryChannel, Float32Array>
  rackCount: number
  /** Row-major per rack: [row * rackCount + rack]. */
  rackInletC: Float32Array
  rackPowerW: Float32Array
}

export type RunEventKind =
  | 'failure' // a cooling unit, UPS, UPS module or PDU failed (command)
  | 'restore' // ... and was restored
  | 'setting' // a setpoint, load scale or other command
  | 'trip' // a rack shut down on inlet temperature
  | 'restart' // ... and came back
  | 'overload' // a power asset or breaker over its limit / cooling over capacity
  | 'redundancy' // lost (or regained) redundancy, power or cooling
  | 'outage' // racks without power
  | 'ashrae' // a rack inlet outside its ASHRAE class's recommended/allowable envelope
  | 'rateOfChange' // a rack inlet changing faster than ASHRAE's 5 K / 20 °C per hour
  | 'shadow' // a measured value departing from the twin (shadow mode anomaly)
  | 'crossing' // a forecast crossing (a limit reached)

export type RunEventSeverity = 'alarm' | 'warning' | 'info'

/** The asset an event is about: a rack or cooling unit (scenario index, for selection), a power asset, or the hall. */
export interface RunEventAsset {
  kind: 'rack' | 'unit' | 'power' | 'hall'
  id: string
  /** Scenario index of a rack or cooling unit. */
  index?: number
}

/** One thing the engine recorded, at a simulated time. */
export interface RunEvent {
  /** Stable within a run: the n-th event recorded. */
  id: number
  atS: number
  kind: RunEventKind
  severity: RunEventSeverity
  /** 'raised' / 'cleared' for conditions, 'once' for instants (a command, a trip). */
  transition: 'raised' | 'cleared' | 'once'
  asset: RunEventAsset
  /** The measured value and its limit, in `unit` (null where it has none, e.g. a command). */
  value: number | null
  limit: number | null
  unit: string
  /** Plain words for the log: "PDU-A overloaded: 182 kW of 160 kW". */
  text: string
}

/**
 * Rows `fromRow..length` of a run's history, as the worker hands them to the page (copies, transferred): the
 * page appends them to its copy, or replaces its copy when `fromRow` is 0.
 */
export interface HistorySlice {
  runId: number
  /** Interval of every row, this slice's and the earlier ones': a different value than the page's copy
   * means the history was thinned, and the slice then starts at row 0. */
  sampleS: number
  fromRow: number
  /** Rows in the whole history (fromRow + this slice's rows). */
  length: number
  rackCount: number
  timeS: Float64Array
  channels: Record<HistoryChannel, Float32Array>
  rackInletC: Float32Array
  rackPowerW: Float32Array
}
