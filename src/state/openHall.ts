// Opening a hall: a scenario document from anywhere (shipped, library, file, link, NetBox, new) is validated in the
// worker and, only if it loads, becomes the hall on screen. A document that does not load leaves the current hall
// and its run as they were, with the problems named in the error banner.
import type { ScenarioInput } from '../../sim/index.ts'
import { stopPump } from '../bridge/live.ts'
import { releaseCalls, replaceWorker, simClient } from '../bridge/simClient.ts'
import { fail, showError, showRestartedRun } from './actions.ts'
import { useHall } from './hall.ts'
import { clearHistory } from './historyStore.ts'
import type { HallOrigin } from './hall.ts'
import { forgetRecord } from './recordKeeper.ts'
import { scenarioText } from './scenarios.ts'
import { FRESH_RUN, useUi } from './store.ts'

/** How an opened hall is known: its picker key (a shipped name or "library:<id>"), library id, origin, source. */
export interface HallMeta {
  key: string
  id: string | null
  origin: HallOrigin
  source: string
}

let loadSeq = 0

/** Loads a shipped scenario by name (scenarios/<name>.json) as the hall on screen (see openHall). */
export async function loadScenario(name: string): Promise<boolean> {
  const source = `scenarios/${name}.json`
  let text: string
  try {
    text = await scenarioText(name)
  } catch (error) {
    showError(error)
    return false
  }
  return openHallText(text, { key: name, id: null, origin: 'builtin', source })
}

/** Parses `text` as JSON (naming the source and position when it is not) and opens it; false when refused. */
export async function openHallText(text: string, meta: HallMeta): Promise<boolean> {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    useUi.setState({ error: `${meta.source}: not JSON: ${(error as Error).message}` })
    return false
  }
  return openHall(doc, meta)
}

/**
 * Loads `doc` into the worker and, once it loads, shows it as the hall on screen at t = 0 with a fresh run; returns
 * false (the current hall kept, the error shown) when it does not validate or a newer open replaced it.
 */
export async function openHall(doc: unknown, meta: HallMeta): Promise<boolean> {
  const seq = ++loadSeq
  const wasRunning = useUi.getState().running
  // Picking a hall is the way on after the worker was given up: a fresh one takes it.
  if (useUi.getState().worker.phase === 'stopped') {
    replaceWorker()
    releaseCalls()
    useUi.setState({ worker: { phase: 'ok' } })
  }
  useUi.setState({ loading: true, error: null })
  try {
    // The worker parses before it replaces its run: a refused document leaves the old run going.
    const layout = await simClient.load(doc, meta.source)
    if (seq !== loadSeq) return false // another hall was opened meanwhile
    stopPump()
    // The run is replaced: a worker lost from here on brings back this hall, not the old run.
    forgetRecord()
    // Another hall's edits cannot be undone here; reopening the same document (reopenHall) keeps them.
    if (doc !== useHall.getState().doc) clearHistory()
    useHall.setState({
      id: meta.id,
      doc: doc as ScenarioInput,
      origin: meta.origin,
      source: meta.source,
      rev: 0,
      savedRev: meta.origin === 'library' ? 0 : -1,
    })
    useUi.setState({ scenario: meta.key })
    await showRestartedRun(layout, { layout, ...FRESH_RUN }, wasRunning)
    return true
  } catch (error) {
    if (seq === loadSeq) fail(error)
    return false
  } finally {
    if (seq === loadSeq) useUi.setState({ loading: false })
  }
}

/**
 * Shows a changed document of the same hall (an edit, undo or redo): loaded into the worker, the run restarted at
 * t = 0 (the room starts at the steady state, so inlets answer the change at once), rev bumped. Throws the
 * worker's ScenarioError when the document does not validate; the hall on screen is then unchanged.
 */
export async function showHallDoc(doc: ScenarioInput): Promise<void> {
  await showDocRun(doc, () => useHall.setState((s) => ({ doc, rev: s.rev + 1 })))
}

/**
 * Loads `doc` into the worker and restarts the run on it at t = 0, calling `loaded` once the worker took it. Without
 * `loaded` the hall's document stays as it was: an edit previewed while dragging (src/state/preview.ts).
 */
export async function showDocRun(doc: ScenarioInput, loaded: () => void = () => {}): Promise<void> {
  const { source } = useHall.getState()
  const wasRunning = useUi.getState().running
  const layout = await simClient.load(doc, source)
  stopPump()
  forgetRecord()
  loaded()
  // The selection stays when its rack or unit still exists at the same index (edits keep ids; indices may shift).
  await showRestartedRun(layout, { layout, ...FRESH_RUN, selection: useUi.getState().selection }, wasRunning)
}

/** Opens the hall on screen again from its document (a worker lost during a load brings it back). */
export async function reopenHall(): Promise<boolean> {
  const { doc, id, origin, source } = useHall.getState()
  if (!doc) return loadScenario(useUi.getState().scenario)
  const rev = useHall.getState().rev
  const savedRev = useHall.getState().savedRev
  const opened = await openHall(doc, { key: useUi.getState().scenario, id, origin, source })
  // The same document, reopened: its edits and saved state are unchanged.
  if (opened) useHall.setState({ rev, savedRev })
  return opened
}
