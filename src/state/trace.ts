// Replaying a recorded trace: read the files in the worker with progress, restart the run, or go back.
import { proxy } from 'comlink'
import type { SceneLayout } from '../../sim/index.ts'
import type { TraceFormat } from '../../workers/protocol.ts'
import { stopPump, startPump } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { messageOf, showRestartedRun } from './actions.ts'
import { RESTARTED, useUi } from './store.ts'
import type { TraceState } from './store.ts'
import { guessFromFiles } from './traceFormat.ts'

// The files of the last trace and their scenario, so another format can be tried without picking them again.
let last: { files: readonly File[]; scenario: string } | null = null
// What the worker replays now, and in which scenario: shown again when a later trace is refused.
let replaying: { trace: TraceState; scenario: string } | null = null
let seq = 0

/**
 * The hall already on screen when the worker restarted the same scenario (keeps camera and selection); the
 * fresh layout when the start moved too (a long CSV runs on its own dates), so the clock shows them.
 */
export function sameHall(shown: SceneLayout | null, fresh: SceneLayout): SceneLayout {
  const same =
    shown !== null &&
    shown.name === fresh.name &&
    shown.startEpochS === fresh.startEpochS &&
    shown.racks.length === fresh.racks.length &&
    shown.units.length === fresh.units.length &&
    shown.snapshot.length === fresh.snapshot.length
  return same ? shown : fresh
}

/**
 * Reads `files` in the worker as the picked format (or the guessed one), showing progress, then restarts
 * the scenario at t = 0 with the trace as its workload. A malformed file shows the error banner with its
 * name and line, and the run carries on as it was.
 */
export async function loadTraceFiles(files: readonly File[]): Promise<void> {
  const start = useUi.getState()
  if (files.length === 0 || !start.layout) return
  const mine = ++seq
  const current = () => mine === seq && useUi.getState().scenario === start.scenario
  last = { files, scenario: start.scenario }
  const format = start.traceFormat === 'auto' ? await guessFromFiles(files) : start.traceFormat
  if (!current()) return
  const previous = replaying?.scenario === start.scenario ? replaying.trace : null
  stopPump()
  useUi.setState({
    loading: true,
    sideTab: 'workload',
    error: null,
    trace: { phase: 'reading', format, files: files.map((f) => f.name), progress: 0 },
  })
  const onProgress = proxy((progress: number) => {
    const trace = useUi.getState().trace
    if (current() && trace?.phase === 'reading') useUi.setState({ trace: { ...trace, progress } })
  })
  try {
    const { layout, summary } = await simClient.loadTrace([...files], format, onProgress)
    if (!current()) return
    const trace = { phase: 'replaying', summary } as const
    replaying = { trace, scenario: start.scenario }
    const shown = sameHall(useUi.getState().layout, layout)
    const selection = shown === layout ? null : useUi.getState().selection
    await showRestartedRun(shown, { ...RESTARTED, layout: shown, selection, trace }, start.running)
  } catch (error) {
    if (!current()) return
    useUi.setState({ trace: previous, error: `Trace not loaded: ${messageOf(error)}` })
    if (useUi.getState().running) startPump()
  } finally {
    if (current()) useUi.setState({ loading: false })
  }
}

/** Picks the importer: 'auto' guesses; a trace already read (or refused) is read again as the new format. */
export function setTraceFormat(traceFormat: TraceFormat | 'auto'): void {
  useUi.setState({ traceFormat })
  if (last && last.scenario === useUi.getState().scenario) void loadTraceFiles(last.files)
}

/** Restarts the scenario at t = 0 with its own workload. */
export async function clearTrace(): Promise<void> {
  const mine = ++seq
  last = null
  replaying = null
  const { running, scenario } = useUi.getState()
  stopPump()
  useUi.setState({ loading: true, error: null })
  try {
    const layout = await simClient.clearTrace()
    if (mine !== seq || useUi.getState().scenario !== scenario) return
    const shown = sameHall(useUi.getState().layout, layout)
    await showRestartedRun(shown, { ...RESTARTED, layout: shown, trace: null }, running)
  } catch (error) {
    if (mine === seq) useUi.setState({ error: messageOf(error) })
  } finally {
    if (mine === seq) useUi.setState({ loading: false })
  }
}
