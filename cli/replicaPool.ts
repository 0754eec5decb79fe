// Node's replica pool: worker_threads, each importing a replica function by module path and export name, fed
// chunks of indices by fanOut, so the results (sorted by index) are the same for any number of workers.
// docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import { Worker } from 'node:worker_threads'
import { resolve } from 'node:path'
import { fanOut } from '../sim/forecast/montecarlo/index.ts'
import type { FanOutOptions, IndexedResult, ReplicaRunner } from '../sim/forecast/montecarlo/index.ts'

/** What each worker runs: `(await import(modulePath))[exportName](input, index)`. */
export interface ReplicaTask<I> {
  /** A TypeScript or JavaScript module, absolute or relative to the working directory. */
  readonly modulePath: string
  readonly exportName: string
  /** Structured-cloneable; it carries the seed. */
  readonly input: I
}

// A plain module that registers tsx and then loads replicaWorker.ts (why: replicaWorkerBoot.mjs).
const WORKER_URL = new URL('./replicaWorkerBoot.mjs', import.meta.url)

function threadRunner<R>(worker: Worker): ReplicaRunner<R> {
  let nextId = 0
  return {
    run: (indices) =>
      new Promise((done, fail) => {
        const id = nextId++
        const onMessage = (reply: { id: number; values?: R[]; error?: string }) => {
          if (reply.id !== id) return
          worker.off('message', onMessage)
          worker.off('error', fail)
          if (reply.error !== undefined) fail(new Error(reply.error))
          else done(reply.values ?? [])
        }
        worker.on('message', onMessage)
        worker.once('error', fail)
        worker.postMessage({ id, indices })
      }),
  }
}

/**
 * Runs the given replica indices on `workers` threads (at least 1) and returns their records sorted by index.
 * Each thread loads TypeScript through tsx, as `npm run sim` does.
 */
export async function runReplicas<I, R>(
  task: ReplicaTask<I>,
  indices: readonly number[],
  options: FanOutOptions & { workers: number },
): Promise<IndexedResult<R>[]> {
  if (!Number.isInteger(options.workers) || options.workers < 1)
    throw new RangeError(`--workers must be a whole number ≥ 1, got ${options.workers}`)
  const count = Math.min(options.workers, Math.max(1, indices.length))
  const setup = { ...task, modulePath: resolve(task.modulePath) }
  const threads = Array.from({ length: count }, () => new Worker(WORKER_URL, { workerData: setup }))
  try {
    return await fanOut(indices, threads.map(threadRunner<R>), options)
  } finally {
    await Promise.all(threads.map((t) => t.terminate()))
  }
}
