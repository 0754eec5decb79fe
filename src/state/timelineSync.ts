// Keeps useTimeline's history and events current: deltas fetched from the worker at the sampler's ~2 Hz, the
// copy started afresh when the run restarts (a new runId) and when the worker thinned its history.
import { HEADER } from '../../sim/index.ts'
import { historyOf, mergeSlice, type Columns } from './historyColumns.ts'
import { live } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { useTimeline } from './timeline.ts'

let columns: Columns | null = null
let busy = false
let syncedVersion = -1
// Bumped by forgetTimeline, so a reply about the previous run is dropped.
let generation = 0

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
  // A frame of the present replaced the scrubbed one (a command's refresh, a step): the view follows it.
  const { viewS, scrub } = useTimeline.getState()
  if (viewS !== null && scrub === null && live.frame[HEADER.timeS] !== viewS)
    useTimeline.setState({ viewS: null })
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
    columns = mergeSlice(columns, slice)
    syncedVersion = version
    const shownS = useTimeline.getState().viewS
    useTimeline.setState({
      history: historyOf(columns),
      events: sameRun ? (reply.events.length > 0 ? [...events, ...reply.events] : events) : reply.events,
      ...(sameRun ? {} : { readEvents: 0 }),
      // While scrubbed the frame shows the past: the present is where the history ends.
      presentS:
        shownS === null
          ? live.frame[HEADER.timeS]
          : Math.max(columns.timeS[columns.length - 1] ?? 0, useTimeline.getState().presentS),
    })
  } finally {
    busy = false
  }
}
