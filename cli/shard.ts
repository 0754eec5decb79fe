// Shards: `--shard i/n` runs the replicas i ≡ k (mod n) and writes them as a partial result; merge reads the
// parts, checks they are one run's complete set and hands the records, sorted by replica index, to the same
// reducer the unsharded run uses, so the merged output is byte-identical to it. Generic over the record type.
// docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import { shardIndices, sortedRecords } from '../sim/forecast/montecarlo/index.ts'
import type { IndexedResult } from '../sim/forecast/montecarlo/index.ts'
import { UserError } from './inputs.ts'

export interface ShardSpec {
  /** 0 … count − 1. */
  readonly index: number
  readonly count: number
}

/** At most this many shards: beyond it a shard holds fewer replicas than anyone would start a machine for. */
export const MAX_SHARDS = 10_000

/** "i/n" with 0 ≤ i < n ≤ 10,000. */
export function parseShard(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || !(count >= 1 && count <= MAX_SHARDS) || !(index < count))
    throw new UserError(`--shard: expected i/n with 0 ≤ i < n ≤ ${MAX_SHARDS} (e.g. 0/4), got "${text}"`)
  return { index, count }
}

/** What every part of one run shares: the kind of record and the run's settings (replicas among them). */
export interface ShardHeader {
  readonly kind: string
  readonly replicas: number
  readonly [setting: string]: unknown
}

export interface ShardPart<R> {
  readonly format: 'plenum-shard'
  readonly version: 1
  readonly header: ShardHeader
  readonly shard: ShardSpec
  readonly records: readonly IndexedResult<R>[]
}

// JSON has no Infinity or NaN: a censored value (+∞) is written as {"$number": "Infinity"} and read back.
const NON_FINITE = '$number'
const encode = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? { [NON_FINITE]: String(value) } : value
const decode = (_key: string, value: unknown) => {
  if (value && typeof value === 'object' && Object.keys(value).length === 1 && NON_FINITE in value)
    return Number((value as Record<string, string>)[NON_FINITE])
  return value
}

/** A part as JSON text, one record per line so parts diff and stream well. */
export function shardText<R>(
  header: ShardHeader,
  shard: ShardSpec,
  records: readonly IndexedResult<R>[],
): string {
  const expected = shardIndices(header.replicas, shard)
  const got = sortedRecords(records).map((r) => r.index)
  if (got.join() !== expected.join())
    throw new Error(
      `shard ${shard.index}/${shard.count}: records are not replicas ${shard.index} mod ${shard.count}`,
    )
  const head = JSON.stringify({ format: 'plenum-shard', version: 1, header, shard }, encode)
  const lines = sortedRecords(records).map((r) => JSON.stringify(r, encode))
  return `${head.slice(0, -1)},"records":[\n${lines.join(',\n')}\n]}\n`
}

function readPart(text: string, name: string): ShardPart<unknown> {
  let part: ShardPart<unknown>
  try {
    part = JSON.parse(text, decode)
  } catch (error) {
    throw new UserError(`${name}: not JSON (${(error as Error).message})`)
  }
  if (part?.format !== 'plenum-shard' || part.version !== 1)
    throw new UserError(`${name}: $.format: not a plenum-shard version 1 part`)
  if (typeof part.header?.kind !== 'string' || !Number.isInteger(part.header.replicas))
    throw new UserError(`${name}: $.header: needs a kind and a whole number of replicas`)
  const { index, count } = part.shard ?? {}
  if (!Number.isInteger(count) || !Number.isInteger(index) || index < 0 || index >= count)
    throw new UserError(`${name}: $.shard: needs 0 ≤ index < count`)
  if (!Array.isArray(part.records)) throw new UserError(`${name}: $.records: must be an array`)
  const expected = shardIndices(part.header.replicas, part.shard).join()
  if (part.records.map((r) => r?.index).join() !== expected)
    throw new UserError(
      `${name}: $.records: not the replicas ${index} mod ${count} of ${part.header.replicas}`,
    )
  return part
}

/** The merged records of a complete set of parts: same header, count n, each shard 0 … n − 1 exactly once. */
export function mergeShards(parts: readonly { name: string; text: string }[]): {
  header: ShardHeader
  records: IndexedResult<unknown>[]
} {
  if (parts.length === 0) throw new UserError('merge: give the shard files to merge')
  const read = parts.map((p) => ({ name: p.name, part: readPart(p.text, p.name) }))
  const first = read[0]
  const headerText = JSON.stringify(first.part.header, encode)
  const seen = new Map<number, string>()
  for (const { name, part } of read) {
    if (JSON.stringify(part.header, encode) !== headerText)
      throw new UserError(`${name}: $.header: differs from ${first.name}'s (another run's part?)`)
    if (part.shard.count !== first.part.shard.count)
      throw new UserError(
        `${name}: $.shard.count: ${part.shard.count}, but ${first.name} has ${first.part.shard.count}`,
      )
    const twin = seen.get(part.shard.index)
    if (twin !== undefined) throw new UserError(`${name}: shard ${part.shard.index} again (also in ${twin})`)
    seen.set(part.shard.index, name)
  }
  const count = first.part.shard.count
  const missing = shardIndices(count).filter((k) => !seen.has(k))
  if (missing.length > 0)
    throw new UserError(`merge: missing shard ${missing.map((k) => `${k}/${count}`).join(', ')}`)
  return { header: first.part.header, records: sortedRecords(read.flatMap((r) => r.part.records)) }
}
