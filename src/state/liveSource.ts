// Following a live source: connect by URL, the connection's status and the shadow-mode error, sampled ~2 Hz.
import { create } from 'zustand'
import type { ShadowStatus } from '../../sim/index.ts'
import type { LiveSourceSpec, LiveStatus } from '../../workers/protocol.ts'
import { parseQueryList } from '../../telemetry/prometheusMeasurements.ts'
import { live, stopPump } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { allowedLiveOrigins, reloadToAllow, takePendingConnect } from '../security/liveOrigins.ts'
import { messageOf, play, showError, showRestartedRun } from './actions.ts'
import { syncRecord } from './recordKeeper.ts'
import { RESTARTED, useUi } from './store.ts'

/** What the connect form holds; text as typed, checked on connect. */
export interface LiveForm {
  kind: LiveSourceSpec['kind']
  url: string
  /** Prometheus: one `metric [unit] = PromQL` per line. */
  queries: string
  assetLabel: string
  stepS: string
  backfillS: number
}

/**
 * Its own small store (principle 12 still holds: slow state only): the live panel, the inspector and the
 * toolbar read it, and nothing else in the UI state depends on it.
 */
export const useLive = create<{
  status: LiveStatus | null
  shadow: ShadowStatus | null
  connecting: boolean
  /** Why the last connect was refused (bad URL or query), shown under the form. */
  formError: string | null
}>()(() => ({ status: null, shadow: null, connecting: false, formError: null }))

/** The spec the worker takes, from the form. @throws naming the field or query line that is wrong */
export function specOf(form: LiveForm): LiveSourceSpec {
  const url = form.url.trim()
  if (url === '') throw new Error('give the URL of the source')
  const allowedOrigins = allowedLiveOrigins() // the worker refuses any other origin
  if (form.kind === 'websocket') return { kind: 'websocket', url, allowedOrigins }
  const stepS = Number(form.stepS)
  if (!(stepS >= 1 && stepS <= 3600)) throw new Error(`step must be 1 to 3600 s, got "${form.stepS}"`)
  const assetLabel = form.assetLabel.trim()
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(assetLabel))
    throw new Error(`asset label "${assetLabel}" is not a Prometheus label name`)
  const queries = parseQueryList(form.queries)
  return { kind: 'prometheus', baseUrl: url, queries, assetLabel, stepS, allowedOrigins }
}

let seq = 0

/**
 * Restarts the hall at the source's present (less the backfill) and follows it; the pump then advances the
 * twin only as far as the source has delivered. A refused URL or query leaves the run as it was.
 */
export async function connectLive(form: LiveForm): Promise<void> {
  let spec: LiveSourceSpec
  try {
    spec = specOf(form)
    // A source on an origin not yet in the page's connect-src policy: listed, then the page reloads.
    if (reloadToAllow(spec, form)) return
  } catch (error) {
    useLive.setState({ formError: messageOf(error) })
    return
  }
  const mine = ++seq
  const { scenario } = useUi.getState()
  useLive.setState({ connecting: true, formError: null })
  try {
    const layout = await simClient.connectLive(spec, { backfillS: form.backfillS })
    if (mine !== seq || useUi.getState().scenario !== scenario) return
    stopPump()
    useLive.setState({ status: null, shadow: null })
    await showRestartedRun(layout, { ...RESTARTED, layout, trace: null, selection: null }, false)
    play()
    await refreshLive()
  } catch (error) {
    if (mine === seq) useLive.setState({ formError: messageOf(error) })
  } finally {
    if (mine === seq) useLive.setState({ connecting: false })
  }
}

/** After the reload that listed a new source's origin (reloadToAllow): connects the form that asked for it. */
export function resumeLiveConnect(): void {
  const form = takePendingConnect<LiveForm>()
  if (!form) return
  useUi.setState({ sideTab: 'workload' })
  void connectLive(form)
}

/** Stops following; the twin stays where it is and runs on at the chosen speed. */
export async function disconnectLive(): Promise<void> {
  seq++
  await simClient.disconnectLive()
  useLive.setState({ status: null })
  // From here the run takes no more batches: it can be restored up to its last frame again.
  await syncRecord()
}

let busy = false
let fetchedVersion = -1

/** Called by the ~2 Hz sampler: status and shadow once per new snapshot (two cheap worker calls). */
export async function refreshLive(): Promise<void> {
  if (busy || !useUi.getState().layout || live.version === fetchedVersion) return
  busy = true
  fetchedVersion = live.version
  const mine = seq
  try {
    const [status, shadow] = await Promise.all([simClient.liveStatus(), simClient.shadowStatus()])
    if (mine !== seq) return
    useLive.setState({ status, shadow: shadow.sensors.length > 0 || status ? shadow : null })
  } finally {
    busy = false
  }
}

/**
 * Starts the ~2 Hz live sampler; returns its stop function. A load or trace that restarts the run drops the
 * connection in the worker, and the next sample shows that.
 */
export function startLiveSampler(): () => void {
  const id = setInterval(() => {
    refreshLive().catch(showError)
  }, 500)
  return () => clearInterval(id)
}
