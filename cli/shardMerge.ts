// `npm run sim -- merge <parts…>`: the parts of one sharded run back into the unsharded run's output.
import { readText, UserError } from './inputs.ts'
import { mergeShards } from './shard.ts'
import { SHARD_REDUCERS } from './shardKinds.ts'

/** Merges shard texts and reduces them with their kind's reducer. */
export function mergedOutput(parts: readonly { name: string; text: string }[]): string {
  const { header, records } = mergeShards(parts)
  const reduce = SHARD_REDUCERS[header.kind]
  if (!reduce)
    throw new UserError(
      `${parts[0].name}: $.header.kind: "${header.kind}" is not one of ${Object.keys(SHARD_REDUCERS).join(', ')}`,
    )
  return reduce(header, records)
}

export const MERGE_USAGE = `Usage: npm run sim -- merge <part.json>…

Combines the parts written by \`forecast … --shard i/n\` or \`failures … --shard i/n\` (every i of one n, same
scenario, seed and options) into the output the unsharded run prints, byte for byte.
`

/** The merge command on files. */
export function mergeCommand(paths: readonly string[]): string {
  if (paths.includes('--help') || paths.includes('-h')) return MERGE_USAGE
  if (paths.length === 0) throw new UserError('merge: give the part files of one sharded run')
  return mergedOutput(paths.map((name) => ({ name, text: readText(name) })))
}
