// The Forecast tab's worker pool: N Web Workers running chunks of replicas through fanOut (so the records, and
// the summary, do not depend on N), today's capacity from the first worker, then summarise. Cancel terminates
// the workers at once: a replica chunk is a synchronous call that no message could interrupt.
import { wrap } from 'comlink'
import type { Endpoint, Remote } from 'comlink'
import { fanOut, shardIndices } from '../../sim/forecast/montecarlo/index.ts'
import { summarise } from '../../sim/forecast/run/index.ts'
import type { ForecastSummary, ReplicaRecord } from '../../sim/forecast/run/index.ts'
import type { ForecastJob, ForecastWorkerApi } from '../../workers/forecastJob.ts'

/** Why a run's promise rejected when the user cancelled it (not an error to show). */
export class CancelledError extends Error {
  constructor() {
    super('forecast cancelled')
    this.name = 'CancelledError'
  }
}

export interface PoolRun {
  /** Resolves with the summary; rejects with CancelledError, a worker's error, or a lost worker. */
  readonly summary: Promise<ForecastSummary>
  cancel(): void
}

/** What the pool needs of a worker: a comlink endpoint it can terminate and hear errors from. */
export type PoolWorker = Endpoint & {
  terminate(): void
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void
}

const spawn = (): PoolWorker =>
  new Worker(new URL('../../workers/forecastReplicas.worker.ts', import.meta.url), { type: 'module' })

/**
 * Starts `replicas` replicas of `job` on `workers` fresh Web Workers; onProgress(done, total) after each chunk,
 * onAdvice() when the replicas are in and the first worker works out the provisioning advice (job.advice).
 */
export function runForecastPool(
  job: ForecastJob,
  replicas: number,
  workers: number,
  onProgress: (done: number, total: number) => void,
  onAdvice: () => void = () => {},
  spawnWorker: () => PoolWorker = spawn,
): PoolRun {
  const pool = Array.from({ length: workers }, spawnWorker)
  const remotes: Remote<ForecastWorkerApi>[] = pool.map((w) => wrap<ForecastWorkerApi>(w))
  const abort = new AbortController()
  let failPool: (error: Error) => void = () => {}
  // A worker that dies (a module that fails to load, an out-of-memory) never answers its call: its error event
  // rejects the run instead, so the tab shows an error rather than a bar that stops moving.
  const lost = new Promise<never>((_, reject) => (failPool = reject))
  pool.forEach((w, k) => {
    w.addEventListener('error', (event) => {
      event.preventDefault()
      const message = (event as ErrorEvent).message || 'it raised an error'
      failPool(new Error(`forecast worker ${k + 1} stopped: ${message}`))
    })
    w.addEventListener('messageerror', () =>
      failPool(new Error(`forecast worker ${k + 1} sent a message that could not be read`)),
    )
  })
  const work = async () => {
    const records = await fanOut<ReplicaRecord>(
      shardIndices(replicas),
      remotes.map((remote) => ({ run: (batch) => remote.run(job, batch) })),
      { onProgress, signal: abort.signal },
    )
    const today = await remotes[0].today(job)
    const summary = summarise(
      records.map((r) => r.value),
      today,
    )
    if (!job.advice) return summary
    onAdvice()
    // From the summary alone, after every replica is in, as the command line does (cli/forecastAdvice.ts).
    return { ...summary, recommendations: await remotes[0].advise(job, summary) }
  }
  const summary = Promise.race([work(), lost]).finally(() => pool.forEach((w) => w.terminate()))
  // Handled here so a cancel's rejection is never reported as unhandled before the caller awaits it.
  lost.catch(() => {})
  return {
    summary,
    cancel: () => {
      abort.abort(new CancelledError())
      pool.forEach((w) => w.terminate())
      failPool(new CancelledError())
    },
  }
}
