// The run's workload figures (utilisation so far, jobs placed/queued/rejected), fetched while anyone looks.
import { live } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { useUi } from './store.ts'

let busy = false
let fetchedVersion = -1
// Bumped when the worker restarts the run, so a reply about the old run is dropped even when the layout
// object stays the same (a trace restarts the same hall).
let run = 0

/** Forgets the figures of the previous run (call when the worker restarts it). */
export function forgetWorkload(): void {
  run++
  fetchedVersion = -1
  useUi.setState({ workload: null })
}

/** Called by the ~2 Hz sampler: one cheap worker call per new snapshot while the Workload tab is open. */
export async function refreshWorkload(): Promise<void> {
  const { layout, sideTab } = useUi.getState()
  if (!layout || sideTab !== 'workload' || busy || live.version === fetchedVersion) return
  busy = true
  fetchedVersion = live.version
  const mine = run
  try {
    const workload = await simClient.workload()
    if (mine === run && useUi.getState().layout === layout) useUi.setState({ workload })
  } finally {
    busy = false
  }
}
