// Failure records and the live "time to limits from now", fetched from the worker at a pace it can afford.
import type { FailureRecord } from '../../sim/index.ts'
import { HEADER } from '../../sim/index.ts'
import { live } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { useUi } from './store.ts'
import { powerDownAfter } from './targets.ts'

// A projection runs the room forward up to a day in 30 s steps: a few ms for a small hall, several hundred
// for a large one, and it holds up the steps queued behind it. So it runs at most once a second, and never
// more often than COST_FACTOR times its own last duration (≤ 1/COST_FACTOR of the worker's time).
const OUTLOOK_MIN_MS = 1000
const COST_FACTOR = 10

let failuresBusy = false
let failuresVersion = -1
let outlookBusy = false
let outlookVersion = -1
let outlookDueMs = 0
let outlookStale = true

/** Asks for a fresh outlook at the next refresh (after a load or a command), whatever the pacing says. */
export function markOutlookStale(): void {
  outlookStale = true
}

/** Adds failure records the store has not seen yet (the list only ever grows within a run). */
export function addFailures(records: readonly FailureRecord[]): void {
  const s = useUi.getState()
  if (records.length <= s.failures.length) return
  const fresh = records.slice(s.failures.length)
  useUi.setState({
    failures: records,
    powerDown: fresh.reduce((down, r) => powerDownAfter(down, r.command), s.powerDown),
  })
}

async function refreshFailures(): Promise<void> {
  const layout = live.layout
  if (!layout || failuresBusy || live.version === failuresVersion) return
  failuresBusy = true
  failuresVersion = live.version
  try {
    const records = await simClient.failures()
    if (useUi.getState().layout === layout) addFailures(records)
  } finally {
    failuresBusy = false
  }
}

async function refreshOutlook(): Promise<void> {
  const layout = live.layout
  // A stale outlook (a command since) is fetched even on the same frame version: a command asked for while the
  // last fetch was in flight must not leave the table on the state before it.
  if (!layout || outlookBusy || (live.version === outlookVersion && !outlookStale)) return
  const due = useUi.getState().running && performance.now() >= outlookDueMs
  if (!due && !outlookStale) return
  outlookBusy = true
  outlookStale = false
  outlookVersion = live.version
  const atS = live.frame[HEADER.timeS]
  const startMs = performance.now()
  try {
    const timeToLimitS = await simClient.timeToLimits()
    const endMs = performance.now()
    outlookDueMs = endMs + Math.max(OUTLOOK_MIN_MS, COST_FACTOR * (endMs - startMs))
    if (useUi.getState().layout === layout) useUi.setState({ outlook: { atS, timeToLimitS } })
  } finally {
    outlookBusy = false
  }
}

/** Drops scheduled failures whose time has come (their records arrive through refreshFailures). */
function retireScheduled(): void {
  const { scheduled } = useUi.getState()
  const nowS = live.frame[HEADER.timeS]
  if (scheduled.some((s) => s.atS <= nowS))
    useUi.setState({ scheduled: scheduled.filter((s) => s.atS > nowS) })
}

/** Called by the ~2 Hz sampler and after every command; does nothing while the snapshot is unchanged. */
export function refreshProjections(onError: (error: unknown) => void): void {
  if (!live.layout) return
  retireScheduled()
  refreshFailures().catch(onError)
  refreshOutlook().catch(onError)
}
