// Moving the hall on screen through the run's time: scrub to any time (restored exactly), step, back to the present.
// CONTRACT STUB: the history helper replaces these bodies; the names and signatures are what the UI calls.
import { useTimeline } from './timeline.ts'

/** Shows the hall as it was at `tS` (s since the start, clamped to [0, present]); pauses the run. */
export async function scrubTo(tS: number): Promise<void> {
  useTimeline.setState({ viewS: tS })
}

/** Back to the run's present: the hall follows the run again (does not resume playing). */
export async function backToLive(): Promise<void> {
  useTimeline.setState({ viewS: null })
}

/**
 * Steps the view by `dtS` simulated seconds (negative: back). At the present with dtS > 0, advances the run by
 * dtS while paused.
 */
export async function stepBy(dtS: number): Promise<void> {
  void dtS
}

/** Restarts the run from t = 0 (same scenario, trace and seed; commands and history dropped). */
export async function restartRun(): Promise<void> {}
