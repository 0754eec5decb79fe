// The one simulation worker of the page behind a stable proxy: calls to a dead worker reject, a fresh one replaces it.
import { wrap } from 'comlink'
import type { Remote } from 'comlink'
import type { RunStoppedName, SimApi } from '../../workers/protocol.ts'
import { startHeartbeat } from './heartbeat.ts'

/** Why a call rejected: its worker stopped. The recovery (state/recovery.ts) tells the user, not the caller. */
class WorkerLostError extends Error {
  constructor(reason: string) {
    super(`the simulation worker stopped: ${reason}`)
    this.name = 'WorkerLostError'
  }
}

export const isWorkerLost = (error: unknown) => error instanceof WorkerLostError

const RUN_STOPPED: RunStoppedName = 'RunStoppedError'

/** Whether a call failed because a step had failed before it: the recovery reports that, once. */
export const isRunStopped = (error: unknown) => error instanceof Error && error.name === RUN_STOPPED

interface Incarnation {
  remote: Remote<SimApi>
  /** Rejects once the worker is given up: every call races it, so none waits forever on a dead worker. */
  lost: Promise<never>
  kill: (reason: string) => void
}

let onLost: (reason: string) => void = (reason) => console.error(reason)
let onLate: (late: boolean) => void = () => undefined

function spawn(): Incarnation {
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' })
  const remote = wrap<SimApi>(worker)
  let reject: (error: Error) => void = () => undefined
  const lost = new Promise<never>((_, r) => (reject = r))
  lost.catch(() => undefined) // no call may be waiting when it dies
  let dead = false
  const kill = (reason: string) => {
    if (dead) return
    dead = true
    stopHeartbeat()
    worker.terminate()
    reject(new WorkerLostError(reason))
  }
  // Rejections reach callers as microtasks, after onLost has seen the page as it was (running or not).
  const die = (reason: string) => {
    if (dead) return
    kill(reason)
    onLost(reason)
  }
  // An uncaught error may have struck mid-update (a live batch half-ingested), so the worker is not trusted.
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    die(`it raised an error: ${event.message || 'no message'}`)
  })
  worker.addEventListener('messageerror', () => die('a message from it could not be read'))
  const stopHeartbeat = startHeartbeat(
    () => remote.ping(),
    (silentMs) => die(`it stopped answering for ${Math.round(silentMs / 1000)} s`),
    { onLate: (late) => onLate(late) },
  )
  return { remote, lost, kill }
}

let current = spawn()

// Closed while a run is restored, so the app's calls wait for it rather than reach a worker with no run.
let gate: Promise<void> = Promise.resolve()
let closed = false
let openGate: () => void = () => undefined
let refuseGate: (error: Error) => void = () => undefined

function closeGate(): void {
  if (closed) return // calls already waiting keep waiting for the restore that is to come
  closed = true
  gate = new Promise<void>((resolve, reject) => {
    openGate = resolve
    refuseGate = reject
  })
  gate.catch(() => undefined)
}

async function call(name: string, args: unknown[], gated: boolean): Promise<unknown> {
  if (gated) await gate
  const { remote, lost } = current
  const method = remote[name as keyof SimApi] as unknown as (...a: unknown[]) => Promise<unknown>
  return Promise.race([method(...args), lost])
}

function forwarding(gated: boolean): Remote<SimApi> {
  return new Proxy({} as Remote<SimApi>, {
    // Not thenable: `await simClient` must not look like a promise.
    get: (_, name) =>
      name === 'then' || typeof name === 'symbol'
        ? undefined
        : (...args: unknown[]) => call(name, args, gated),
  })
}

/**
 * Every call returns a promise; `step` transfers its buffer both ways (principle 10). Calls wait while a run
 * is being restored and reject with WorkerLostError when their worker stops.
 */
export const simClient = forwarding(true)

/** The same worker past the gate: for the recovery that holds the gate closed, and no one else. */
export const restoreClient = forwarding(false)

/** Called once per lost worker (error, messageerror or silence), after it has been terminated. */
export function onWorkerLost(handler: (reason: string) => void): void {
  onLost = handler
}

/** Called when the worker has not answered a ping for a few seconds (true), and when it answers again (false). */
export function onWorkerLate(handler: (late: boolean) => void): void {
  onLate = handler
}

/** Terminates the current worker if it still runs and starts a fresh one with no run; app calls wait. */
export function replaceWorker(): void {
  current.kill('replaced')
  current = spawn()
  closeGate()
}

/** Holds the app's calls back (a run is being restored in the same worker). */
export const holdCalls = closeGate

/** Lets the app's calls through again, to the worker now current. */
export function releaseCalls(): void {
  if (closed) openGate()
  closed = false
  gate = Promise.resolve()
}

/** No worker will take calls until the next replaceWorker: waiting and later calls reject with `reason`. */
export function refuseCalls(reason: string): void {
  const error = new WorkerLostError(reason)
  if (closed) refuseGate(error)
  closed = false
  gate = Promise.reject(error)
  gate.catch(() => undefined)
  current.kill(reason)
}
