// Keeps useTimeline's history and events current: deltas fetched from the worker at the sampler's ~2 Hz, the
// copy started afresh when the run restarts (a new runId) and when the worker thinned its history.
import type { HistorySlice, RunHistory } from '../../sim/index.ts'
import { HISTORY_CHANNELS } from '../../sim/index.ts'
import type { HistoryChannel } from '../../sim/history/types.ts'
import { HEADER } from '../../sim/index.ts'
import { live } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { useTimeline } from './timeline.ts'

/** The page's columns, grown by doubling: each RunHistory is a set of views of their first `length` rows. */
interface Columns {
  runId: number
  sampleS: number
  rackCount: number
  length: number
  timeS: Float64Array
  channels: Record<HistoryChannel, Float32Array>
  rackInletC: Float32Array
  rackPowerW: Float32Array
}

let columns: Columns | null = null
let busy = false
let syncedVersion = -1
// Bumped by forgetTimeline, so a reply about the previous run is dropped.
let generation = 0

function grown<T extends Float32Array | Float64Array>(old: T, size: number, make: (n: number) => T): T {
  if (old.length >= size) return old
  const next = make(Math.max(size, old.length * 2))
  next.set(old)
  return next
}

/** Appends `slice` (or starts afresh from it, at row 0); rows already shown are never rewritten. */
function merge(slice: HistorySlice): Columns {
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

function historyOf(c: Columns): RunHistory {
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

/** Forgets the previous run's history and events and where the view was (call when the run restarts). */
export function forgetTimeline(): void {
  generation++
  columns = null
  syncedVersion = -1
  useTimeline.setState({ history: null, events: [], readEvents: 0, viewS: null, scrub: null, presentS: 0 })
}

/** Called by the ~2 Hz sampler: fetches the rows and events the page does not have, once per new frame. */
export async function syncTimeline(): Promise<void> {
  if (!live.layout || busy || live.version === syncedVersion) return
  busy = true
  const mine = generation
  const version = live.version
  try {
    const known = columns
    let slice = await simClient.history(known?.length ?? 0, known?.sampleS ?? NaN)
    // Another run than the copy's: its rows from 0 (the worker sent a delta against a copy it never made).
    if (known && slice.runId !== known.runId && slice.fromRow !== 0) slice = await simClient.history(0, NaN)
    const { events } = useTimeline.getState()
    const sameRun = !known || slice.runId === known.runId
    const reply = await simClient.events(sameRun ? events.length : 0)
    if (mine !== generation || reply.runId !== slice.runId) return
    columns = merge(slice)
    syncedVersion = version
    const { viewS } = useTimeline.getState()
    useTimeline.setState({
      history: historyOf(columns),
      events: sameRun ? (reply.events.length > 0 ? [...events, ...reply.events] : events) : reply.events,
      ...(sameRun ? {} : { readEvents: 0 }),
      // While scrubbed the frame shows the past: the present is where the history ends.
      presentS:
        viewS === null
          ? live.frame[HEADER.timeS]
          : Math.max(columns.timeS[columns.length - 1] ?? 0, useTimeline.getState().presentS),
    })
  } finally {
    busy = false
  }
}
