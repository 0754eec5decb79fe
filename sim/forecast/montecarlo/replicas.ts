// Fan-out of replicas that does not depend on the number of workers: replica i's result is a function of
// (seed, i) alone, workers pull chunks of indices as they free up, and the results are gathered and sorted
// by index before anything reduces them. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards

/** A replica function: a pure function of its input (which holds the seed) and the replica index. */
export type ReplicaFn<I, R> = (input: I, index: number) => R

/** One replica's result with its index. */
export interface IndexedResult<R> {
  readonly index: number
  readonly value: R
}

/** The part of an AbortSignal fanOut reads (sim/ has no DOM types): aborted and its reason. */
export interface CancelSignal {
  readonly aborted: boolean
  readonly reason?: unknown
}

const stopIfAborted = (signal: CancelSignal | undefined) => {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled')
}

/** Something that runs a list of replica indices (a worker thread, a Web Worker, or this thread). */
export interface ReplicaRunner<R> {
  run(indices: readonly number[]): Promise<readonly R[]>
}

export interface FanOutOptions {
  /** Replicas per message; default: enough chunks for four per runner, so a slow chunk does not idle the rest. */
  readonly chunk?: number
  /** Called after each chunk with how many replicas are done. */
  readonly onProgress?: (done: number, total: number) => void
  /** Stops handing out chunks; the returned promise rejects with the signal's reason. */
  readonly signal?: CancelSignal
}

/** The replica indices 0 … replicas − 1 that fall to shard `index` of `count` (i ≡ index mod count). */
export function shardIndices(
  replicas: number,
  shard: { index: number; count: number } = { index: 0, count: 1 },
) {
  if (!Number.isInteger(replicas) || replicas < 0)
    throw new RangeError(`replicas must be a whole number ≥ 0, got ${replicas}`)
  const indices: number[] = []
  for (let i = shard.index; i < replicas; i += shard.count) indices.push(i)
  return indices
}

/** Runs replicas in this thread, one after the other. */
export function inlineRunner<I, R>(fn: ReplicaFn<I, R>, input: I): ReplicaRunner<R> {
  return { run: async (indices) => indices.map((i) => fn(input, i)) }
}

/** Sorts records by replica index and refuses duplicates, so any arrival order reduces identically. */
export function sortedRecords<R>(records: readonly IndexedResult<R>[]): IndexedResult<R>[] {
  const sorted = [...records].sort((a, b) => a.index - b.index)
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k].index === sorted[k - 1].index) throw new Error(`replica ${sorted[k].index} appears twice`)
  return sorted
}

/** Runs `indices` on the runners, each pulling the next chunk when it finishes one; results sorted by index. */
export async function fanOut<R>(
  indices: readonly number[],
  runners: readonly ReplicaRunner<R>[],
  options: FanOutOptions = {},
): Promise<IndexedResult<R>[]> {
  if (runners.length === 0) throw new RangeError('fanOut: no runners')
  const chunk = options.chunk ?? Math.max(1, Math.ceil(indices.length / (4 * runners.length)))
  const records: IndexedResult<R>[] = []
  let next = 0
  const pull = async (runner: ReplicaRunner<R>) => {
    while (next < indices.length) {
      stopIfAborted(options.signal)
      const batch = indices.slice(next, next + chunk)
      next += batch.length
      const values = await runner.run(batch)
      if (values.length !== batch.length)
        throw new Error(`a runner returned ${values.length} results for ${batch.length} replicas`)
      batch.forEach((index, k) => records.push({ index, value: values[k] }))
      options.onProgress?.(records.length, indices.length)
    }
  }
  await Promise.all(runners.map(pull))
  stopIfAborted(options.signal)
  return sortedRecords(records)
}
