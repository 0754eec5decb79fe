// The conditions active now (listed in the Power tab) and each rack's zone (the Inspector), fetched on demand.
import { live } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { useUi } from './store.ts'

let busy = false
let fetchedVersion = -1
// Bumped when the worker restarts the run, so a reply about the old run is dropped (a trace restarts the
// same hall with the same layout object).
let run = 0

/** Forgets the lists of the previous run (call when the worker restarts it). */
export function forgetConditions(): void {
  run++
  fetchedVersion = -1
  useUi.setState({ conditions: null, rackZones: null })
}

/**
 * Called by the ~2 Hz sampler: the zones once per run when a rack is selected (they follow from the layout),
 * and the active conditions once per new snapshot while the Power tab is open.
 */
export async function refreshConditions(): Promise<void> {
  const { layout, sideTab, selection, rackZones } = useUi.getState()
  const wantZones = rackZones === null && selection?.kind === 'rack'
  const wantList = sideTab === 'power' && live.version !== fetchedVersion
  if (!layout || busy || !(wantZones || wantList)) return
  busy = true
  const mine = run
  const version = live.version
  try {
    const current = () => mine === run && useUi.getState().layout === layout
    if (wantZones) {
      const zones = await simClient.rackZones()
      if (current()) useUi.setState({ rackZones: zones ?? 'none' })
    }
    if (wantList) {
      const conditions = await simClient.conditions()
      if (current()) {
        fetchedVersion = version
        useUi.setState({ conditions })
      }
    }
  } finally {
    busy = false
  }
}
