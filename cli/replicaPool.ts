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

/**
 * Chunks each thread holds at once: the next is queued in the thread while it runs one, so a thread does not wait
 * for this thread to hand it work (which it cannot while it runs replicas of its own, `local`).
 */
const IN_FLIGHT = 2

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

export interface ReplicaPool<I, R> {
  /** Sends every thread the task's input (once, before any run); the threads are already loading the module. */
  setInput(input: I): void
  /** Runs `indices` on the threads and on `local` (this thread) when given; records sorted by index. */
  run(
    indices: readonly number[],
    options?: FanOutOptions & { local?: ReplicaRunner<R> },
  ): Promise<IndexedResult<R>[]>
  terminate(): Promise<void>
}

/**
 * Starts `threads` worker threads on the task's module now, so their start-up (tsx, the module's imports) runs
 * while this thread prepares the input. Each thread loads TypeScript through tsx, as `npm run sim` does.
 */
export function startReplicaPool<I, R>(
  task: Omit<ReplicaTask<I>, 'input'>,
  threads: number,
): ReplicaPool<I, R> {
  const setup = { modulePath: resolve(task.modulePath), exportName: task.exportName }
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_URL, { workerData: setup }))
  const runners = workers.flatMap((w) => Array<ReplicaRunner<R>>(IN_FLIGHT).fill(threadRunner<R>(w)))
  return {
    setInput: (input) => workers.forEach((w) => w.postMessage({ input })),
    run: (indices, options = {}) =>
      fanOut(indices, options.local ? [options.local, ...runners] : runners, options),
    terminate: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
  }
}

/** Runs the given replica indices on `workers` threads (at least 1) and returns their records sorted by index. */
export async function runReplicas<I, R>(
  task: ReplicaTask<I>,
  indices: readonly number[],
  options: FanOutOptions & { workers: number },
): Promise<IndexedResult<R>[]> {
  checkWorkers(options.workers)
  const pool = startReplicaPool<I, R>(task, Math.min(options.workers, Math.max(1, indices.length)))
  try {
    pool.setInput(task.input)
    return await pool.run(indices, options)
  } finally {
    await pool.terminate()
  }
}

export function checkWorkers(workers: number): void {
  if (!Number.isInteger(workers) || workers < 1)
    throw new RangeError(`--workers must be a whole number ≥ 1, got ${workers}`)
}
