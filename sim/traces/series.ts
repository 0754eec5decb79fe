// The common shapes every trace importer produces, the error they throw, and the push-reader they share.

/** What an importer repaired under its declared policy (README.md); zero counts mean the file was clean. */
export interface TraceWarnings {
  /** Rows whose time was earlier than the row before them; the samples were sorted (stably). */
  outOfOrder: number
  /** Rows that repeated an earlier time; the last one in the file was kept. */
  duplicates: number
}

/**
 * One recorded CPU-utilisation series (a VM, a task or a host). `timesS` are seconds after `startS`, strictly
 * increasing; `utilization[i]` holds from `timesS[i]` to the next sample (see resample.ts for how far a
 * sample may be carried over a gap). Values are 0..1 as recorded, so they may exceed 1 where the source
 * logged usage above the provisioned capacity (Bitbrains: up to 1.06); replay clamps. NaN marks "no
 * data from here on", which is how an irregular series (no `stepS`) says where it ends.
 */
export interface UtilizationSeries {
  id: string
  /** Unix time of `timesS = 0`, s; 0 when the source does not say (PlanetLab). */
  startS: number
  /** Nominal sampling interval, s; absent when irregular (OpenDC): each sample then holds until the next. */
  stepS?: number
  timesS: Float64Array
  utilization: Float64Array
  warnings?: TraceWarnings
}

/** The metrics the generic long CSV accepts, each stored in one canonical unit (see longCsv.ts). */
export type Metric =
  | 'cpu_utilization'
  | 'power'
  | 'inlet_temperature'
  | 'exhaust_temperature'
  /** A cooling unit's supply (discharge) and return air temperatures, °C. */
  | 'supply_temperature'
  | 'return_temperature'
  /** Heat a cooling unit's coil removes, W (a BMS "cooling load" or "capacity in use"). */
  | 'cooling_load'

/** Canonical units: utilisation as a 0..1 ratio, power in W, temperatures in °C. */
export type CanonicalUnit = 'ratio' | 'W' | 'C'

/** One row of the generic long CSV after unit conversion. */
export interface Measurement {
  /** Unix time, s. */
  timeS: number
  asset: string
  metric: Metric
  /** In `unit`, already converted from whatever the file used. */
  value: number
  unit: CanonicalUnit
}

/**
 * A malformed input: `file:line: reason` (`file: reason` when no line applies, e.g. a broken Parquet footer).
 * For Parquet files `line` is the 1-based row number.
 */
export class TraceError extends Error {
  readonly file: string
  readonly line: number | undefined
  readonly reason: string

  constructor(file: string, line: number | undefined, reason: string) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`)
    this.name = 'TraceError'
    this.file = file
    this.line = line
    this.reason = reason
  }
}

/**
 * A streaming importer: `push` text chunks split anywhere (a browser `File.stream()` through
 * `TextDecoderStream`, or `node:fs` reads), then `finish` for the result. Memory is the longest line plus
 * what the result itself holds.
 */
export interface TraceReader<T> {
  push(chunk: string): void
  finish(): T
}
