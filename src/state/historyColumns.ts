// The page's copy of the run's history: columns grown by doubling, appended to from the worker's slices, published
// as RunHistory views that stay valid when later rows arrive (docs/history.md#the-page).
import type { HistorySlice, RunHistory } from '../../sim/index.ts'
import { HISTORY_CHANNELS } from '../../sim/index.ts'
import type { HistoryChannel } from '../../sim/history/types.ts'

/** The page's columns, grown by doubling: each RunHistory is a set of views of their first `length` rows. */
export interface Columns {
  runId: number
  sampleS: number
  rackCount: number
  length: number
  timeS: Float64Array
  channels: Record<HistoryChannel, Float32Array>
  rackInletC: Float32Array
  rackPowerW: Float32Array
}

function grown<T extends Float32Array | Float64Array>(old: T, size: number, make: (n: number) => T): T {
  if (old.length >= size) return old
  const next = make(Math.max(size, old.length * 2))
  next.set(old)
  return next
}

/** `columns` with `slice` appended (or afresh from it, at row 0); rows already published are never rewritten. */
export function mergeSlice(columns: Columns | null, slice: HistorySlice): Columns {
  const rows = slice.length
  const racks = slice.rackCount
  const fresh = slice.fromRow === 0
  const base: Columns =
    !fresh && columns
      ? columns
      : {
          runId: slice.runId,
          sampleS: slice.sampleS,
          rackCount: racks,
          length: 0,
          timeS: new Float64Array(0),
          channels: Object.fromEntries(
            HISTORY_CHANNELS.map((c) => [c, new Float32Array(0)]),
          ) as Columns['channels'],
          rackInletC: new Float32Array(0),
          rackPowerW: new Float32Array(0),
        }
  // Rows shown are never rewritten: a fresh start writes new arrays, an append only past the old length.
  const f32 = (n: number) => new Float32Array(n)
  const next: Columns = {
    ...base,
    length: rows,
    timeS: grown(base.timeS, rows, (n) => new Float64Array(n)),
    channels: { ...base.channels },
    rackInletC: grown(base.rackInletC, rows * racks, f32),
    rackPowerW: grown(base.rackPowerW, rows * racks, f32),
  }
  next.timeS.set(slice.timeS, slice.fromRow)
  for (const c of HISTORY_CHANNELS) {
    next.channels[c] = grown(base.channels[c], rows, f32)
    next.channels[c].set(slice.channels[c], slice.fromRow)
  }
  next.rackInletC.set(slice.rackInletC, slice.fromRow * racks)
  next.rackPowerW.set(slice.rackPowerW, slice.fromRow * racks)
  return next
}

/** A RunHistory of views of the first `length` rows: valid as long as those rows are (they are never rewritten). */
export function historyOf(c: Columns): RunHistory {
  const channels = Object.fromEntries(
    HISTORY_CHANNELS.map((k) => [k, c.channels[k].subarray(0, c.length)]),
  ) as RunHistory['channels']
  return {
    runId: c.runId,
    sampleS: c.sampleS,
    length: c.length,
    timeS: c.timeS.subarray(0, c.length),
    channels,
    rackCount: c.rackCount,
    rackInletC: c.rackInletC.subarray(0, c.length * c.rackCount),
    rackPowerW: c.rackPowerW.subarray(0, c.length * c.rackCount),
  }
}
