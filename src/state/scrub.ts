// Moving the hall on screen through the run's time: scrub to any time (restored exactly), step, back to the present.
// The exact past state is replayed in the worker beside the live run (docs/history.md#scrubbing).
import { proxy, transfer } from 'comlink'
import { betweenSteps, live, refreshFrame, showFrame, stepOnce, stopPump } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { HEADER } from '../../sim/index.ts'
import { pause, showError, showRestartedRun } from './actions.ts'
import { sameHall } from './trace.ts'
import { RESTARTED, useUi } from './store.ts'
import { useTimeline } from './timeline.ts'

// A newer scrub (or going back to live) makes every older one's late answers moot.
let scrubs = 0

const isSuperseded = (error: unknown) => error instanceof Error && /superseded/.test(error.message)

/** The run's present, s: the frame's clock while following it, else what the timeline last recorded. */
function presentS(): number {
  const { viewS, presentS: recorded } = useTimeline.getState()
  return viewS === null && live.frame.length > 0 ? live.frame[HEADER.timeS] : recorded
}

/** Shows the hall as it was at `tS` (s since the start, clamped to [0, present]); pauses the run. */
export async function scrubTo(tS: number): Promise<void> {
  const layout = live.layout
  if (!layout) return
  const present = presentS()
  const targetS = Math.min(Math.max(0, tS), present)
  const mine = ++scrubs
  if (useUi.getState().running) pause()
  else stopPump()
  useTimeline.setState({ viewS: targetS, presentS: present, scrub: { targetS, progress: 0 } })
  const current = () => mine === scrubs && live.layout === layout
  try {
    // At once: the recorded frame nearest before the target (a step in flight lands first, then this).
    const near = await simClient.checkpoint(targetS)
    if (near && current()) await betweenSteps(async () => void (current() && showFrame(near.frame, layout)))
    const onProgress = proxy((progress: number) => {
      if (current()) useTimeline.setState({ scrub: { targetS, progress } })
    })
    const out = new Float64Array(layout.snapshot.length)
    const { frame } = await simClient.scrubFrame(targetS, transfer(out, [out.buffer]), onProgress)
    if (!current()) return
    await betweenSteps(async () => void (current() && showFrame(frame, layout)))
    if (current()) useTimeline.setState({ scrub: null })
  } catch (error) {
    if (isSuperseded(error)) return
    showError(error)
    // The exact frame did not come: the present, rather than a checkpoint posing as the time asked for.
    if (current()) await backToLive()
  }
}

/** Back to the run's present: the hall follows the run again (does not resume playing). */
export async function backToLive(): Promise<void> {
  scrubs++
  useTimeline.setState({ viewS: null, scrub: null })
  await refreshFrame()
}

/**
 * Steps the view by `dtS` simulated seconds (negative: back). At the present with dtS > 0, advances the run by
 * dtS while paused.
 */
export async function stepBy(dtS: number): Promise<void> {
  const { viewS } = useTimeline.getState()
  if (viewS !== null) {
    const present = presentS()
    if (viewS + dtS >= present) return backToLive()
    return scrubTo(viewS + dtS)
  }
  if (dtS < 0) return scrubTo(presentS() + dtS)
  if (useUi.getState().running) pause()
  await stepOnce(dtS)
}

/** Restarts the run from t = 0 (same scenario, trace and seed; commands and history dropped). */
export async function restartRun(): Promise<void> {
  if (!live.layout) return
  const wasRunning = useUi.getState().running
  scrubs++
  try {
    stopPump()
    // The run's own inputs with nothing applied: a replay to t = 0 of the same scenario and trace.
    const [inputs, origin] = await Promise.all([simClient.forkInputs(), simClient.origin()])
    const layout = await simClient.restore(
      { ...inputs, commandLog: [], pending: [], live: [], nowS: 0 },
      origin.base,
    )
    useTimeline.setState({ viewS: null, scrub: null })
    const shown = sameHall(useUi.getState().layout, layout)
    await showRestartedRun(shown, { ...RESTARTED, layout: shown }, wasRunning)
  } catch (error) {
    showError(error)
  }
}

// For e2e tests until the timeline's controls drive these (the page has no other test hooks to follow): the
// public actions, and read-only copies of the frame on screen and the timeline's counts.
if (typeof window !== 'undefined')
  Object.assign(window, {
    __plenumScrub: {
      scrubTo,
      backToLive,
      stepBy,
      restartRun,
      frame: () => Array.from(live.frame),
      timeline: () => {
        const { history, events, viewS, scrub, presentS } = useTimeline.getState()
        return {
          rows: history?.length ?? 0,
          events: events.length,
          viewS,
          scrubbing: scrub !== null,
          presentS,
        }
      },
    },
  })
