// The browser's replica pool: Web Workers (navigator.hardwareConcurrency of them) each exposing a replica
// function over comlink, fed chunks of indices by fanOut, so the results (sorted by index) are the same as
// Node's worker_threads pool and a single thread. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import * as Comlink from 'comlink'
import { fanOut } from '../sim/forecast/montecarlo/index.ts'
import type {
  FanOutOptions,
  IndexedResult,
  ReplicaFn,
  ReplicaRunner,
} from '../sim/forecast/montecarlo/index.ts'

/** What a pool worker exposes: run these replica indices of this input. */
export interface ReplicaWorkerApi<I, R> {
  run(input: I, indices: readonly number[]): R[]
}

/** Inside a worker script: expose `fn` to the pool (`exposeReplicas(forecastReplicaOf)`). */
export function exposeReplicas<I, R>(fn: ReplicaFn<I, R>, endpoint?: Comlink.Endpoint): void {
  const api: ReplicaWorkerApi<I, R> = { run: (input, indices) => indices.map((i) => fn(input, i)) }
  Comlink.expose(api, endpoint)
}

/** Workers to start: one per logical core the browser reports, at least one. */
export function poolSize(): number {
  return Math.max(1, navigator.hardwareConcurrency || 1)
}

/** Runs `indices` of `input` on comlink endpoints (Web Workers, or MessagePorts) and gathers them by index. */
export function runReplicasOn<I, R>(
  endpoints: readonly Comlink.Endpoint[],
  input: I,
  indices: readonly number[],
  options: FanOutOptions = {},
): Promise<IndexedResult<R>[]> {
  const runners: ReplicaRunner<R>[] = endpoints.map((endpoint) => {
    const remote = Comlink.wrap<ReplicaWorkerApi<I, R>>(endpoint)
    return { run: (batch) => remote.run(input as Comlink.UnproxyOrClone<I>, batch) as Promise<R[]> }
  })
  return fanOut(indices, runners, options)
}

/** A pool of Web Workers made by `makeWorker` (e.g. `() => new Worker(new URL(…), { type: 'module' })`). */
export function createReplicaPool(makeWorker: () => Worker, size = poolSize()) {
  const workers = Array.from({ length: size }, makeWorker)
  return {
    size,
    run: <I, R>(input: I, indices: readonly number[], options?: FanOutOptions) =>
      runReplicasOn<I, R>(workers, input, indices, options),
    terminate: () => workers.forEach((w) => w.terminate()),
  }
}
