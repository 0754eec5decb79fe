// What the UI does to the run as a whole (load, play, speed, sampling, selection), as plain module functions.
import { HEADER, pueNow } from '../../sim/index.ts'
import type { SceneLayout } from '../../sim/index.ts'
import { live, refreshFrame, resetLive, setPumpSpeed, startPump, stopPump } from '../bridge/live.ts'
import { isRunStopped, isWorkerLost } from '../bridge/simClient.ts'
import { markOutlookStale, refreshProjections } from './projections.ts'
import { recordRestart, syncRecord } from './recordKeeper.ts'
import { useUi } from './store.ts'
import type { ColourMode, Selection, SideTab, UiState } from './store.ts'
import { forgetWorkload, refreshWorkload } from './workloadSample.ts'
import { forgetConditions, refreshConditions } from './conditionsSample.ts'
import { forgetTimeline, syncTimeline } from './timelineSync.ts'
import { useTimeline } from './timeline.ts'
import { backToLive } from './scrub.ts'

const SAMPLE_MS = 500

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

// A lost worker is the recovery's to report (state/recovery.ts): its banner says more than one failed call.
export function fail(error: unknown) {
  if (!isWorkerLost(error)) useUi.setState({ error: messageOf(error), running: false })
}

let sampledVersion = -1

/** Copies the slow-changing parts of the newest snapshot into the store (nothing while paused). */
export function sample(): void {
  const { layout, frame, version } = live
  if (!layout || version === sampledVersion) return
  sampledVersion = version
  const { unitRunning: offset, unitCount } = layout.snapshot
  const prev = useUi.getState().unitRunning
  let same = prev.length === unitCount
  for (let j = 0; same && j < unitCount; j++) same = prev[j] === frame[offset + j] > 0
  const itW = frame[HEADER.itW]
  useUi.setState({
    kpis: {
      timeS: frame[HEADER.timeS],
      itKw: itW / 1000,
      pue: pueNow(frame),
      maxInletC: frame[HEADER.maxInletC],
      powerConditions: frame[HEADER.powerConditions],
      coolingConditions: frame[HEADER.coolingConditions],
      climateConditions: frame[HEADER.climateConditions],
    },
    ...(same ? {} : { unitRunning: Array.from({ length: unitCount }, (_, j) => frame[offset + j] > 0) }),
  })
}

/** Shows a failed call in the error banner, unless the worker banner tells it (a lost worker, a failed step). */
export function showError(error: unknown): void {
  if (!isWorkerLost(error) && !isRunStopped(error)) useUi.setState({ error: messageOf(error) })
}

/** Starts the ~2 Hz sampler (KPIs, failure records, the time-to-limit outlook); returns its stop function. */
export function startSampler(): () => void {
  const id = setInterval(() => {
    sample()
    refreshProjections(showError)
    refreshWorkload().catch(showError)
    refreshConditions().catch(showError)
    syncRecord().catch(showError)
    syncTimeline().catch(showError)
  }, SAMPLE_MS)
  return () => clearInterval(id)
}

/**
 * Shows a run the worker has just (re)started at t = 0: buffers aimed at `layout`, `state` in the store,
 * the first frame and projections fetched, and the pump resumed if it was running before.
 */
export async function showRestartedRun(
  layout: SceneLayout,
  state: Partial<UiState>,
  wasRunning: boolean,
): Promise<void> {
  resetLive(layout)
  forgetTimeline()
  forgetWorkload()
  forgetConditions()
  useUi.setState(state)
  markOutlookStale()
  await refreshFrame()
  sample()
  refreshProjections(showError)
  await recordRestart()
  if (wasRunning) startPump()
}

export function play(): void {
  if (!live.layout || useUi.getState().worker.phase === 'stopped') return
  // Playing resumes the present, not the past on screen (the present frame is fetched before the next step).
  if (useTimeline.getState().viewS !== null) void backToLive()
  startPump()
  useUi.setState({ running: true })
}

export function pause(): void {
  stopPump()
  // One more projection for the moment the run stopped at, so "from now" matches the paused clock.
  markOutlookStale()
  useUi.setState({ running: false })
}

/** Simulated seconds per wall-clock second. */
export function setSpeed(simSecondsPerSecond: number): void {
  setPumpSpeed(simSecondsPerSecond)
  useUi.setState({ speed: simSecondsPerSecond })
}

/** Selects a rack or unit and shows it in the inspector. */
export function select(selection: Selection | null): void {
  useUi.setState(selection ? { selection, sideTab: 'inspect' } : { selection })
}

export function setColourMode(colourMode: ColourMode): void {
  useUi.setState({ colourMode })
}

export function setSideTab(sideTab: SideTab): void {
  useUi.setState({ sideTab })
}

export function dismissError(): void {
  useUi.setState({ error: null })
}
