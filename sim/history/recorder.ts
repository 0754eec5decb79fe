// The run's history as it happens: a bounded row buffer sampled on a fixed simulated-time grid, thinned by halves
// when full, and a few full snapshot frames (checkpoints) to show at once while a scrub computes the exact state.
// Why and how: docs/history.md#the-recorder.
import type { Simulation } from '../simulation.ts'
import { HISTORY_CHANNELS, type HistoryChannel, type HistorySlice } from './types.ts'
import { writeRowValues } from './rowValues.ts'

export interface HistoryOptions {
  /** Rows kept at most (even, ≥ 2 × checkpoints); default 2048. */
  capacity?: number
  /** Full frames kept at most; default 64. A checkpoint is kept every capacity / checkpoints rows. */
  checkpoints?: number
}

/** A full snapshot frame (the Float64Array writeSnapshot fills) at a row's time. */
export interface Checkpoint {
  timeS: number
  frame: Float64Array
}

export interface HistoryRecorder {
  readonly sampleS: number
  readonly length: number
  /** Copies of rows fromRow..length (all of them for fromRow ≤ 0). */
  slice(fromRow: number, runId: number): HistorySlice
  /** The latest checkpoint at or before tS, else the earliest one (null before the first row). */
  checkpointNear(tS: number): Checkpoint | null
  readonly checkpoints: readonly Checkpoint[]
}

// A settle within this share of an interval of a grid time counts as at it (stepS that is not a binary fraction).
const GRID_EPSILON = 1e-9

/**
 * Starts recording `sim` from its next settle on. Rows are taken at the first settle at or after each multiple
 * of sampleS (from scenario.stepS, doubling at every thinning): settles do not depend on how the run is
 * stepped, so neither does the history.
 */
export function createHistoryRecorder(sim: Simulation, options: HistoryOptions = {}): HistoryRecorder {
  const capacity = options.capacity ?? 2048
  const maxCheckpoints = options.checkpoints ?? 64
  const every = Math.floor(capacity / maxCheckpoints)
  if (!(capacity >= 2 && capacity % 2 === 0 && every >= 1))
    throw new Error(
      `history capacity must be even and at least the checkpoints (${maxCheckpoints}), got ${capacity}`,
    )
  const { world } = sim
  const racks = world.rackCount
  const channelCount = HISTORY_CHANNELS.length
  const timeS = new Float64Array(capacity)
  const values = new Float32Array(capacity * channelCount)
  const rackInletC = new Float32Array(capacity * racks)
  const rackPowerW = new Float32Array(capacity * racks)
  const row = new Float64Array(channelCount)
  let checkpoints: Checkpoint[] = []
  let sampleS = sim.scenario.stepS
  let length = 0
  let nextIndex = Math.ceil(sim.nowS / sampleS - GRID_EPSILON)
  const gridIndex = (tS: number) => Math.floor(tS / sampleS + GRID_EPSILON)

  const copyRow = (from: number, to: number) => {
    timeS[to] = timeS[from]
    values.copyWithin(to * channelCount, from * channelCount, (from + 1) * channelCount)
    rackInletC.copyWithin(to * racks, from * racks, (from + 1) * racks)
    rackPowerW.copyWithin(to * racks, from * racks, (from + 1) * racks)
  }
  // Keeps the rows on the doubled grid (even grid index), so every row stays at a multiple of sampleS.
  const thin = () => {
    let kept = 0
    for (let r = 0; r < length; r++) if (gridIndex(timeS[r]) % 2 === 0) copyRow(r, kept++)
    length = kept
    sampleS *= 2
    nextIndex = length > 0 ? gridIndex(timeS[length - 1]) + 1 : 0
    checkpoints = checkpoints.filter((c) => gridIndex(c.timeS) % every === 0)
  }

  const record = (nowS: number) => {
    const g = gridIndex(nowS)
    const r = length++
    timeS[r] = g * sampleS
    writeRowValues(world, row)
    values.set(row, r * channelCount)
    for (let i = 0; i < racks; i++) {
      rackInletC[r * racks + i] = world.rackInletC[i]
      rackPowerW[r * racks + i] = world.rackPowerW[i]
    }
    if (g % every === 0) {
      const frame = sim.snapshot(new Float64Array(sim.layout.length))
      checkpoints.push({ timeS: g * sampleS, frame })
    }
    nextIndex = g + 1
  }

  sim.onSettle((nowS) => {
    if (gridIndex(nowS) < nextIndex) return
    if (length === capacity) {
      thin()
      if (gridIndex(nowS) < nextIndex) return
    }
    record(nowS)
  })
  // A run that has already settled at a grid time (a restore, a restart replayed to t = 0) starts with its state
  // now: no settle at that instant is left for the listener to see.
  const nowS = sim.nowS
  if (sim.eventsProcessed > 0 && Math.abs(gridIndex(nowS) * sampleS - nowS) <= GRID_EPSILON * sampleS)
    record(nowS)

  return {
    get sampleS() {
      return sampleS
    },
    get length() {
      return length
    },
    get checkpoints() {
      return checkpoints
    },
    slice(fromRow, runId) {
      const from = Math.min(Math.max(0, fromRow), length)
      const channels = {} as Record<HistoryChannel, Float32Array>
      HISTORY_CHANNELS.forEach((channel, c) => {
        const column = new Float32Array(length - from)
        for (let r = from; r < length; r++) column[r - from] = values[r * channelCount + c]
        channels[channel] = column
      })
      return {
        runId,
        sampleS,
        fromRow: from,
        length,
        rackCount: racks,
        timeS: timeS.slice(from, length),
        channels,
        rackInletC: rackInletC.slice(from * racks, length * racks),
        rackPowerW: rackPowerW.slice(from * racks, length * racks),
      }
    },
    checkpointNear(tS) {
      let best: Checkpoint | null = checkpoints[0] ?? null
      for (const c of checkpoints) if (c.timeS <= tS) best = c
      return best
    },
  }
}
